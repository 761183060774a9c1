package org.chainchief.gap;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Local coverage of a link: MISSING (缺链) with no local enterprise, WEAK (弱链) with fewer than {@code weakBelow},
 * STRONG otherwise.
 */
@Schema(description = "MISSING: no local enterprise in the link; WEAK: 1 ≤ localCount < weakBelow; STRONG otherwise")
public enum Status {

	MISSING(2), WEAK(1), STRONG(0);

	/** The default {@code weakBelow} of every request that takes one (a request-parameter default, hence text). */
	public static final String DEFAULT_WEAK_BELOW = "2";

	private final int severity;

	Status(int severity) {
		this.severity = severity;
	}

	/** The status of a link with {@code localCount} local enterprises; {@code weakBelow} ≥ 1. */
	public static Status of(long localCount, int weakBelow) {
		if (localCount <= 0) {
			return MISSING;
		}
		return localCount < weakBelow ? WEAK : STRONG;
	}

	/** The value of the {@code status} score factor: 2 for MISSING, 1 for WEAK, 0 for STRONG. */
	public int severity() {
		return severity;
	}
}
