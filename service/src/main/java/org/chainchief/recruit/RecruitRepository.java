package org.chainchief.recruit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
final class RecruitRepository {

	private final Graph graph;

	private final Query forLink;

	private final Query forCluster;

	RecruitRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.forLink = cypher.get("recruit/link");
		this.forCluster = cypher.get("recruit/cluster");
	}

	/** Outside enterprises operating in the link; a 404 problem when the cluster or its link is unknown. */
	Mono<List<Candidate>> forLink(String clusterId, String linkId) {
		return graph
			.read(forLink, Map.of("id", clusterId, "linkId", linkId),
					r -> r.get("linkId").isNull() ? Optional.<List<Candidate>>empty()
							: Optional.of(r.get("candidates").asList(v -> Candidate.from(v.asMap()))))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			.flatMap(found -> Mono.justOrEmpty(found)
				.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("link in cluster '" + clusterId + "'", linkId, "linkId"))));
	}

	/** Outside enterprises operating in a gap of the cluster; a 404 problem when the cluster is unknown. */
	Mono<List<Candidate>> forCluster(String clusterId, int weakBelow) {
		return graph
			.read(forCluster, Map.of("id", clusterId, "weakBelow", weakBelow),
					r -> r.get("candidates").asList(v -> Candidate.from(v.asMap())))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)));
	}
}
