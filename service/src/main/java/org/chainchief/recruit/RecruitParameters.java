package org.chainchief.recruit;

import java.util.List;

import org.chainchief.support.ParamCheck;

/** Weights, preferred regions and limit of a recruit ranking (defaults documented in the README). */
record RecruitParameters(double wHead, double wScale, double wShare, double wCustomers, double wRegion, double wTags,
		List<String> regions, int limit) {

	static final String W_HEAD = "3";

	static final String W_SCALE = "2";

	static final String W_SHARE = "4";

	static final String W_CUSTOMERS = "3";

	static final String W_REGION = "2";

	static final String W_TAGS = "1";

	static final String LIMIT = "20";

	static final double MAX_WEIGHT = 1000;

	RecruitParameters {
		regions = regions == null ? List.of()
				: regions.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
	}

	/** Throws a 400 problem naming every parameter out of range. */
	RecruitParameters validated() {
		return validated(new ParamCheck());
	}

	/** Adds this request's checks to {@code check} (which may hold others) and throws if any failed. */
	RecruitParameters validated(ParamCheck check) {
		check.range("wHead", wHead, 0, false, MAX_WEIGHT)
			.range("wScale", wScale, 0, false, MAX_WEIGHT)
			.range("wShare", wShare, 0, false, MAX_WEIGHT)
			.range("wCustomers", wCustomers, 0, false, MAX_WEIGHT)
			.range("wRegion", wRegion, 0, false, MAX_WEIGHT)
			.range("wTags", wTags, 0, false, MAX_WEIGHT)
			.range("limit", limit, 1, 200);
		if (regions.size() > 50) {
			check.add("regions", "at most 50 regions");
		}
		if (regions.stream().anyMatch(r -> r.length() > 100)) {
			check.add("regions", "each region at most 100 characters");
		}
		check.orThrow();
		return this;
	}
}
