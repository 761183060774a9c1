package org.chainchief.recruit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The recruitment list ranked from the read models of a cluster's gap links: each candidate once, with the number
 * of gaps it operates in and its largest share over them, in {@link ClusterRecruit#ORDER} (most gaps, then score
 * as {@link ClusterRecruit#of} computes it, then enterprise id). The figures that do not depend on the link (head,
 * scale, customers, region, tags) are the same in every model of one version.
 */
final class GapCandidates {

	private GapCandidates() {
	}

	/** A candidate over the gaps: where its figures are, how many gaps, its largest share. */
	private static final class Over {

		final LinkCandidates model;

		final int index;

		int gaps = 1;

		double share;

		Over(LinkCandidates model, int index) {
			this.model = model;
			this.index = index;
			this.share = model.share(index);
		}
	}

	private record Ranked(int gaps, double score, String id, long customers) {
	}

	private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::gaps).reversed()
		.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
		.thenComparing(Ranked::id);

	/** The ids of the list's first {@code p.limit()} rows, best first, each with its local customers. */
	static Map<String, Long> top(List<LinkCandidates> gaps, RecruitParameters p) {
		Map<String, Over> candidates = new HashMap<>();
		for (LinkCandidates m : gaps) {
			for (int i = 0; i < m.size(); i++) {
				Over seen = candidates.putIfAbsent(m.id(i), new Over(m, i));
				if (seen != null) {
					seen.gaps++;
					seen.share = Math.max(seen.share, m.share(i));
				}
			}
		}
		int k = Math.min(p.limit(), candidates.size());
		PriorityQueue<Ranked> kept = new PriorityQueue<>(Math.max(k, 1), BEST_FIRST.reversed());
		for (Map.Entry<String, Over> e : candidates.entrySet()) {
			Over c = e.getValue();
			Ranked r = new Ranked(c.gaps, c.model.score(c.index, c.share, p), e.getKey(), c.model.customers(c.index));
			if (kept.size() < k) {
				kept.add(r);
			}
			else if (k > 0 && BEST_FIRST.compare(r, kept.peek()) < 0) {
				kept.poll();
				kept.add(r);
			}
		}
		List<Ranked> best = new ArrayList<>(kept);
		best.sort(BEST_FIRST);
		Map<String, Long> top = new LinkedHashMap<>();
		best.forEach(r -> top.put(r.id(), r.customers()));
		return top;
	}
}
