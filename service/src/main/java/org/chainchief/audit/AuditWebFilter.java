package org.chainchief.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Names the object of every write request under {@code /api/v1} from its path (and query), for the audit trail.
 * Writes on paths this table does not know (operations added later) are recorded by kind (the last fixed path
 * segment), the last path variable as id, and the cluster of a {@code /clusters/{id}/...} path. Operations whose
 * object is in the body (POST /links …) name it themselves ({@link Audited#target}); imports have one entry each.
 */
@Component
final class AuditWebFilter implements WebFilter, Ordered {

	private record Route(HttpMethod method, PathPattern pattern, String kind, Map<String, String> keyFromVars,
			List<String> keyFromQuery) {
	}

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private static final List<PathPattern> NOT_AUDITED = List.of(PARSER.parse("/api/v1/import"),
			PARSER.parse("/api/v1/imports"), PARSER.parse("/api/v1/clusters/{id}/what-if"));

	private static final List<Route> ROUTES = List.of(
			route(null, "/api/v1/clusters/{id}", "cluster", Map.of("id", "id"), List.of()),
			route(null, "/api/v1/links/{id}", "link", Map.of("id", "id"), List.of()),
			route(null, "/api/v1/enterprises/{id}/operates/{linkId}", "operates",
					Map.of("enterprise", "id", "link", "linkId"), List.of()),
			route(null, "/api/v1/enterprises/{id}", "enterprise", Map.of("id", "id"), List.of()),
			route(HttpMethod.DELETE, "/api/v1/feeds", "feeds", Map.of(), List.of("from", "to")),
			route(HttpMethod.DELETE, "/api/v1/supplies", "supplies", Map.of(), List.of("supplier", "buyer", "link")),
			route(null, "/api/v1/api-keys/{id}", "apiKey", Map.of("id", "id"), List.of()));

	private static final PathPattern CLUSTER_SCOPED = PARSER.parse("/api/v1/clusters/{cluster}/**");

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpMethod method = exchange.getRequest().getMethod();
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
				|| !path.value().startsWith("/api/v1/") || NOT_AUDITED.stream().anyMatch(p -> p.matches(path))) {
			return chain.filter(exchange);
		}
		Audited.Target target = target(method, path, exchange.getRequest().getQueryParams());
		return chain.filter(exchange).contextWrite(context -> context.put(Audited.Target.class, target));
	}

	static Audited.Target target(HttpMethod method, PathContainer path, MultiValueMap<String, String> query) {
		for (Route route : ROUTES) {
			if ((route.method() == null || route.method() == method) && route.pattern().matches(path)) {
				Map<String, String> vars = route.pattern().matchAndExtract(path).getUriVariables();
				Map<String, Object> key = new HashMap<>();
				route.keyFromVars().forEach((param, var) -> key.put(param, vars.get(var)));
				route.keyFromQuery().forEach(param -> key.put(param, String.valueOf(query.getFirst(param))));
				return new Audited.Target(route.kind(), key, method.name(), false);
			}
		}
		// Unknown route: kind from the last fixed segment, id from the last variable segment.
		List<String> segments = path.elements().stream()
			.filter(e -> e instanceof PathContainer.PathSegment)
			.map(PathContainer.Element::value)
			.toList();
		Map<String, Object> key = new HashMap<>();
		var cluster = CLUSTER_SCOPED.matchAndExtract(path);
		if (cluster != null) {
			key.put("cluster", cluster.getUriVariables().get("cluster"));
		}
		String kind = segments.isEmpty() ? "unknown" : segments.get(segments.size() - 1);
		if (segments.size() >= 2 && segments.size() % 2 == 0 && segments.size() > 3) {
			// /api/v1/<kind>/<id> shape: the last segment is an id
			kind = segments.get(segments.size() - 2);
			key.put("id", segments.get(segments.size() - 1));
		}
		return new Audited.Target(kind, key, method.name(), false);
	}

	private static Route route(HttpMethod method, String pattern, String kind, Map<String, String> vars,
			List<String> query) {
		return new Route(method, PARSER.parse(pattern), kind, vars, query);
	}
}
