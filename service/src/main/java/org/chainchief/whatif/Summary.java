package org.chainchief.whatif;

import java.util.List;

import org.chainchief.gap.Status;

import io.swagger.v3.oas.annotations.media.Schema;

/** A chain's coverage in one state: completeness and the number of links per status. */
@Schema(description = "A chain's coverage: completeness (links with localCount ≥ 1 / links; null without links) and links per status")
public record Summary(@Schema(example = "8") int linkCount,
		@Schema(example = "0.75", nullable = true) Double completeness,
		@Schema(description = "Links with status MISSING", example = "2") int missing,
		@Schema(description = "Links with status WEAK", example = "4") int weak,
		@Schema(description = "Links with status STRONG", example = "2") int strong) {

	static Summary of(List<Long> localCounts, int weakBelow) {
		int missing = 0;
		int weak = 0;
		int strong = 0;
		for (long n : localCounts) {
			switch (Status.of(n, weakBelow)) {
				case MISSING -> missing++;
				case WEAK -> weak++;
				case STRONG -> strong++;
			}
		}
		int links = localCounts.size();
		return new Summary(links, links == 0 ? null : (double) (links - missing) / links, missing, weak, strong);
	}
}
