package org.chainchief.recruit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.chainchief.gap.Factor;

/**
 * The read model of one link's recruit candidates at one graph version: the outside enterprises operating in it,
 * each with the values of the factors of its score that do not depend on the request (head, scale, share,
 * customers, tags; its region for the request's preferred regions). {@link #top} ranks them for a request exactly
 * as the service ranks the candidates it reads ({@link Recruit#of}, {@link RecruitController#ORDER}): each
 * contribution and the sum rounded as {@link Factor} rounds them, in the same order, so the scores are the same
 * doubles; ties by enterprise id.
 */
final class LinkCandidates implements CandidateStore.Model {

	/** The graph version the figures were read at ({@code version/current}). */
	final String version;

	private final String[] ids;

	private final String[] regions;

	private final double[] head;

	private final double[] scale;

	private final double[] share;

	private final double[] customers;

	/** The local enterprises each candidate supplies (its answer's {@code customers}), exact at {@link #version}. */
	private final long[] customerCount;

	private final double[] tags;

	private LinkCandidates(String version, int n) {
		this.version = version;
		this.ids = new String[n];
		this.regions = new String[n];
		this.head = new double[n];
		this.scale = new double[n];
		this.share = new double[n];
		this.customers = new double[n];
		this.customerCount = new long[n];
		this.tags = new double[n];
	}

	/** The model of the candidates as the recruit statements read them; regions are shared between candidates. */
	static LinkCandidates of(String version, List<Candidate> candidates) {
		LinkCandidates m = new LinkCandidates(version, candidates.size());
		Map<String, String> regions = new HashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			m.ids[i] = c.id();
			m.regions[i] = c.region() == null ? null : regions.computeIfAbsent(c.region(), r -> r);
			m.head[i] = c.head() ? 1 : 0;
			m.scale[i] = RecruitScoring.scale(c);
			m.share[i] = c.share() == null ? 0 : c.share();
			m.customers[i] = Factor.log2p1(c.customers());
			m.customerCount[i] = c.customers();
			m.tags[i] = RecruitScoring.recognisedTags(c).size();
		}
		return m;
	}

	@Override
	public String version() {
		return version;
	}

	@Override
	public int size() {
		return ids.length;
	}

	String id(int i) {
		return ids[i];
	}

	/** The local enterprises the candidate supplies, at the model's version. */
	long customers(int i) {
		return customerCount[i];
	}

	/** The candidate's share in the link, 0 when unknown (as the score counts it). */
	double share(int i) {
		return share[i];
	}

	/** One candidate's score for the request: the same double as {@code Factor.score(RecruitScoring.factors(…))}. */
	double score(int i, RecruitParameters p) {
		return score(i, share[i], p);
	}

	/** The score with another share (the cluster list's: the largest over the candidate's gaps). */
	double score(int i, double share, RecruitParameters p) {
		double sum = 0;
		sum += Factor.round(p.wHead() * head[i]);
		sum += Factor.round(p.wScale() * scale[i]);
		sum += Factor.round(p.wShare() * share);
		sum += Factor.round(p.wCustomers() * customers[i]);
		sum += Factor.round(p.wRegion() * (preferred(regions[i], p.regions()) ? 1 : 0));
		sum += Factor.round(p.wTags() * tags[i]);
		return Factor.round(sum);
	}

	/** {@link RecruitScoring#preferred} without a stream per candidate. */
	private static boolean preferred(String region, List<String> regions) {
		if (region != null) {
			for (String r : regions) {
				if (region.startsWith(r)) {
					return true;
				}
			}
		}
		return false;
	}

	private record Ranked(double score, String id, int index) {
	}

	/** Best first: highest score, then enterprise id. */
	private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
		.thenComparing(Ranked::id);

	private static boolean better(double score, String id, Ranked than) {
		return score > than.score() || score == than.score() && id.compareTo(than.id()) < 0;
	}

	/**
	 * The request's first {@code limit} candidates, best first (a bounded top-k over every candidate): their ids, each
	 * with its local customers at the model's version (so the details need not count them again).
	 */
	Map<String, Long> top(RecruitParameters p) {
		int k = Math.min(p.limit(), ids.length);
		PriorityQueue<Ranked> kept = new PriorityQueue<>(Math.max(k, 1), BEST_FIRST.reversed());
		for (int i = 0; i < ids.length; i++) {
			double score = score(i, p);
			if (kept.size() < k) {
				kept.add(new Ranked(score, ids[i], i));
			}
			else if (k > 0 && better(score, ids[i], kept.peek())) {
				kept.poll();
				kept.add(new Ranked(score, ids[i], i));
			}
		}
		List<Ranked> best = new ArrayList<>(kept);
		best.sort(BEST_FIRST);
		Map<String, Long> top = new LinkedHashMap<>();
		best.forEach(r -> top.put(r.id(), customerCount[r.index()]));
		return Collections.unmodifiableMap(top);
	}
}
