package org.chainchief.ops;

import java.time.Duration;
import java.util.Set;

import org.chainchief.support.ApiProblem;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Ready means ready: until the application accepts traffic (migrations applied, the demo zone loaded, every
 * start-up runner done), writes and imports under {@code /api/} answer 503 with {@code Retry-After} instead of
 * racing the start-up (an import sent during the demo load used to get a 409). Reads are served: they see the
 * graph as it is. When the database did not answer at start ({@link DatabaseStartup} waiting for it), every
 * request under {@code /api/} answers 503 with {@code Retry-After}, reads too, until the start-up steps are done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class ReadinessGate implements WebFilter {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final ApplicationAvailability availability;

	private final DatabaseStartup startup;

	ReadinessGate(ApplicationAvailability availability, DatabaseStartup startup) {
		this.availability = availability;
		this.startup = startup;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		if (startup.waitingForDatabase()) {
			return Mono.error(ApiProblem.notReady(
					"The graph database does not answer yet: the service started without it and gets ready as soon "
							+ "as it does; retry after " + RETRY_AFTER.toSeconds() + " s",
					RETRY_AFTER));
		}
		if (READS.contains(exchange.getRequest().getMethod())
				|| availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
						&& startup.state() == DatabaseStartup.State.DONE) {
			return chain.filter(exchange);
		}
		return Mono.error(ApiProblem.notReady(
				"The service is starting (migrations, demo zone) and does not take writes yet; retry after "
						+ RETRY_AFTER.toSeconds() + " s",
				RETRY_AFTER));
	}
}
