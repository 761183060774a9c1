package org.chainchief.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.chainchief.model.LiveMetric;
import org.chainchief.model.MeasureStatus;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;
import org.chainchief.plan.PlanItems.Item;
import org.chainchief.support.ApiProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A cluster's plan as read, for the REST resources and for other features (mind map, lists, workbooks): targets
 * with live current values and progress, measures with overdue flags, projects with stages, teams, and the
 * project pipeline. Every method answers a 404 problem ({@link ApiProblem}) when the cluster is unknown; items
 * are ordered by id. "Today" is the injected {@link Clock}'s date.
 */
@Service
public final class Plans {

	private final PlanItems items;

	private final Baselines baselines;

	private final Clock clock;

	Plans(PlanItems items, Baselines baselines, Clock clock) {
		this.items = items;
		this.baselines = baselines;
		this.clock = clock;
	}

	/** Today's date in the zone (the clock's). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The cluster's baseline (底数). */
	public Mono<Baseline> baseline(String clusterId) {
		return baselines.of(clusterId);
	}

	/** The cluster's targets; live metrics computed now (one baseline per call, only when a target needs it). */
	public Flux<TargetView> targets(String clusterId) {
		return items.list(ItemKind.TARGET, clusterId).flatMapMany(list -> targetViews(clusterId, list));
	}

	public Flux<MeasureView> measures(String clusterId) {
		return items.list(ItemKind.MEASURE, clusterId).flatMapIterable(list -> list.stream().map(this::measure).toList());
	}

	public Flux<ProjectView> projects(String clusterId) {
		return items.list(ItemKind.PROJECT, clusterId).flatMapIterable(list -> list.stream().map(this::project).toList());
	}

	public Flux<TeamView> teams(String clusterId) {
		return items.list(ItemKind.TEAM, clusterId).flatMapIterable(list -> list.stream().map(Plans::team).toList());
	}

	/** The project pipeline with the counts of {@code year} (1900..2200, else a 400 problem naming {@code year}). */
	public Mono<Pipeline> pipeline(String clusterId, int year) {
		if (year < 1900 || year > 2200) {
			return Mono.error(ApiProblem.invalid("year", "must be an integer in [1900, 2200]"));
		}
		LocalDate today = today();
		return projects(clusterId).collectList().map(list -> Lifecycle.pipeline(clusterId, year, today, list));
	}

	Flux<TargetView> targetViews(String clusterId, List<Item> list) {
		boolean anyLive = list.stream().anyMatch(i -> LiveMetric.of(((TargetRecord) i.record()).metric()).isPresent());
		Mono<Baseline> baseline = anyLive ? baselines.of(clusterId) : Mono.<Baseline>empty();
		return baseline.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMapIterable(b -> list.stream().map(i -> target((TargetRecord) i.record(), b.orElse(null))).toList());
	}

	TargetView target(TargetRecord t, Baseline baseline) {
		var live = LiveMetric.of(t.metric());
		Double current = t.current();
		LocalDate at = t.currentAt();
		if (live.isPresent() && baseline != null) {
			current = Baselines.value(live.get(), baseline, t.unit());
			at = today();
		}
		return new TargetView(t.id(), t.cluster(), t.name(), t.metric(), t.value(), t.unit(), t.year(), t.baseline(),
				current, at, live.isPresent(), t.description(), TargetProgress.of(t.value(), t.baseline(), current));
	}

	@SuppressWarnings("unchecked")
	MeasureView measure(Item item) {
		MeasureRecord m = (MeasureRecord) item.record();
		Map<String, Object> extra = item.extra();
		LocalDate today = today();
		MeasureStatus status = m.status() == null ? MeasureStatus.PLANNED : m.status();
		boolean overdue = m.due() != null && m.due().isBefore(today) && status != MeasureStatus.DONE;
		return new MeasureView(m.id(), m.cluster(), m.name(), m.description(), m.owner(), m.due(), status,
				status.label(), list(m.links()), (List<String>) extra.getOrDefault("linkNames", List.of()),
				list(m.targets()), (List<String>) extra.getOrDefault("targetNames", List.of()), overdue,
				overdue ? ChronoUnit.DAYS.between(m.due(), today) : 0);
	}

	ProjectView project(Item item) {
		return Lifecycle.view((ProjectRecord) item.record(), item.extra(), today());
	}

	@SuppressWarnings("unchecked")
	static TeamView team(Item item) {
		TeamRecord t = (TeamRecord) item.record();
		return new TeamView(t.id(), t.cluster(), t.name(), t.leader(), t.institution(), t.field(), list(t.links()),
				(List<String>) item.extra().getOrDefault("linkNames", List.of()), t.description());
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : values;
	}
}
