package org.chainchief.support;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A start-up step after the migrations: a new write version of the graph ({@code version/start}, then the bump every
 * write ends with), so in-memory read models work on a graph that no write of the service has touched yet.
 * Idempotent.
 */
@Component
final class WriteVersionStart implements StartupStep {

	private final Graph graph;

	private final Query start;

	WriteVersionStart(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.start = cypher.get("version/start");
	}

	@Override
	public String name() {
		return "graph write version";
	}

	@Override
	public int getOrder() {
		return 40;
	}

	@Override
	public void run() {
		graph.write(start, Map.of(), r -> r.get("id").asString()).then().block(Duration.ofSeconds(60));
	}
}
