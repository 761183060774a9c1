package org.chainchief.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainchief.config.BannerLine;
import org.chainchief.config.Neo4jProperties;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo accounts of the embedded default: {@code admin}, {@code analyst}, {@code system} and
 * {@code chief-<cluster id>} for every cluster in the graph (looked up when the chief signs in, so clusters created
 * at run time have their chief at once). One password for all: {@code CHAIN_CHIEF_DEMO_PASSWORD}, or a random one
 * printed in the start-up banner. They exist only with the embedded database and no JWT issuer configured
 * ({@code chain-chief.security.demo-accounts=AUTO}), or when switched ON.
 */
@Component
final class DemoAccounts implements ReactiveUserDetailsService, BannerLine {

	static final String CHIEF_PREFIX = "chief-";

	private static final Map<String, Role> FIXED = Map.of("admin", Role.ADMIN, "analyst", Role.ANALYST, "system",
			Role.SYSTEM);

	private final boolean enabled;

	private final boolean generated;

	private final String password;

	private final String encoded;

	private final Graph graph;

	private final Query clusterExists;

	DemoAccounts(SecurityProperties properties, Neo4jProperties neo4j, Environment environment, Graph graph,
			CypherCatalog cypher) {
		this.enabled = switch (properties.demoAccounts()) {
			case ON -> true;
			case OFF -> false;
			case AUTO -> (neo4j.uri() == null || neo4j.uri().isBlank()) && !JwtCallers.configured(environment, properties);
		};
		this.generated = properties.demoPassword() == null || properties.demoPassword().isBlank();
		this.password = generated ? random() : properties.demoPassword();
		this.encoded = PASSWORDS.encode(password);
		this.graph = graph;
		this.clusterExists = cypher.get("access/cluster-chief");
	}

	/**
	 * How the demo password is hashed and checked: bcrypt at a low cost, since it lives only in memory and every
	 * Basic request checks it. The same encoder must check it: with Spring's default one (bcrypt cost 10) every
	 * check found the hash "too weak" and hashed the password again at cost 10, about 50 ms of CPU per signed-in
	 * request (seen in the load test: 11 requests/s on two cores, the CPU in {@code upgradeEncodingIfNecessary}).
	 */
	static final PasswordEncoder PASSWORDS = new DelegatingPasswordEncoder("bcrypt",
			Map.of("bcrypt", new BCryptPasswordEncoder(4)));

	/** Signs the demo accounts in (HTTP Basic and the login form), checking with {@link #PASSWORDS}. */
	ReactiveAuthenticationManager authenticationManager() {
		var manager = new UserDetailsRepositoryReactiveAuthenticationManager(this);
		manager.setPasswordEncoder(PASSWORDS);
		return manager;
	}

	boolean enabled() {
		return enabled;
	}

	@Override
	public Mono<UserDetails> findByUsername(String username) {
		if (!enabled || username == null) {
			return Mono.empty();
		}
		Role fixed = FIXED.get(username);
		if (fixed != null) {
			return Mono.just(user(username, fixed, Set.of()));
		}
		if (!username.startsWith(CHIEF_PREFIX) || username.length() == CHIEF_PREFIX.length()) {
			return Mono.empty();
		}
		String cluster = username.substring(CHIEF_PREFIX.length());
		return graph.read(clusterExists, Map.of("id", cluster), r -> r.get("exists").asBoolean())
			.singleOrEmpty()
			.filter(Boolean::booleanValue)
			.map(exists -> user(username, Role.CHIEF, Set.of(cluster)));
	}

	@Override
	public String line() {
		if (!enabled) {
			return "Accounts    sign in with a JWT or an API key (demo accounts off)";
		}
		return "Accounts    admin, analyst, system, chief-<cluster id> (e.g. chief-semiconductor); password "
				+ (generated ? password + " (random; set CHAIN_CHIEF_DEMO_PASSWORD to choose one)"
						: "from CHAIN_CHIEF_DEMO_PASSWORD");
	}

	private UserDetails user(String name, Role role, Set<String> clusters) {
		return User.withUsername(name).password(encoded).authorities(Caller.authorities(List.of(role), clusters)).build();
	}

	private static String random() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
