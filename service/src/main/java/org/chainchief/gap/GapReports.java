package org.chainchief.gap;

import java.util.List;

import org.chainchief.support.ApiProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The gap report for other features (baselines, lists, workbooks): the same figures and scores as
 * {@code GET /clusters/{id}/gaps} with its default thresholds and weights, in its order.
 */
@Service
public final class GapReports {

	private final GapRepository gaps;

	GapReports(GapRepository gaps) {
		this.gaps = gaps;
	}

	/** Every link of the cluster, scored with the default parameters; a 404 problem when the cluster is unknown. */
	public Mono<List<Gap>> report(String clusterId) {
		GapParameters params = GapParameters.defaults();
		return gaps.figures(clusterId)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			.map(links -> links.stream().map(f -> GapScoring.score(f, params)).sorted(GapScoring.ORDER).toList());
	}

	/** The {@code weakBelow} the report uses. */
	public static int defaultWeakBelow() {
		return GapParameters.defaults().weakBelow();
	}
}
