package org.chainchief.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chainchief.gap.Gap.ChokepointReason;

/**
 * Statuses, chokepoints and priority scores from a link's figures. Pure functions: the formula of the README.
 *
 * <pre>
 * score = wStatus     × severity(status)            (MISSING 2, WEAK 1, STRONG 0)
 *       + wChokepoint × (chokepoint ? 1 : 0)
 *       + wDemand     × log2(1 + localDemand)
 *       + wExternal   × log2(1 + externalDependency)
 * </pre>
 *
 * Every value is non-decreasing in its figure, so at equal other factors MISSING > WEAK > STRONG, and a
 * chokepoint, more local demand or more external dependency raise the score (strictly, with positive weights).
 */
final class GapScoring {

	/** Highest score first, then stage (upstream first), then link id. */
	static final Comparator<Gap> ORDER = Comparator.comparingDouble(Gap::score)
		.reversed()
		.thenComparing(Gap::stage, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Gap::linkId);

	private GapScoring() {
	}

	static Gap score(LinkFigures f, GapParameters p) {
		Status status = Status.of(f.localCount(), p.weakBelow());
		Double hhi = f.hhi() == null ? null : Factor.round(f.hhi());
		List<ChokepointReason> reasons = new ArrayList<>();
		if (f.declared()) {
			reasons.add(ChokepointReason.DECLARED);
		}
		if (f.topShare() != null && f.topShare() >= p.monopolyShare()) {
			reasons.add(ChokepointReason.MONOPOLY_SHARE);
		}
		if (hhi != null && hhi >= p.concentratedHhi()) {
			reasons.add(ChokepointReason.CONCENTRATED_HHI);
		}
		boolean chokepoint = !reasons.isEmpty();
		List<Factor> factors = List.of(Factor.of("status", status, status.severity(), p.wStatus()),
				Factor.of("chokepoint", chokepoint, chokepoint ? 1 : 0, p.wChokepoint()),
				Factor.of("localDemand", f.localDemand(), Factor.log2p1(f.localDemand()), p.wDemand()),
				Factor.of("externalDependency", f.externalDependency(), Factor.log2p1(f.externalDependency()),
						p.wExternal()));
		return new Gap(f.linkId(), f.name(), f.stage(), f.localCount(), status, f.supplierCount(), f.topShare(), hhi,
				chokepoint, List.copyOf(reasons), f.downstreamLinks(), f.localDemand(), f.externalDependency(),
				Factor.score(factors), factors);
	}
}
