package org.chainchief.cluster;

import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
final class ClusterRepository {

	private final Graph graph;

	private final Query list;

	private final Query get;

	ClusterRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.list = cypher.get("cluster/list");
		this.get = cypher.get("cluster/get");
	}

	Flux<Cluster> findAll() {
		return graph.read(list, Map.of(), r -> Cluster.from(r.get("cluster").asMap()));
	}

	Mono<Cluster> findById(String id) {
		return graph.read(get, Map.of("id", id), r -> Cluster.from(r.get("cluster").asMap())).singleOrEmpty();
	}
}
