package org.chainchief.recruit;

import java.util.List;

import org.chainchief.gap.Status;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The cluster's recruitment list for other features (lists, workbooks): the same rows as
 * {@code GET /clusters/{id}/recruits} with its default weights and {@code weakBelow}, in its order.
 */
@Service
public final class ClusterRecruits {

	/** The largest list a caller may ask for. */
	public static final int MAX_LIMIT = 10_000;

	private final RecruitRepository recruits;

	ClusterRecruits(RecruitRepository recruits) {
		this.recruits = recruits;
	}

	/** At most {@code limit} (1..10,000) rows; a 404 problem when the cluster is unknown. */
	public Mono<List<ClusterRecruit>> list(String clusterId, int limit) {
		int weakBelow = Integer.parseInt(Status.DEFAULT_WEAK_BELOW);
		RecruitParameters p = new RecruitParameters(Double.parseDouble(RecruitParameters.W_HEAD),
				Double.parseDouble(RecruitParameters.W_SCALE), Double.parseDouble(RecruitParameters.W_SHARE),
				Double.parseDouble(RecruitParameters.W_CUSTOMERS), Double.parseDouble(RecruitParameters.W_REGION),
				Double.parseDouble(RecruitParameters.W_TAGS), List.of(), Math.clamp(limit, 1, MAX_LIMIT));
		return recruits.forCluster(clusterId, weakBelow, p)
			.map(candidates -> candidates.stream()
				.map(c -> ClusterRecruit.of(c, weakBelow, p))
				.sorted(ClusterRecruit.ORDER)
				.limit(p.limit())
				.toList());
	}
}
