package org.chainchief.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainchief.gap.Gap.ChokepointReason;
import org.chainchief.model.Stage;
import org.junit.jupiter.api.Test;

/** The score formula's promises, checked on the pure function. */
class GapScoringTest {

	private static final GapParameters DEFAULTS = GapParameters.defaults();

	private static LinkFigures link(long local, boolean declared, Double topShare, Double hhi, long demand, long external) {
		return new LinkFigures("l", "环节", Stage.MIDSTREAM, declared, local + 1, local, topShare, hhi, 0, demand, external);
	}

	private static double score(LinkFigures f) {
		return GapScoring.score(f, DEFAULTS).score();
	}

	@Test
	void statusBoundaries() {
		assertThat(Status.of(0, 2)).isEqualTo(Status.MISSING);
		assertThat(Status.of(1, 2)).isEqualTo(Status.WEAK);
		assertThat(Status.of(2, 2)).isEqualTo(Status.STRONG);
		assertThat(Status.of(1, 1)).isEqualTo(Status.STRONG);
		assertThat(Status.of(4, 5)).isEqualTo(Status.WEAK);
		assertThat(Status.of(0, 1)).isEqualTo(Status.MISSING);
	}

	@Test
	void missingOutranksWeakOutranksStrongAtEqualOtherFactors() {
		assertThat(score(link(0, false, null, null, 3, 1))).isGreaterThan(score(link(1, false, null, null, 3, 1)));
		assertThat(score(link(1, false, null, null, 3, 1))).isGreaterThan(score(link(2, false, null, null, 3, 1)));
	}

	@Test
	void chokepointDemandAndExternalDependencyRaiseTheScore() {
		LinkFigures base = link(1, false, null, null, 3, 1);
		assertThat(score(link(1, true, null, null, 3, 1))).isGreaterThan(score(base));
		assertThat(score(link(1, false, 0.95, 0.9, 3, 1))).isGreaterThan(score(base)); // derived chokepoint
		assertThat(score(link(1, false, null, null, 4, 1))).isGreaterThan(score(base));
		assertThat(score(link(1, false, null, null, 3, 2))).isGreaterThan(score(base));
		// from zero too: the first downstream enterprise and the first outside purchase count
		assertThat(score(link(1, false, null, null, 1, 0))).isGreaterThan(score(link(1, false, null, null, 0, 0)));
		assertThat(score(link(1, false, null, null, 0, 1))).isGreaterThan(score(link(1, false, null, null, 0, 0)));
	}

	@Test
	void scoreIsTheSumOfTheShownContributions() {
		Gap gap = GapScoring.score(link(0, true, 0.6, 0.45, 5, 2), DEFAULTS);
		assertThat(gap.factors().stream().mapToDouble(Factor::contribution).sum()).isEqualTo(gap.score());
		assertThat(gap.score()).isEqualTo(48.264663); // 20 + 10 + 4·log2(6) + 5·log2(3)
		assertThat(gap.factors()).extracting(Factor::weight).containsExactly(10.0, 10.0, 4.0, 5.0);
	}

	@Test
	void chokepointReasonsAndThresholdsAreInclusive() {
		GapParameters p = new GapParameters(2, 0.9, 0.25, 10, 10, 4, 5);
		assertThat(GapScoring.score(link(1, false, 0.9, 0.81, 0, 0), p).chokepointReasons())
			.containsExactly(ChokepointReason.MONOPOLY_SHARE, ChokepointReason.CONCENTRATED_HHI);
		// hhi is rounded to 6 decimals before the comparison: 0.5² + 0.0… = 0.25 counts
		assertThat(GapScoring.score(link(1, false, 0.5, 0.25000000000000006, 0, 0), p).chokepointReasons())
			.containsExactly(ChokepointReason.CONCENTRATED_HHI);
		assertThat(GapScoring.score(link(1, false, 0.5, 0.2499, 0, 0), p).chokepoint()).isFalse();
		Gap unknown = GapScoring.score(link(1, false, null, null, 0, 0), p);
		assertThat(unknown.topShare()).isNull();
		assertThat(unknown.hhi()).isNull();
		assertThat(unknown.chokepointReasons()).isEqualTo(List.of());
	}
}
