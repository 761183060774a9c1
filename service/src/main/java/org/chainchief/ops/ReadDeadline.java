package org.chainchief.ops;

import java.time.Duration;

import org.chainchief.support.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A bound on how long a read waits for its answer to begin ({@code chain-chief.limits.read-deadline}, 90 s; above the
 * database's read bound and the drawings' bound together, so it only catches what those do not). A GET whose answer
 * has not begun by then is cancelled and answered 503 ({@code /problems/busy}), and the log names it with its
 * request id; an answer that has begun (a long export streaming) is not cut. Writes and imports have their own
 * bounds, per transaction and per batch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
final class ReadDeadline implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(ReadDeadline.class);

	private final Duration deadline;

	ReadDeadline(org.chainchief.limits.LimitsProperties limits) {
		this.deadline = limits.readDeadline();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		var response = exchange.getResponse();
		Mono<Long> late = Mono.delay(deadline)
			.flatMap(tick -> response.isCommitted() ? Mono.never() : Mono.just(tick));
		return chain.filter(exchange).timeout(late, Mono.defer(() -> {
			var request = exchange.getRequest();
			log.warn("No answer to GET {} (request {}) had begun after {} s: cancelled, answered 503",
					request.getPath().value(), RequestIds.of(exchange), deadline.toSeconds());
			return Mono.error(ApiProblem.busy("GET " + request.getPath().value(), deadline, Duration.ofSeconds(10)));
		}));
	}
}
