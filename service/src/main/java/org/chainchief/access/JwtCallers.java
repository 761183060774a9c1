package org.chainchief.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Callers signed in with a JWT from the city's identity provider: the name, roles and clusters come from the
 * claims named by {@code chain-chief.security.jwt.*} (default {@code preferred_username}, {@code roles},
 * {@code clusters}); a claim may be a list or a space- or comma-separated string. Unknown roles are ignored.
 */
final class JwtCallers implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	static final List<String> LOCATIONS = List.of("spring.security.oauth2.resourceserver.jwt.issuer-uri",
			"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
			"spring.security.oauth2.resourceserver.jwt.public-key-location");

	private final SecurityProperties.Jwt claims;

	JwtCallers(SecurityProperties.Jwt claims) {
		this.claims = claims;
	}

	/** Whether an identity provider is configured (issuer URI, JWK set or public key). */
	static boolean configured(Environment environment, SecurityProperties properties) {
		return LOCATIONS.stream().anyMatch(p -> {
			String value = environment.getProperty(p);
			return value != null && !value.isBlank();
		});
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : values(jwt.getClaim(claims.rolesClaim()))) {
			Role role = Role.parse(name);
			if (role != null) {
				roles.add(role);
			}
		}
		Set<String> clusters = new TreeSet<>(values(jwt.getClaim(claims.clustersClaim())));
		String name = jwt.getClaimAsString(claims.usernameClaim());
		if (name == null || name.isBlank()) {
			name = jwt.getSubject();
		}
		return Mono.just(new JwtAuthenticationToken(jwt, Caller.authorities(roles, clusters), name));
	}

	private static List<String> values(Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> list) {
			list.forEach(v -> values.add(String.valueOf(v)));
		}
		else if (claim instanceof String text) {
			for (String part : text.split("[\\s,]+")) {
				if (!part.isBlank()) {
					values.add(part);
				}
			}
		}
		return values;
	}
}
