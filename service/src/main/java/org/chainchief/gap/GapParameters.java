package org.chainchief.gap;

import org.chainchief.support.ParamCheck;

/**
 * Thresholds and weights of a gap report, as given by the request (defaults in the constants, documented in
 * the README).
 */
record GapParameters(int weakBelow, double monopolyShare, double concentratedHhi, double wStatus,
		double wChokepoint, double wDemand, double wExternal) {

	static final String WEAK_BELOW = Status.DEFAULT_WEAK_BELOW;

	static final String MONOPOLY_SHARE = "0.9";

	static final String CONCENTRATED_HHI = "0.25";

	static final String W_STATUS = "10";

	static final String W_CHOKEPOINT = "10";

	static final String W_DEMAND = "4";

	static final String W_EXTERNAL = "5";

	static final double MAX_WEIGHT = 1000;

	static GapParameters defaults() {
		return new GapParameters(Integer.parseInt(WEAK_BELOW), Double.parseDouble(MONOPOLY_SHARE),
				Double.parseDouble(CONCENTRATED_HHI), Double.parseDouble(W_STATUS), Double.parseDouble(W_CHOKEPOINT),
				Double.parseDouble(W_DEMAND), Double.parseDouble(W_EXTERNAL));
	}

	/** Throws a 400 problem naming every parameter out of range. */
	GapParameters validated() {
		new ParamCheck().range("weakBelow", weakBelow, 1, 1000)
			.range("monopolyShare", monopolyShare, 0, true, 1)
			.range("concentratedHhi", concentratedHhi, 0, true, 1)
			.range("wStatus", wStatus, 0, false, MAX_WEIGHT)
			.range("wChokepoint", wChokepoint, 0, false, MAX_WEIGHT)
			.range("wDemand", wDemand, 0, false, MAX_WEIGHT)
			.range("wExternal", wExternal, 0, false, MAX_WEIGHT)
			.orThrow();
		return this;
	}
}
