package org.chainchief.gap;

import java.util.List;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The gap report for other features (the mind map, the panorama): the same figures, statuses, chokepoints and
 * scores as {@code GET /clusters/{id}/gaps}, with the default thresholds and weights.
 */
@Service
public final class GapService {

	private final GapRepository gaps;

	GapService(GapRepository gaps) {
		this.gaps = gaps;
	}

	/**
	 * Every link of the cluster, scored with the default weights and this {@code weakBelow}, in the report's order
	 * (score descending); empty when the cluster is unknown.
	 */
	public Mono<List<Gap>> report(String clusterId, int weakBelow) {
		GapParameters defaults = GapParameters.defaults();
		GapParameters params = new GapParameters(weakBelow, defaults.monopolyShare(), defaults.concentratedHhi(),
				defaults.wStatus(), defaults.wChokepoint(), defaults.wDemand(), defaults.wExternal())
			.validated();
		return gaps.figures(clusterId)
			.map(links -> links.stream().map(f -> GapScoring.score(f, params)).sorted(GapScoring.ORDER).toList());
	}
}
