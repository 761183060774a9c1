package org.chainchief.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a measure (措施) stands. Written by name or by its Chinese label (计划, 推进中, 已完成). */
@Schema(description = "PLANNED (计划), IN_PROGRESS (推进中), DONE (已完成); the Chinese labels are accepted on input")
public enum MeasureStatus {

	PLANNED("计划"), IN_PROGRESS("推进中"), DONE("已完成");

	private final String label;

	MeasureStatus(String label) {
		this.label = label;
	}

	/** The Chinese label: 计划, 推进中, 已完成. */
	public String label() {
		return label;
	}

	/**
	 * The status a user wrote: the name in any case, the Chinese label, or a common synonym (计划中, 未开始,
	 * 进行中, 实施中, 完成, 已办结).
	 */
	@JsonCreator
	public static MeasureStatus of(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (MeasureStatus s : values()) {
			if (s.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_')) || s.label.equals(t)) {
				return s;
			}
		}
		return switch (t.toLowerCase(Locale.ROOT)) {
			case "计划中", "未开始", "拟实施" -> PLANNED;
			case "进行中", "实施中", "推进" -> IN_PROGRESS;
			case "完成", "已办结", "已落实" -> DONE;
			default -> throw new IllegalArgumentException(
					"must be one of PLANNED (计划), IN_PROGRESS (推进中), DONE (已完成) (got '" + text + "')");
		};
	}
}
