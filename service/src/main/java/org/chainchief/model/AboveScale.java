package org.chainchief.model;

import org.chainchief.model.Records.EnterpriseRecord;

/**
 * The above-designated-size flag (规上企业): an enterprise with annual revenue ≥ 2000 万元 (20 million yuan).
 * When a record gives a revenue but no flag, the flag is derived from the revenue. An explicit flag is kept even
 * when it disagrees with the revenue: the flag is the official statistic of a given year (an enterprise that grew
 * this year is "当年上规" only after the annual statistics), while the revenue may be from another year.
 * REST bodies and import records both go through {@link #derive(EnterpriseRecord)}.
 */
public final class AboveScale {

	/** The threshold in 万元 (10,000 yuan). */
	public static final double THRESHOLD_WAN_YUAN = 2000;

	private AboveScale() {
	}

	/** The record with {@code aboveScale} derived from {@code revenue} when it is absent; otherwise unchanged. */
	public static EnterpriseRecord derive(EnterpriseRecord e) {
		if (e.aboveScale() != null || e.revenue() == null) {
			return e;
		}
		return new EnterpriseRecord(e.id(), e.name(), e.nameEn(), e.local(), e.region(), e.country(), e.revenue(),
				e.revenue() >= THRESHOLD_WAN_YUAN, e.head(), e.listed(), e.tags(), e.description());
	}
}
