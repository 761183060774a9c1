package org.chainchief.mindmap;

import org.chainchief.gap.GapService;
import org.chainchief.recruit.RecruitService;
import org.chainchief.support.ApiProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A cluster's mind map as one tree: the chain and its local enterprises from the graph, statuses, chokepoints and
 * scores from the gap report, recruits from the recruitment list, targets, measures, projects and teams from the
 * {@link PlanSource}.
 */
@Service
public final class MindMapService {

	private final MindMapRepository repository;

	private final GapService gaps;

	private final RecruitService recruits;

	private final PlanSource plans;

	MindMapService(MindMapRepository repository, GapService gaps, RecruitService recruits, PlanSource plans) {
		this.repository = repository;
		this.gaps = gaps;
		this.recruits = recruits;
		this.plans = plans;
	}

	/** The tree of the cluster; a 404 problem when it is unknown, a 400 problem for options out of range. */
	public Mono<MindNode> tree(String clusterId, MindMapOptions options) {
		MindMapOptions o = options.validated();
		return repository.chain(clusterId)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			.flatMap(chain -> Mono
				.zip(gaps.report(clusterId, o.weakBelow()).defaultIfEmpty(java.util.List.of()),
						recruits.forCluster(clusterId, o.weakBelow(), o.recruits()), plans.plan(clusterId))
				.map(t -> MindTree.build(chain, t.getT1(), t.getT2(), t.getT3(), o)));
	}
}
