package org.chainchief.plan;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a backbone project stands: the last lifecycle milestone it has actually reached. */
@Schema(description = "NOT_SIGNED 未签约, SIGNED 已签约, LANDED 已落地, PRODUCING 已投产, ABOVE_SCALE 已上规")
public enum ProjectStage {

	NOT_SIGNED("未签约"), SIGNED("已签约"), LANDED("已落地"), PRODUCING("已投产"), ABOVE_SCALE("已上规");

	private final String label;

	ProjectStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
