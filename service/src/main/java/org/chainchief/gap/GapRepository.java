package org.chainchief.gap;

import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
final class GapRepository {

	private final Graph graph;

	private final Query report;

	GapRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.report = cypher.get("gap/report");
	}

	/** The figures of every link of the cluster; empty when the cluster is unknown. */
	Mono<List<LinkFigures>> figures(String clusterId) {
		return graph
			.read(report, Map.of("id", clusterId),
					r -> r.get("links").asList(v -> LinkFigures.from(v.asMap())))
			.singleOrEmpty();
	}
}
