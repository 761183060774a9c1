package org.chainchief.mindmap;

import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
final class MindMapRepository {

	private final Graph graph;

	private final Query chain;

	MindMapRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.chain = cypher.get("mindmap/chain");
	}

	/** The cluster's links and local enterprises; empty when the cluster is unknown. */
	Mono<ClusterChain> chain(String clusterId) {
		return graph.read(chain, Map.of("id", clusterId), ClusterChain::from).singleOrEmpty();
	}
}
