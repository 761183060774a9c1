package org.chainchief.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A target (目标明) as read: its record, its current value (live or recorded) and its progress. */
@Schema(description = "A target with its current value (live for the graph's metrics, else as recorded) and its progress")
public record TargetView(
		@Schema(example = "G-semi-003") String id,
		@Schema(example = "semiconductor") String cluster,
		@Schema(example = "链条完整度") String name,
		@Schema(example = "completeness", nullable = true) String metric,
		@Schema(description = "Target value", example = "70", nullable = true) Double value,
		@Schema(example = "%", nullable = true) String unit,
		@Schema(example = "2027", nullable = true) Integer year,
		@Schema(description = "Baseline value (0 is used when absent)", example = "52", nullable = true) Double baseline,
		@Schema(description = "Current value: computed now for a live metric, else the recorded one", example = "60", nullable = true) Double current,
		@Schema(description = "Date of the current value: today for a live metric", nullable = true) LocalDate currentAt,
		@Schema(description = "True when the current value is computed from the graph (metric is a live code)") boolean live,
		@Schema(nullable = true) String description,
		TargetProgress progress) {
}
