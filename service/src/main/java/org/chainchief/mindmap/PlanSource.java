package org.chainchief.mindmap;

import reactor.core.publisher.Mono;

/**
 * Where the mind map reads a cluster's targets, measures, projects and teams. Today {@link GraphPlanSource} reads
 * the properties the graph holds; a source with live target progress, measure status and project lifecycle can
 * replace it without touching the tree or its renderings.
 */
public interface PlanSource {

	/** The plan of the cluster; empty lists when it has none (the cluster is known to exist). */
	Mono<Plan> plan(String clusterId);
}
