package org.chainchief.recruit;

import java.util.HashMap;
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

	private final RecruitModels models;

	RecruitRepository(Graph graph, CypherCatalog cypher, RecruitModels models) {
		this.graph = graph;
		this.models = models;
		this.forLink = cypher.get("recruit/link");
		this.forCluster = cypher.get("recruit/cluster");
	}

	/** Every candidate: the cap of the second request when the first one's bounded top-k was truncated. */
	static final long ALL = Long.MAX_VALUE;

	/**
	 * The weights, regions, limit and cap: the statements return only the candidates that can rank among the first
	 * {@code limit} (a superset, which the service ranks exactly with {@link RecruitScoring}), from the best
	 * {@code cap} by the statements' own score; when even the {@code cap}-th is within the tie margin
	 * ({@code truncated}), the request is repeated with {@link #ALL}.
	 */
	static Map<String, Object> scoring(RecruitParameters p, long cap) {
		Map<String, Object> params = new HashMap<>();
		params.put("wHead", p.wHead());
		params.put("wScale", p.wScale());
		params.put("wShare", p.wShare());
		params.put("wCustomers", p.wCustomers());
		params.put("wRegion", p.wRegion());
		params.put("wTags", p.wTags());
		params.put("regions", p.regions());
		params.put("limit", p.limit());
		params.put("cap", cap);
		return params;
	}

	/** The first request's cap: the limit, and as many again (plus a few) for candidates tied within the margin. */
	static long cap(RecruitParameters p) {
		return 2L * p.limit() + 10;
	}

	private record Bounded(Optional<List<Candidate>> candidates, boolean truncated) {
	}

	/**
	 * The outside enterprises operating in the link that can rank first: from the link's read model when it is
	 * current ({@link RecruitModels}), else from the statement; a 404 problem when the cluster or its link is unknown.
	 */
	Mono<List<Candidate>> forLink(String clusterId, String linkId, RecruitParameters p) {
		Mono<Optional<Bounded>> fromStatement = Mono.defer(() -> forLink(clusterId, linkId, p, cap(p))
			.flatMap(b -> b.truncated() ? forLink(clusterId, linkId, p, ALL) : Mono.just(b))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty()));
		Mono<Optional<Bounded>> answered = !models.enabled() ? fromStatement : models.forLink(clusterId, linkId, p)
			.map(a -> a.clusterId() == null ? Optional.<Bounded>empty()
					: Optional.of(new Bounded(a.linkId() == null ? Optional.empty() : Optional.of(a.candidates()), false)))
			.switchIfEmpty(fromStatement);
		return answered.flatMap(Mono::justOrEmpty)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			.flatMap(found -> Mono.justOrEmpty(found.candidates())
				.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("link in cluster '" + clusterId + "'", linkId, "linkId"))));
	}

	private Mono<Bounded> forLink(String clusterId, String linkId, RecruitParameters p, long cap) {
		Map<String, Object> params = scoring(p, cap);
		params.put("id", clusterId);
		params.put("linkId", linkId);
		return graph
			.read(forLink, params,
					r -> r.get("linkId").isNull() ? new Bounded(Optional.empty(), false)
							: new Bounded(Optional.of(r.get("candidates").asList(v -> Candidate.from(v.asMap()))),
									r.get("truncated").asBoolean()))
			.singleOrEmpty();
	}

	/**
	 * The outside enterprises operating in a gap of the cluster that can rank first: from the read models of its gap
	 * links when they are current, else from the statement; a 404 problem when the cluster is unknown.
	 */
	Mono<List<Candidate>> forCluster(String clusterId, int weakBelow, RecruitParameters p) {
		Mono<Optional<List<Candidate>>> fromStatement = Mono.defer(() -> forCluster(clusterId, weakBelow, p, cap(p))
			.flatMap(b -> b.truncated() ? forCluster(clusterId, weakBelow, p, ALL) : Mono.just(b))
			.map(b -> b.candidates())
			.defaultIfEmpty(Optional.empty()));
		Mono<Optional<List<Candidate>>> answered = !models.enabled() ? fromStatement
				: models.forCluster(clusterId, weakBelow, p).switchIfEmpty(fromStatement);
		return answered.flatMap(Mono::justOrEmpty)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)));
	}

	private Mono<Bounded> forCluster(String clusterId, int weakBelow, RecruitParameters p, long cap) {
		Map<String, Object> params = scoring(p, cap);
		params.put("id", clusterId);
		params.put("weakBelow", weakBelow);
		return graph
			.read(forCluster, params,
					r -> new Bounded(Optional.of(r.get("candidates").asList(v -> Candidate.from(v.asMap()))),
							r.get("truncated").asBoolean()))
			.singleOrEmpty();
	}
}
