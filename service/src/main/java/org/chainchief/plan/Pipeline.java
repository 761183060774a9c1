package org.chainchief.plan;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A cluster's backbone-project pipeline: projects by stage, lags between stages, overdue projects, the year's counts. */
@Schema(description = "Projects by lifecycle stage, lags between stages, overdue projects and the year's planned and actual counts")
public record Pipeline(
		@Schema(example = "semiconductor") String clusterId,
		@Schema(description = "The year of the counts", example = "2026") int year,
		@Schema(description = "Today, as overdue flags were judged") LocalDate asOf,
		@Schema(description = "Every stage in lifecycle order, each with its projects (by id)") List<StageGroup> stages,
		@Schema(description = "Per transition: projects with both actual dates, mean and median days") List<Lag> lags,
		@Schema(description = "Projects with an overdue stage, most overdue first") List<ProjectView> overdue,
		@Schema(description = "Per milestone: how many were planned in the year and how many actually happened in it (当年签约、落地、投产、上规)") List<YearCount> yearCounts) {

	@Schema(description = "The projects at one stage")
	public record StageGroup(ProjectStage stage, @Schema(example = "已落地") String label,
			@Schema(example = "2") int count, @Schema(description = "Σ investment (万元)", example = "182000") double investment,
			List<ProjectView> projects) {
	}

	@Schema(description = "Lag between two consecutive milestones over the projects that reached both")
	public record Lag(@Schema(example = "SIGNED") ProjectStage from, @Schema(example = "LANDED") ProjectStage to,
			@Schema(example = "3") int count, @Schema(nullable = true, example = "75.5") Double meanDays,
			@Schema(nullable = true, example = "78") Double medianDays) {
	}

	@Schema(description = "One milestone in the year: planned (planned date in the year), actual (actual date in the year), "
			+ "plannedReached (planned in the year and actually reached by its end)")
	public record YearCount(@Schema(example = "LANDED") ProjectStage milestone, @Schema(example = "当年落地") String label,
			long planned, long actual, long plannedReached) {
	}
}
