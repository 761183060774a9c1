package org.chainchief.gap;

import java.util.List;

import org.chainchief.model.Stage;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of a gap report, bound by name: filters, then the thresholds and weights of
 * {@link GapParameters}, whose constants are the one definition of each default (used here for binding and the
 * contract) and whose {@link GapParameters#validated()} holds each range.
 */
record GapQuery(
		@Parameter(description = "Only these statuses (repeat or comma-separate)", example = "MISSING,WEAK") List<Status> status,
		@Parameter(description = "Only these stages (repeat or comma-separate)", example = "UPSTREAM") List<Stage> stage,
		@Parameter(description = "A link is WEAK when 1 ≤ localCount < weakBelow (1..1000)", example = "2",
				schema = @Schema(type = "integer", format = "int32", defaultValue = GapParameters.WEAK_BELOW)) Integer weakBelow,
		@Parameter(description = "Derived chokepoint when topShare ≥ monopolyShare (0 < x ≤ 1)", example = "0.9",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.MONOPOLY_SHARE)) Double monopolyShare,
		@Parameter(description = "Derived chokepoint when hhi ≥ concentratedHhi (0 < x ≤ 1)", example = "0.25",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.CONCENTRATED_HHI)) Double concentratedHhi,
		@Parameter(description = "Weight of the status factor (MISSING 2, WEAK 1, STRONG 0), 0..1000", example = "10",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.W_STATUS)) Double wStatus,
		@Parameter(description = "Weight of the chokepoint factor (1 or 0), 0..1000", example = "10",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.W_CHOKEPOINT)) Double wChokepoint,
		@Parameter(description = "Weight of log2(1 + localDemand), 0..1000", example = "4",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.W_DEMAND)) Double wDemand,
		@Parameter(description = "Weight of log2(1 + externalDependency), 0..1000", example = "5",
				schema = @Schema(type = "number", format = "double", defaultValue = GapParameters.W_EXTERNAL)) Double wExternal) {

	GapQuery {
		status = status == null ? List.of() : List.copyOf(status);
		stage = stage == null ? List.of() : List.copyOf(stage);
	}

	/** The thresholds and weights, defaults filled in; a 400 problem naming every parameter out of range. */
	GapParameters parameters() {
		GapParameters d = GapParameters.defaults();
		return new GapParameters(or(weakBelow, d.weakBelow()), or(monopolyShare, d.monopolyShare()),
				or(concentratedHhi, d.concentratedHhi()), or(wStatus, d.wStatus()), or(wChokepoint, d.wChokepoint()),
				or(wDemand, d.wDemand()), or(wExternal, d.wExternal()))
			.validated();
	}

	boolean wants(Gap gap) {
		return (status.isEmpty() || status.contains(gap.status())) && (stage.isEmpty() || stage.contains(gap.stage()));
	}

	private static <T> T or(T value, T otherwise) {
		return value != null ? value : otherwise;
	}
}
