package org.chainchief.recruit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The candidates of a cluster's gap links merged from their read models, at one graph version: each candidate once,
 * with the number of gaps it operates in and its largest share over them. {@link #top} ranks them for a request in
 * {@link ClusterRecruit#ORDER} (most gaps, then score as {@link ClusterRecruit#of} computes it, then enterprise id).
 * The figures that do not depend on the link (head, scale, customers, region, tags) are the same in every model of
 * one version, so each candidate's are taken from the first model it is in. Merged once per cluster and version
 * ({@link RecruitModels} keeps the table), ranked per request.
 */
final class GapCandidates implements CandidateStore.Model {

	/** The version of the models merged. */
	final String version;

	private final String[] ids;

	private final LinkCandidates[] models;

	private final int[] index;

	private final int[] gaps;

	private final double[] share;

	private GapCandidates(String version, int n) {
		this.version = version;
		this.ids = new String[n];
		this.models = new LinkCandidates[n];
		this.index = new int[n];
		this.gaps = new int[n];
		this.share = new double[n];
	}

	/** The gap links' models merged; every model of one version. */
	static GapCandidates merge(String version, List<LinkCandidates> gapModels) {
		Map<String, Integer> seen = new HashMap<>();
		List<LinkCandidates> firstModel = new ArrayList<>();
		List<Integer> firstIndex = new ArrayList<>();
		List<int[]> counts = new ArrayList<>();
		List<double[]> shares = new ArrayList<>();
		for (LinkCandidates m : gapModels) {
			for (int i = 0; i < m.size(); i++) {
				Integer at = seen.putIfAbsent(m.id(i), firstModel.size());
				if (at == null) {
					firstModel.add(m);
					firstIndex.add(i);
					counts.add(new int[] { 1 });
					shares.add(new double[] { m.share(i) });
				}
				else {
					counts.get(at)[0]++;
					shares.get(at)[0] = Math.max(shares.get(at)[0], m.share(i));
				}
			}
		}
		GapCandidates g = new GapCandidates(version, firstModel.size());
		for (int c = 0; c < g.ids.length; c++) {
			g.models[c] = firstModel.get(c);
			g.index[c] = firstIndex.get(c);
			g.ids[c] = g.models[c].id(g.index[c]);
			g.gaps[c] = counts.get(c)[0];
			g.share[c] = shares.get(c)[0];
		}
		return g;
	}

	/** Distinct candidates over the gaps. */
	@Override
	public String version() {
		return version;
	}

	@Override
	public int size() {
		return ids.length;
	}

	private record Ranked(int gaps, double score, String id, long customers) {
	}

	private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::gaps).reversed()
		.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
		.thenComparing(Ranked::id);

	/** The ids of the list's first {@code p.limit()} rows, best first, each with its local customers. */
	Map<String, Long> top(RecruitParameters p) {
		int k = Math.min(p.limit(), ids.length);
		PriorityQueue<Ranked> kept = new PriorityQueue<>(Math.max(k, 1), BEST_FIRST.reversed());
		for (int c = 0; c < ids.length; c++) {
			if (kept.size() == k && (k == 0 || gaps[c] < kept.peek().gaps())) {
				continue; // fewer gaps than the worst kept: ranks after it whatever its score
			}
			Ranked r = new Ranked(gaps[c], models[c].score(index[c], share[c], p), ids[c], models[c].customers(index[c]));
			if (kept.size() < k) {
				kept.add(r);
			}
			else if (BEST_FIRST.compare(r, kept.peek()) < 0) {
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
