package org.chainchief.plan;

import java.util.List;
import java.util.Map;

import org.chainchief.gap.Gap;
import org.chainchief.gap.GapReports;
import org.chainchief.gap.Status;
import org.chainchief.model.LiveMetric;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A cluster's baseline (底数) and the live values of target metrics. Link counts come from the gap report (the
 * one definition of MISSING / WEAK / STRONG and of a chokepoint); enterprise figures from one read.
 */
@Service
public final class Baselines {

	private final GapReports gaps;

	private final Graph graph;

	private final Query query;

	Baselines(GapReports gaps, Graph graph, CypherCatalog cypher) {
		this.gaps = gaps;
		this.graph = graph;
		this.query = cypher.get("plan/baseline");
	}

	/** The baseline of a cluster; a 404 problem when the cluster is unknown. */
	public Mono<Baseline> of(String clusterId) {
		return gaps.report(clusterId).flatMap(report -> graph.read(query, Map.of("cluster", clusterId), r -> {
			long links = report.size();
			long missing = count(report, Status.MISSING);
			long weak = count(report, Status.WEAK);
			return new Baseline(clusterId, r.get("name").asString(null), links,
					links == 0 ? null : (double) (links - missing) / links, missing, weak,
					count(report, Status.STRONG), report.stream().filter(Gap::chokepoint).count(),
					report.stream().filter(g -> g.chokepoint() && g.localCount() > 0).count(),
					r.get("localEnterprises").asLong(), r.get("aboveScaleEnterprises").asLong(),
					r.get("headEnterprises").asLong(), r.get("localRevenue").asDouble());
		}).singleOrEmpty().switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId))));
	}

	/**
	 * The current value of a live metric: completeness as a fraction (in percent when {@code unit} is %),
	 * localRevenue in 万元 (in 亿元 when {@code unit} is 亿元), the others as counts.
	 */
	public static Double value(LiveMetric metric, Baseline b, String unit) {
		String u = unit == null ? "" : unit.strip();
		return switch (metric) {
			case COMPLETENESS -> b.completeness() == null ? null
					: "%".equals(u) || "％".equals(u) ? Math.round(b.completeness() * 1e8) / 1e6 : b.completeness();
			case LOCAL_ENTERPRISES -> (double) b.localEnterprises();
			case ABOVE_SCALE_ENTERPRISES -> (double) b.aboveScaleEnterprises();
			case MISSING_LINKS -> (double) b.missing();
			case WEAK_LINKS -> (double) b.weak();
			case CHOKEPOINTS_COVERED -> (double) b.chokepointsCovered();
			case LOCAL_REVENUE -> "亿元".equals(u) ? b.localRevenue() / 10_000 : b.localRevenue();
		};
	}

	private static long count(List<Gap> report, Status status) {
		return report.stream().filter(g -> g.status() == status).count();
	}
}
