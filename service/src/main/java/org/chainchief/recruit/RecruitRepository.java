package org.chainchief.recruit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
final class RecruitRepository {

	private final Graph graph;

	private final String forLink;

	private final String forCluster;

	RecruitRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.forLink = cypher.get("recruit/link");
		this.forCluster = cypher.get("recruit/cluster");
	}

	/**
	 * The weights, regions and limit: the statements return only the candidates that can rank among the first
	 * {@code limit} (a superset, which the service ranks exactly with {@link RecruitScoring}).
	 */
	static Map<String, Object> scoring(RecruitParameters p) {
		Map<String, Object> params = new HashMap<>();
		params.put("wHead", p.wHead());
		params.put("wScale", p.wScale());
		params.put("wShare", p.wShare());
		params.put("wCustomers", p.wCustomers());
		params.put("wRegion", p.wRegion());
		params.put("wTags", p.wTags());
		params.put("regions", p.regions());
		params.put("limit", p.limit());
		return params;
	}

	/** The outside enterprises operating in the link that can rank first; a 404 problem when the cluster or its link is unknown. */
	Mono<List<Candidate>> forLink(String clusterId, String linkId, RecruitParameters p) {
		Map<String, Object> params = scoring(p);
		params.put("id", clusterId);
		params.put("linkId", linkId);
		return graph
			.read(forLink, params,
					r -> r.get("linkId").isNull() ? Optional.<List<Candidate>>empty()
							: Optional.of(r.get("candidates").asList(v -> Candidate.from(v.asMap()))))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			.flatMap(found -> Mono.justOrEmpty(found)
				.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("link in cluster '" + clusterId + "'", linkId, "linkId"))));
	}

	/** The outside enterprises operating in a gap of the cluster that can rank first; a 404 problem when the cluster is unknown. */
	Mono<List<Candidate>> forCluster(String clusterId, int weakBelow, RecruitParameters p) {
		Map<String, Object> params = scoring(p);
		params.put("id", clusterId);
		params.put("weakBelow", weakBelow);
		return graph
			.read(forCluster, params,
					r -> r.get("candidates").asList(v -> Candidate.from(v.asMap())))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)));
	}
}
