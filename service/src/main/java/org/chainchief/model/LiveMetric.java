package org.chainchief.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The target metrics the graph computes: a target whose {@code metric} is one of these codes has a live current
 * value (never stored). Definitions (consistent with the gap report, {@code weakBelow} 2) are in the README.
 */
public enum LiveMetric {

	/** Links with ≥ 1 local enterprise / links (0..1; in percent when the target's unit is %). */
	COMPLETENESS("completeness", "链条完整度"),
	/** Distinct local enterprises operating in the cluster's links. */
	LOCAL_ENTERPRISES("localEnterprises", "本地企业数"),
	/** Distinct local 规上 enterprises operating in the cluster's links. */
	ABOVE_SCALE_ENTERPRISES("aboveScaleEnterprises", "规上企业数"),
	/** Links with no local enterprise (MISSING). */
	MISSING_LINKS("missingLinks", "缺链数"),
	/** Links with 1 ≤ local enterprises < 2 (WEAK). */
	WEAK_LINKS("weakLinks", "弱链数"),
	/** Chokepoint links of the gap report (default thresholds) with ≥ 1 local enterprise. */
	CHOKEPOINTS_COVERED("chokepointsCovered", "卡脖子环节本地配套数"),
	/** Σ revenue (万元; 亿元 when the target's unit is 亿元) of the distinct local enterprises in the cluster's links. */
	LOCAL_REVENUE("localRevenue", "本地企业营业收入");

	private final String code;

	private final String label;

	LiveMetric(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** The live metric a target's {@code metric} names (its code, exactly), if any. */
	public static Optional<LiveMetric> of(String metric) {
		return metric == null ? Optional.empty()
				: Arrays.stream(values()).filter(m -> m.code.equals(metric.strip())).findFirst();
	}
}
