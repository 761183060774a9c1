package org.chainchief.plan;

import java.time.LocalDate;
import java.util.List;

import org.chainchief.model.MeasureStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/** A measure (措施实) as read, with whether it is overdue today. */
@Schema(description = "A measure with its links and targets (ids and names) and whether it is overdue")
public record MeasureView(
		@Schema(example = "M-semi-001") String id,
		@Schema(example = "semiconductor") String cluster,
		@Schema(example = "补链：招引光刻胶企业") String name,
		@Schema(nullable = true) String description,
		@Schema(description = "Responsible unit", example = "招商局", nullable = true) String owner,
		@Schema(nullable = true) LocalDate due,
		MeasureStatus status,
		@Schema(description = "计划 / 推进中 / 已完成", example = "推进中") String statusLabel,
		@Schema(description = "Link ids, sorted") List<String> links,
		@Schema(description = "Their names, in the same order") List<String> linkNames,
		@Schema(description = "Target ids, sorted") List<String> targets,
		@Schema(description = "Their names, in the same order") List<String> targetNames,
		@Schema(description = "due is before today and the status is not DONE") boolean overdue,
		@Schema(description = "Days past due when overdue, else 0", example = "12") long daysOverdue) {
}
