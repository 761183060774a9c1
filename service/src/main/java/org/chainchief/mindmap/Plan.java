package org.chainchief.mindmap;

import java.time.LocalDate;
import java.util.List;

/**
 * A cluster's targets (目标明), measures (措施实), backbone projects (骨干项目) and top teams (顶尖团队), as the mind map
 * shows them. Fields a source does not know are null.
 */
public record Plan(List<Target> targets, List<Measure> measures, List<Project> projects, List<Team> teams) {

	public Plan {
		targets = List.copyOf(targets);
		measures = List.copyOf(measures);
		projects = List.copyOf(projects);
		teams = List.copyOf(teams);
	}

	/**
	 * A target; {@code current} and {@code progress} (current ÷ value, 0..) when the source knows them.
	 */
	public record Target(String id, String name, String metric, Double value, String unit, Integer year,
			String description, Double current, Double progress) {
	}

	/** A measure; {@code status}, {@code owner}, {@code due} and {@code overdue} when the source knows them. */
	public record Measure(String id, String name, String description, String status, String owner, LocalDate due,
			Boolean overdue) {
	}

	/** A backbone project with its lifecycle dates (签约 → 落地 → 投产 → 上规), its link and enterprise. */
	public record Project(String id, String name, Double investment, LocalDate signed, LocalDate landed,
			LocalDate producing, LocalDate aboveScale, String linkId, String linkName, String enterpriseId,
			String enterpriseName) {

		/** The furthest stage reached: ABOVE_SCALE, PRODUCING, LANDED, SIGNED, else PLANNED. */
		public String stage() {
			if (aboveScale != null) {
				return "ABOVE_SCALE";
			}
			if (producing != null) {
				return "PRODUCING";
			}
			if (landed != null) {
				return "LANDED";
			}
			return signed != null ? "SIGNED" : "PLANNED";
		}
	}

	/** A top team with the link it serves. */
	public record Team(String id, String name, String leader, String institution, String linkId, String linkName) {
	}
}
