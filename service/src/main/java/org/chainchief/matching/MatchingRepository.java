package org.chainchief.matching;

import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
final class MatchingRepository {

	private final Graph graph;

	private final Query forCluster;

	MatchingRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.forCluster = cypher.get("matching/cluster");
	}

	/** Empty when the cluster is unknown. */
	Mono<List<Match>> forCluster(String clusterId) {
		return graph.read(forCluster, Map.of("id", clusterId), r -> r.get("matches").asList(v -> Match.from(v.asMap())))
			.singleOrEmpty();
	}
}
