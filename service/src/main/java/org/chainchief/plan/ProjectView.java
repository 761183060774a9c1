package org.chainchief.plan;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A backbone project (骨干项目) as read: its record, its stage, the lags between its stages and what is overdue. */
@Schema(description = "A backbone project with its lifecycle stage, lags between actual stages and overdue stages")
public record ProjectView(
		@Schema(example = "P-semi-001") String id,
		@Schema(example = "中欣晶圆12英寸抛光片扩产项目") String name,
		@Schema(example = "semiconductor") String cluster,
		@Schema(description = "Link ids, sorted") List<String> links,
		@Schema(description = "Their names, in the same order") List<String> linkNames,
		@Schema(nullable = true) String enterprise,
		@Schema(nullable = true) String enterpriseName,
		@Schema(description = "万元", nullable = true) Double investment,
		@Schema(nullable = true) LocalDate plannedSigned, @Schema(nullable = true) LocalDate signed,
		@Schema(nullable = true) LocalDate plannedLanded, @Schema(nullable = true) LocalDate landed,
		@Schema(nullable = true) LocalDate plannedProducing, @Schema(nullable = true) LocalDate producing,
		@Schema(nullable = true) LocalDate plannedAboveScale, @Schema(nullable = true) LocalDate aboveScale,
		@Schema(nullable = true) String description,
		@Schema(description = "The last milestone actually reached (NOT_SIGNED without any actual date)") ProjectStage stage,
		@Schema(description = "The next milestone; null at ABOVE_SCALE", nullable = true) ProjectStage nextStage,
		@Schema(description = "Its planned date, when planned", nullable = true) LocalDate nextPlanned,
		@Schema(description = "Days between consecutive actual milestones (null where either date is missing)") Lags lags,
		@Schema(description = "Milestones after the current stage whose planned date has passed (before today) without an actual date") List<ProjectStage> overdueStages,
		@Schema(description = "overdueStages is not empty") boolean overdue,
		@Schema(description = "Days since the earliest overdue planned date, else 0", example = "30") long daysOverdue) {

	/** Days signed → landed → producing → above scale. */
	@Schema(description = "Days between consecutive actual milestones")
	public record Lags(@Schema(nullable = true) Long signedToLanded, @Schema(nullable = true) Long landedToProducing,
			@Schema(nullable = true) Long producingToAboveScale) {
	}
}
