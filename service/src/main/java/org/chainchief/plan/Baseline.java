package org.chainchief.plan;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cluster's baseline (底数清): the gap report's counts (default thresholds, {@code weakBelow} 2) and the figures
 * of the local enterprises operating in its links. The values of the live target metrics come from here.
 */
@Schema(description = "A cluster's baseline (底数): gap-report counts (default thresholds) and its local enterprises")
public record Baseline(
		@Schema(example = "semiconductor") String clusterId,
		@Schema(example = "半导体全链条") String name,
		@Schema(description = "Links of the cluster", example = "25") long linkCount,
		@Schema(description = "Links with ≥ 1 local enterprise / links (0..1); null without links", example = "0.6", nullable = true) Double completeness,
		@Schema(description = "MISSING links (no local enterprise)", example = "10") long missing,
		@Schema(description = "WEAK links (1 local enterprise)", example = "8") long weak,
		@Schema(description = "STRONG links", example = "7") long strong,
		@Schema(description = "Chokepoint links (declared, monopoly share or concentrated HHI)", example = "5") long chokepoints,
		@Schema(description = "Chokepoint links with ≥ 1 local enterprise", example = "1") long chokepointsCovered,
		@Schema(description = "Distinct local enterprises operating in the cluster's links", example = "15") long localEnterprises,
		@Schema(description = "Of those, 规上 (aboveScale true)", example = "9") long aboveScaleEnterprises,
		@Schema(description = "Of those, head enterprises (头部)", example = "2") long headEnterprises,
		@Schema(description = "Σ revenue of those (万元; unknown revenue counts 0)", example = "385000") double localRevenue) {
}
