package org.chainchief.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A query parameter that takes one value, given more than once ({@code size=1&size=50}), is refused with a 400
 * naming it, rather than silently answered with one of the values. Only the list parameters take several values
 * (repeated or comma-separated). Runs after the security chain, so an anonymous caller still gets its 401 first.
 */
@Component
@Order(0)
final class RepeatedParameterFilter implements WebFilter {

	/** The query parameters that are lists in the contract (a test keeps this in step with it). */
	static final Set<String> LISTS = Set.of("status", "stage", "regions");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		List<FieldError> repeated = new ArrayList<>();
		for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
			if (parameter.getValue().size() > 1 && !LISTS.contains(parameter.getKey())) {
				repeated.add(new FieldError(parameter.getKey(), "is given " + parameter.getValue().size()
						+ " times; give it once (only " + String.join(", ", LISTS.stream().sorted().toList())
						+ " take several values)"));
			}
		}
		return repeated.isEmpty() ? chain.filter(exchange) : Mono.error(ApiProblem.invalid(repeated));
	}
}
