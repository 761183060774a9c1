package org.chainchief.recruit;

import java.util.List;

import org.chainchief.support.ParamCheck;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The cluster's recruitment list for other features (the mind map): the same rows and order as
 * {@code GET /clusters/{id}/recruits}, with the default weights and no preferred region.
 */
@Service
public final class RecruitService {

	private final RecruitRepository recruits;

	RecruitService(RecruitRepository recruits) {
		this.recruits = recruits;
	}

	/** The first {@code limit} (1..200) rows of the list; a 404 problem when the cluster is unknown. */
	public Mono<List<ClusterRecruit>> forCluster(String clusterId, int weakBelow, int limit) {
		RecruitParameters p = new RecruitParameters(Double.parseDouble(RecruitParameters.W_HEAD),
				Double.parseDouble(RecruitParameters.W_SCALE), Double.parseDouble(RecruitParameters.W_SHARE),
				Double.parseDouble(RecruitParameters.W_CUSTOMERS), Double.parseDouble(RecruitParameters.W_REGION),
				Double.parseDouble(RecruitParameters.W_TAGS), List.of(), limit)
			.validated(new ParamCheck().range("weakBelow", weakBelow, 1, 1000));
		return recruits.forCluster(clusterId, weakBelow, p)
			.map(candidates -> candidates.stream()
				.map(c -> ClusterRecruit.of(c, weakBelow, p))
				.sorted(ClusterRecruit.ORDER)
				.limit(p.limit())
				.toList());
	}
}
