package org.chainchief.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chainchief.support.ApiProblem;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Who may call what, by method and path pattern: the first rule that matches decides. Object-level rules that
 * need only the path or query (a link's, an enterprise's clusters) are checked here against the graph; rules on
 * write bodies (a new link's clusters) are checked by the operation through {@link Ownership}. Writes under
 * {@code /api/v1/clusters/{id}/...} follow the cluster rule whatever the operation, so operations added there later
 * are covered; an unsafe method on any path no rule names is for administrators only.
 */
@Component
final class AccessRules implements ReactiveAuthorizationManager<AuthorizationContext> {

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);

	private static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private static final Set<HttpMethod> ANY = Set.of();

	private interface Check {

		Mono<AuthorizationDecision> decide(Caller caller, Map<String, String> vars, ServerWebExchange exchange);
	}

	private record Rule(Set<HttpMethod> methods, PathPattern pattern, Check check) {

		boolean matches(HttpMethod method, PathContainer path) {
			return (methods.isEmpty() || methods.contains(method)) && pattern.matches(path);
		}
	}

	private final List<Rule> rules;

	private final boolean publicRead;

	AccessRules(SecurityProperties properties, Ownership ownership) {
		this.publicRead = properties.publicRead();
		Check reader = (c, v, e) -> reader(c);
		Check anyone = (c, v, e) -> Mono.just(GRANTED);
		Check admin = (c, v, e) -> roles(c, Role.ADMIN);
		Check writer = (c, v, e) -> roles(c, Role.ADMIN, Role.CHIEF);
		Check analyst = (c, v, e) -> roles(c, Role.ADMIN, Role.ANALYST);
		Check clusterWriter = (c, v, e) -> cluster(c, v.get("id"), Role.ADMIN);
		this.rules = List.of(
				rule(ANY, "/login", anyone), rule(ANY, "/logout", anyone),
				rule(READ, "/actuator/health", anyone), rule(READ, "/actuator/health/**", anyone),
				rule(ANY, "/actuator/**", admin),
				rule(READ, "/api/v1/me", anyone),
				rule(ANY, "/api/v1/api-keys/**", admin),
				rule(READ, "/api/v1/audit/**", analyst),
				rule(READ, "/api/v1/clusters/{id}/audit/**", (c, v, e) -> cluster(c, v.get("id"), Role.ADMIN, Role.ANALYST)),
				rule(READ, "/api/v1/export", analyst),
				rule(Set.of(HttpMethod.POST), "/api/v1/import", writer),
				rule(Set.of(HttpMethod.POST), "/api/v1/imports", writer),
				rule(READ, "/api/v1/imports/**", writer),
				rule(Set.of(HttpMethod.POST), "/api/v1/clusters", admin),
				rule(Set.of(HttpMethod.DELETE), "/api/v1/clusters/{id}", admin),
				rule(Set.of(HttpMethod.POST), "/api/v1/clusters/{id}/what-if", reader),
				rule(WRITE, "/api/v1/clusters/{id}", clusterWriter),
				rule(WRITE, "/api/v1/clusters/{id}/**", clusterWriter),
				rule(Set.of(HttpMethod.POST), "/api/v1/links", writer),
				rule(Set.of(HttpMethod.PUT), "/api/v1/links/{id}", writer),
				rule(Set.of(HttpMethod.DELETE), "/api/v1/links/{id}",
						(c, v, e) -> object(c, ownership.mayDeleteLink(v.get("id")))),
				rule(Set.of(HttpMethod.POST), "/api/v1/feeds", writer),
				rule(Set.of(HttpMethod.DELETE), "/api/v1/feeds", (c, v, e) -> object(c,
						ownership.mayRelate(List.of("from", "to"), query(e, "from", "to")))),
				rule(Set.of(HttpMethod.POST), "/api/v1/supplies", writer),
				rule(Set.of(HttpMethod.DELETE), "/api/v1/supplies",
						(c, v, e) -> object(c, ownership.mayRelate(List.of("link"), query(e, "link")))),
				rule(Set.of(HttpMethod.POST), "/api/v1/enterprises", writer),
				rule(WRITE, "/api/v1/enterprises/{id}/operates/{linkId}",
						(c, v, e) -> object(c, ownership.mayRelate(List.of("linkId"), List.of(v.get("linkId"))))),
				rule(WRITE, "/api/v1/enterprises/{id}",
						(c, v, e) -> object(c, ownership.mayChangeEnterprise(v.get("id")))),
				rule(Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS), "/api/**", reader),
				// Everything outside the API read with GET: the page's static files, Swagger UI, the contract.
				rule(Set.of(HttpMethod.GET, HttpMethod.HEAD), "/**", anyone),
				rule(ANY, "/**", admin));
	}

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		ServerWebExchange exchange = context.getExchange();
		HttpMethod method = exchange.getRequest().getMethod();
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		Rule rule = rules.stream().filter(r -> r.matches(method, path)).findFirst().orElseThrow();
		Map<String, String> vars = rule.pattern().matchAndExtract(path).getUriVariables();
		return authentication.map(Caller::of)
			.defaultIfEmpty(Caller.ANONYMOUS)
			.flatMap(caller -> rule.check().decide(caller, vars, exchange))
			.doOnNext(decision -> {
				if (decision instanceof Refusal refusal) {
					exchange.getAttributes().put(Refusal.class.getName(), refusal);
				}
			})
			.map(decision -> (AuthorizationResult) decision);
	}

	/** Reads: any signed-in caller with a role; anonymous callers too when public read is on. */
	private Mono<AuthorizationDecision> reader(Caller caller) {
		if (publicRead && !caller.authenticated()) {
			return Mono.just(GRANTED);
		}
		return roles(caller, Role.values());
	}

	private static Mono<AuthorizationDecision> roles(Caller caller, Role... allowed) {
		for (Role role : allowed) {
			if (caller.has(role)) {
				return Mono.just(GRANTED);
			}
		}
		return Mono.just(missingRole(caller, allowed));
	}

	/** Allowed roles, or a chief of this cluster. */
	private static Mono<AuthorizationDecision> cluster(Caller caller, String cluster, Role... allowed) {
		for (Role role : allowed) {
			if (caller.has(role)) {
				return Mono.just(GRANTED);
			}
		}
		if (caller.has(Role.CHIEF)) {
			return Mono.just(caller.owns(cluster) ? GRANTED
					: new Refusal("Cluster '" + cluster + "' is not one of yours " + Ownership.mine(caller), "cluster",
							"cluster '" + cluster + "' belongs to another chief"));
		}
		Role[] withChief = Arrays.copyOf(allowed, allowed.length + 1);
		withChief[allowed.length] = Role.CHIEF;
		return Mono.just(missingRole(caller, withChief));
	}

	/** A write for administrators and chiefs, whose object-level rule {@code check} is judged for chiefs. */
	private static Mono<AuthorizationDecision> object(Caller caller, Mono<Void> check) {
		if (caller.isAdmin()) {
			return Mono.just(GRANTED);
		}
		if (!caller.has(Role.CHIEF)) {
			return Mono.just(missingRole(caller, Role.ADMIN, Role.CHIEF));
		}
		return check.then(Mono.just((AuthorizationDecision) GRANTED))
			.onErrorResume(ApiProblem.class, problem -> Mono.just(new Refusal(problem.getMessage(),
					problem.errors().get(0).field(), problem.errors().get(0).reason())));
	}

	private static Refusal missingRole(Caller caller, Role... allowed) {
		String needed = Arrays.stream(allowed).map(Role::name).collect(Collectors.joining(" or "));
		String has = caller.roles().isEmpty() ? "no role"
				: "role " + EnumSet.copyOf(caller.roles()).stream().map(Role::name).collect(Collectors.joining(", "));
		return new Refusal("This operation needs role " + needed + "; you have " + has, "role", "needs " + needed);
	}

	private static List<String> query(ServerWebExchange exchange, String... names) {
		return Arrays.stream(names)
			.map(n -> {
				String value = exchange.getRequest().getQueryParams().getFirst(n);
				return value == null ? "" : value;
			})
			.toList();
	}

	private static Rule rule(Set<HttpMethod> methods, String pattern, Check check) {
		return new Rule(methods, PathPatternParser.defaultInstance.parse(pattern), check);
	}
}
