package org.chainchief.limits;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * At most {@code concurrent-reads} reading requests of the API in work at once; the others wait for a place in
 * arrival order, each at most {@code read-wait}, then get a 503 ({@code /problems/busy}) naming the limit, with
 * {@code Retry-After}. Reading requests are the GETs under {@code /api/} (but the export, which streams for long)
 * and the analyses asked by POST (what-if). Imports and writes do not wait here: under 64 reading connections an
 * import kept a share of two cores of one part in 65, and advanced 2,000 records in 30 s; with the readers queued
 * it competes with a few of them. Runs after authentication and the per-caller rate.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 90)
final class ConcurrentReadsFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentReadsFilter.class);

	private final LimitsProperties limits;

	private final ReadPlaces places;

	ConcurrentReadsFilter(LimitsProperties limits, ObjectProvider<MeterRegistry> meters) {
		this.limits = limits;
		this.places = new ReadPlaces(limits.concurrentReads(), limits.readWait());
		meters.ifAvailable(registry -> {
			Gauge.builder("chain-chief.reads.waiting", places, ReadPlaces::waiting)
				.description("Reading requests waiting for a place (chain-chief.limits.concurrent-reads)")
				.register(registry);
			Gauge.builder("chain-chief.reads.active", places, ReadPlaces::taken)
				.description("Reading requests in work (at most chain-chief.limits.concurrent-reads)")
				.register(registry);
		});
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!reads(exchange)) {
			return chain.filter(exchange);
		}
		return places.through(Mono.defer(() -> chain.filter(exchange)), () -> {
			var request = exchange.getRequest();
			log.warn("{} {} waited {} ms for one of the {} places for reads: answered 503", request.getMethod(),
					request.getPath().value(), limits.readWait().toMillis(), places.places());
			return limits.readsBusy();
		});
	}

	private static boolean reads(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.startsWith("/api/")) {
			return false;
		}
		if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
			return !path.equals("/api/v1/export");
		}
		return HttpMethod.POST.equals(method) && path.endsWith("/what-if");
	}
}
