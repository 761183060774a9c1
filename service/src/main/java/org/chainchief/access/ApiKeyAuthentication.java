package org.chainchief.access;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Signing in with an API key: {@code X-API-Key: <key>} or {@code Authorization: ApiKey <key>}. The key is looked up
 * by its hash; a revoked, expired or unknown key is a 401. Its last use is written at most once per
 * {@code chain-chief.security.api-keys.last-use-interval}, so a busy client does not turn every read into a write.
 */
final class ApiKeyAuthentication {

	static final String HEADER = "X-API-Key";

	static final String SCHEME = "ApiKey ";

	private ApiKeyAuthentication() {
	}

	/** The filter: applies only to requests carrying a key. */
	static AuthenticationWebFilter filter(ApiKeys keys, Duration touchInterval, ProblemResponses problems) {
		AuthenticationWebFilter filter = new AuthenticationWebFilter(manager(keys, touchInterval));
		filter.setServerAuthenticationConverter(converter());
		filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
		return filter;
	}

	/** The key a request carries, if any. */
	static String key(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		String key = headers.getFirst(HEADER);
		if (key == null) {
			String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
			if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
				key = authorization.substring(SCHEME.length());
			}
		}
		return key == null ? null : key.trim();
	}

	private static ServerAuthenticationConverter converter() {
		return exchange -> Mono.justOrEmpty(key(exchange)).map(KeyToken::new);
	}

	private static ReactiveAuthenticationManager manager(ApiKeys keys, Duration touchInterval) {
		return authentication -> {
			String plain = (String) authentication.getCredentials();
			if (plain == null || !plain.startsWith(ApiKeys.PREFIX)) {
				return Mono.error(new BadCredentialsException("unknown API key"));
			}
			return keys.find(plain, touchInterval)
				.switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown API key")))
				.flatMap(found -> {
					if (found.revoked()) {
						return Mono.error(new BadCredentialsException("the API key was revoked"));
					}
					if (found.expired()) {
						return Mono.error(new BadCredentialsException("the API key has expired"));
					}
					Mono<Void> touch = found.touch() ? keys.touch(found.id()) : Mono.empty();
					return touch.thenReturn((Authentication) new KeyToken(found,
							Caller.authorities(List.of(found.role()), found.clusters())));
				});
		};
	}

	/** A key before (credentials only) and after authentication (name, authorities). */
	static final class KeyToken extends AbstractAuthenticationToken {

		private final String key;

		private final String name;

		KeyToken(String key) {
			super(List.of());
			this.key = key;
			this.name = "apikey";
		}

		KeyToken(ApiKeys.Found found, Collection<? extends GrantedAuthority> authorities) {
			super(authorities);
			this.key = null;
			this.name = "apikey:" + found.name();
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return key;
		}

		@Override
		public Object getPrincipal() {
			return name;
		}

		@Override
		public String getName() {
			return name;
		}
	}
}
