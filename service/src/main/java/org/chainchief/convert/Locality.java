package org.chainchief.convert;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which converted enterprises are local (in the zone): the codes listed in a file ({@code --local-codes}), the
 * companies of given exchanges ({@code --local-exchange}, ckg) or the organisations of a country
 * ({@code --local-country}, eto). Default: none. Codes that match no enterprise are reported.
 */
record Locality(Set<String> codes, Set<String> exchanges, String country) {

	static final Locality NONE = new Locality(Set.of(), Set.of(), null);

	Locality {
		codes = Set.copyOf(codes);
		exchanges = Set.copyOf(exchanges);
	}

	/** Reports the listed codes that matched no enterprise, given the (normalised) codes that did. */
	void reportUnmatched(Set<String> matched, Report report) {
		Set<String> unmatched = new LinkedHashSet<>(codes);
		unmatched.removeAll(matched);
		unmatched.stream().sorted().forEach(code -> report.skip("--local-codes: code matches no enterprise", code));
	}
}
