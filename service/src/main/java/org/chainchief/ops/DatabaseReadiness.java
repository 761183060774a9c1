package org.chainchief.ops;

import java.time.Duration;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Readiness includes the database: a trivial read ({@code ops/ping}) must answer within two seconds. Part of the
 * {@code readiness} health group only, so a database outage takes instances out of rotation without the
 * liveness probe restarting them.
 */
@Component("neo4jReadiness")
final class DatabaseReadiness implements ReactiveHealthIndicator {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final Graph graph;

	private final Query ping;

	DatabaseReadiness(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.ping = cypher.get("ops/ping");
	}

	@Override
	public Mono<Health> health() {
		long started = System.nanoTime();
		return graph.read(ping, Map.of(), r -> r.get("ok").asLong())
			.next()
			.timeout(TIMEOUT)
			.map(ok -> Health.up().withDetail("latencyMs", (System.nanoTime() - started) / 1_000_000).build())
			.onErrorResume(ex -> Mono.just(Health.down()
				.withDetail("error", ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()))
				.build()));
	}
}
