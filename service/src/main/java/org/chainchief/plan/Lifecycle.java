package org.chainchief.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.plan.Pipeline.Lag;
import org.chainchief.plan.Pipeline.StageGroup;
import org.chainchief.plan.Pipeline.YearCount;

/** The date rules of backbone projects: stage, lags, overdue stages (against "today"), and the pipeline. Pure. */
final class Lifecycle {

	/** The milestones after NOT_SIGNED, in order. */
	private static final ProjectStage[] MILESTONES = { ProjectStage.SIGNED, ProjectStage.LANDED, ProjectStage.PRODUCING,
			ProjectStage.ABOVE_SCALE };

	private static final String[] YEAR_LABELS = { "当年签约", "当年落地", "当年投产", "当年上规" };

	private Lifecycle() {
	}

	static ProjectView view(ProjectRecord p, Map<String, Object> extra, LocalDate today) {
		LocalDate[] actual = actual(p);
		LocalDate[] planned = planned(p);
		int reached = -1;
		for (int i = 0; i < actual.length; i++) {
			if (actual[i] != null) {
				reached = i;
			}
		}
		ProjectStage stage = reached < 0 ? ProjectStage.NOT_SIGNED : MILESTONES[reached];
		ProjectStage next = reached + 1 < MILESTONES.length ? MILESTONES[reached + 1] : null;
		List<ProjectStage> overdue = new ArrayList<>();
		LocalDate earliest = null;
		for (int i = reached + 1; i < MILESTONES.length; i++) {
			if (planned[i] != null && planned[i].isBefore(today) && actual[i] == null) {
				overdue.add(MILESTONES[i]);
				earliest = earliest == null || planned[i].isBefore(earliest) ? planned[i] : earliest;
			}
		}
		ProjectView.Lags lags = new ProjectView.Lags(days(actual[0], actual[1]), days(actual[1], actual[2]),
				days(actual[2], actual[3]));
		@SuppressWarnings("unchecked")
		List<String> linkNames = (List<String>) extra.getOrDefault("linkNames", List.of());
		return new ProjectView(p.id(), p.name(), p.cluster(), p.links() == null ? List.of() : p.links(), linkNames,
				p.enterprise(), (String) extra.get("enterpriseName"), p.investment(), p.plannedSigned(), p.signed(),
				p.plannedLanded(), p.landed(), p.plannedProducing(), p.producing(), p.plannedAboveScale(), p.aboveScale(),
				p.description(), stage, next, next == null ? null : planned[reached + 1], lags, List.copyOf(overdue),
				!overdue.isEmpty(), earliest == null ? 0 : ChronoUnit.DAYS.between(earliest, today));
	}

	static Pipeline pipeline(String clusterId, int year, LocalDate today, List<ProjectView> projects) {
		List<StageGroup> stages = new ArrayList<>();
		for (ProjectStage stage : ProjectStage.values()) {
			List<ProjectView> at = projects.stream().filter(p -> p.stage() == stage).toList();
			double investment = at.stream().mapToDouble(p -> p.investment() == null ? 0 : p.investment()).sum();
			stages.add(new StageGroup(stage, stage.label(), at.size(), investment, at));
		}
		List<Lag> lags = List.of(lag(projects, ProjectStage.SIGNED, ProjectStage.LANDED, ProjectView.Lags::signedToLanded),
				lag(projects, ProjectStage.LANDED, ProjectStage.PRODUCING, ProjectView.Lags::landedToProducing),
				lag(projects, ProjectStage.PRODUCING, ProjectStage.ABOVE_SCALE, ProjectView.Lags::producingToAboveScale));
		List<ProjectView> overdue = projects.stream()
			.filter(ProjectView::overdue)
			.sorted(Comparator.comparingLong(ProjectView::daysOverdue).reversed().thenComparing(ProjectView::id))
			.toList();
		List<YearCount> counts = new ArrayList<>();
		LocalDate end = LocalDate.of(year, 12, 31);
		for (int i = 0; i < MILESTONES.length; i++) {
			long planned = 0;
			long actual = 0;
			long reached = 0;
			for (ProjectView p : projects) {
				LocalDate plannedDate = planned(p)[i];
				LocalDate actualDate = actual(p)[i];
				if (plannedDate != null && plannedDate.getYear() == year) {
					planned++;
					if (actualDate != null && !actualDate.isAfter(end)) {
						reached++;
					}
				}
				if (actualDate != null && actualDate.getYear() == year) {
					actual++;
				}
			}
			counts.add(new YearCount(MILESTONES[i], YEAR_LABELS[i], planned, actual, reached));
		}
		return new Pipeline(clusterId, year, today, stages, lags, overdue, counts);
	}

	private static Lag lag(List<ProjectView> projects, ProjectStage from, ProjectStage to,
			java.util.function.Function<ProjectView.Lags, Long> days) {
		List<Long> values = projects.stream().map(p -> days.apply(p.lags())).filter(d -> d != null).sorted().toList();
		if (values.isEmpty()) {
			return new Lag(from, to, 0, null, null);
		}
		double mean = values.stream().mapToLong(Long::longValue).average().orElseThrow();
		int n = values.size();
		double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
		return new Lag(from, to, n, Math.round(mean * 10) / 10.0, median);
	}

	private static Long days(LocalDate from, LocalDate to) {
		return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
	}

	private static LocalDate[] actual(ProjectRecord p) {
		return new LocalDate[] { p.signed(), p.landed(), p.producing(), p.aboveScale() };
	}

	private static LocalDate[] planned(ProjectRecord p) {
		return new LocalDate[] { p.plannedSigned(), p.plannedLanded(), p.plannedProducing(), p.plannedAboveScale() };
	}

	private static LocalDate[] actual(ProjectView p) {
		return new LocalDate[] { p.signed(), p.landed(), p.producing(), p.aboveScale() };
	}

	private static LocalDate[] planned(ProjectView p) {
		return new LocalDate[] { p.plannedSigned(), p.plannedLanded(), p.plannedProducing(), p.plannedAboveScale() };
	}
}
