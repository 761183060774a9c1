package org.chainchief.gap;

import java.util.List;
import java.util.Optional;

import org.chainchief.support.KeptAnswers.Versioned;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;

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

	/**
	 * The figures of every link of the cluster in this read transaction (kept ones when current), with the write
	 * version they are exact at, for an answer built on them in the same transaction (the what-if's local counts
	 * before); empty when the cluster is unknown.
	 */
	public Mono<Optional<Versioned<List<LinkFigures>>>> figuresIn(ReactiveTransactionContext tx, String clusterId) {
		return gaps.figuresIn(tx, clusterId);
	}

	/** The graph's write version in this transaction, to hold against {@link Versioned#currentAt}. */
	public Mono<Optional<String>> versionIn(ReactiveTransactionContext tx) {
		return gaps.versionIn(tx);
	}
}
