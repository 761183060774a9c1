package org.chainchief.mindmap;

import org.chainchief.plan.MeasureView;
import org.chainchief.plan.Plans;
import org.chainchief.plan.TargetView;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The plan with live figures: targets with their current value (computed from the graph for a live metric) and
 * progress, measures with status, owner, due date and the overdue mark, from {@link Plans}; projects and teams as
 * the graph holds them ({@link GraphPlanSource}).
 */
@Component
@Primary
final class LivePlanSource implements PlanSource {

	private final Plans plans;

	private final GraphPlanSource recorded;

	LivePlanSource(Plans plans, GraphPlanSource recorded) {
		this.plans = plans;
		this.recorded = recorded;
	}

	@Override
	public Mono<Plan> plan(String clusterId) {
		return Mono.zip(plans.targets(clusterId).map(LivePlanSource::target).collectList(),
				plans.measures(clusterId).map(LivePlanSource::measure).collectList(), recorded.plan(clusterId))
			.map(all -> new Plan(all.getT1(), all.getT2(), all.getT3().projects(), all.getT3().teams()));
	}

	private static Plan.Target target(TargetView v) {
		return new Plan.Target(v.id(), v.name(), v.metric(), v.value(), v.unit(), v.year(), v.description(), v.current(),
				v.progress() == null ? null : v.progress().progress());
	}

	private static Plan.Measure measure(MeasureView v) {
		return new Plan.Measure(v.id(), v.name(), v.description(), v.status() == null ? null : v.status().name(),
				v.owner(), v.due(), v.overdue());
	}
}
