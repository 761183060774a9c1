package org.chainchief.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic national-scale graph (same seed and sizes, same records): {@code clusters} clusters of
 * {@code links / clusters} links each (a few links shared with a second cluster), FEEDS 5–8 stages deep per cluster
 * with a few back edges (cycles) and cross-cluster edges, {@code enterprises} enterprises (1 % local), two
 * {@code operates} per enterprise with Zipf-skewed link popularity (the busiest link holds about 21.5 % of the
 * enterprises), and one {@code supplies} per enterprise with a Zipf-skewed supplier. Locals avoid the "gap" links
 * (the most popular link among them), so the busiest link is a gap with hundreds of thousands of outside candidates.
 * Shares are known for about one operates in ten.
 */
public final class NationalGraph {

	private static final String[] HEAD = "华 中 金 新 天 宏 盛 瑞 恒 远 东 海 嘉 荣 博 创 德 泰 丰 鑫 长 安 永 润 晨 星 光 明 正 信"
		.split(" ");

	private static final String[] TRADE = "晶圆 光电 材料 精密 电子 化学 半导体 装备 新能 智能 微电 芯片 特气 封测 软件".split(" ");

	private static final String[] SUFFIX = "科技 股份 集团 实业 制造 技术".split(" ");

	private static final String[] REGIONS = ("浙江省丽水市 浙江省杭州市 浙江省宁波市 上海市 江苏省苏州市 江苏省无锡市 广东省深圳市 "
			+ "广东省广州市 北京市 安徽省合肥市 湖北省武汉市 四川省成都市 山东省青岛市 福建省厦门市 陕西省西安市").split(" ");

	private static final String[] TAGS = { "专精特新", "专精特新小巨人", "高新技术企业", "上市", "瞪羚企业" };

	public final int clusterCount;

	public final int linkCount;

	public final int enterpriseCount;

	public final List<Map<String, Object>> clusters = new ArrayList<>();

	public final List<Map<String, Object>> links = new ArrayList<>();

	public final List<Map<String, Object>> feeds = new ArrayList<>();

	public final List<Map<String, Object>> enterprises = new ArrayList<>();

	public final List<Map<String, Object>> operates = new ArrayList<>();

	public final List<Map<String, Object>> supplies = new ArrayList<>();

	/** Link ids by popularity rank (0 = busiest). */
	public final String[] linksByPopularity;

	/** Enterprise ids by supplier rank (0 = the biggest supplier). */
	public final String[] suppliersByRank;

	private final boolean[] gapLink;

	public NationalGraph(long seed, int clusters, int links, int enterprises) {
		this(seed, clusters, links, enterprises, 100, 0.965, 1.0);
	}

	/** {@code localEvery}: about one enterprise in that many is local. */
	public NationalGraph(long seed, int clusterCount, int linkCount, int enterpriseCount, int localEvery,
			double linkSkew, double supplierSkew) {
		this.clusterCount = clusterCount;
		this.linkCount = linkCount;
		this.enterpriseCount = enterpriseCount;
		SplittableRandom rnd = new SplittableRandom(seed);
		int perCluster = Math.max(1, linkCount / clusterCount);
		for (int c = 0; c < clusterCount; c++) {
			Map<String, Object> cluster = new LinkedHashMap<>();
			cluster.put("kind", "cluster");
			cluster.put("id", clusterId(c));
			cluster.put("name", "集群" + c);
			cluster.put("chief", "链长" + c);
			this.clusters.add(cluster);
		}
		// links: cluster c holds links [c*perCluster, (c+1)*perCluster), in `depth` stages of FEEDS
		for (int i = 0; i < linkCount; i++) {
			int c = Math.min(i / perCluster, clusterCount - 1);
			List<String> member = new ArrayList<>(List.of(clusterId(c)));
			if (clusterCount > 1 && rnd.nextInt(20) == 0) {
				member.add(clusterId((c + 1 + rnd.nextInt(clusterCount - 1)) % clusterCount));
			}
			Map<String, Object> link = new LinkedHashMap<>();
			link.put("kind", "link");
			link.put("id", linkId(i));
			link.put("name", TRADE[i % TRADE.length] + "环节" + i);
			link.put("stage", "MIDSTREAM");
			link.put("clusters", member);
			link.put("parent", null);
			link.put("chokepoint", rnd.nextInt(50) == 0);
			links.add(link);
		}
		Set<String> feedKeys = new HashSet<>();
		for (int c = 0; c < clusterCount; c++) {
			int from = c * perCluster;
			int to = c == clusterCount - 1 ? linkCount : from + perCluster;
			int size = to - from;
			int depth = 5 + rnd.nextInt(4);
			for (int i = from; i < to; i++) {
				int level = (int) ((long) (i - from) * depth / size);
				links.get(i).put("stage", level * 3 < depth ? "UPSTREAM" : level * 3 < 2 * depth ? "MIDSTREAM" : "DOWNSTREAM");
			}
			for (int i = from; i < to; i++) {
				int level = (int) ((long) (i - from) * depth / size);
				if (level == depth - 1) {
					continue;
				}
				int nextStart = from + (int) Math.ceil((double) (level + 1) * size / depth);
				int nextEnd = from + (int) Math.ceil((double) (level + 2) * size / depth);
				int fan = 1 + rnd.nextInt(3);
				for (int k = 0; k < fan && nextEnd > nextStart; k++) {
					addFeed(feedKeys, i, nextStart + rnd.nextInt(nextEnd - nextStart));
				}
			}
			for (int k = 0; k < 3 && size > 2; k++) {
				// back edges: a few cycles per cluster
				addFeed(feedKeys, to - 1 - rnd.nextInt(Math.max(1, size / depth)), from + rnd.nextInt(Math.max(1, size / depth)));
			}
			if (clusterCount > 1) {
				addFeed(feedKeys, from + rnd.nextInt(size), rnd.nextInt(linkCount));
			}
		}
		// popularity: a seeded permutation of the links; the busiest is a gap, and so is about a sixth of the rest
		int[] order = permutation(linkCount, rnd);
		linksByPopularity = new String[linkCount];
		gapLink = new boolean[linkCount];
		for (int r = 0; r < linkCount; r++) {
			linksByPopularity[r] = linkId(order[r]);
			gapLink[order[r]] = r == 0 || r == 2 || rnd.nextInt(6) == 0;
		}
		double[] linkCdf = zipfCdf(linkCount, linkSkew);
		int[] nonGap = java.util.stream.IntStream.range(0, linkCount).filter(i -> !gapLink[i]).toArray();
		boolean[] local = new boolean[enterpriseCount];
		List<int[]> operated = new ArrayList<>(enterpriseCount);
		for (int e = 0; e < enterpriseCount; e++) {
			local[e] = rnd.nextInt(localEvery) == 0;
			Map<String, Object> ent = new LinkedHashMap<>();
			ent.put("kind", "enterprise");
			ent.put("id", enterpriseId(e));
			ent.put("name", HEAD[rnd.nextInt(HEAD.length)] + HEAD[rnd.nextInt(HEAD.length)] + TRADE[rnd.nextInt(TRADE.length)]
					+ SUFFIX[rnd.nextInt(SUFFIX.length)] + e % 1000);
			ent.put("local", local[e]);
			ent.put("region", local[e] ? REGIONS[0] : REGIONS[rnd.nextInt(REGIONS.length)]);
			ent.put("country", rnd.nextInt(20) == 0 ? "JPN" : "CHN");
			int revenueKind = rnd.nextInt(4);
			ent.put("revenue", revenueKind == 0 ? null : (double) Math.round(Math.exp(4 + rnd.nextDouble() * 9)));
			ent.put("aboveScale", revenueKind == 0 && rnd.nextBoolean() ? Boolean.TRUE : null);
			ent.put("head", rnd.nextInt(50) == 0);
			ent.put("listed", rnd.nextInt(20) == 0);
			List<String> tags = new ArrayList<>();
			if (rnd.nextInt(8) == 0) {
				tags.add(TAGS[rnd.nextInt(TAGS.length)]);
			}
			ent.put("tags", tags);
			enterprises.add(ent);
			int a;
			int b;
			if (local[e] && nonGap.length > 1) {
				a = nonGap[rnd.nextInt(nonGap.length)];
				do {
					b = rnd.nextInt(20) == 0 ? rnd.nextInt(linkCount) : nonGap[rnd.nextInt(nonGap.length)];
				}
				while (b == a);
			}
			else {
				a = order[sample(linkCdf, rnd)];
				do {
					b = order[sample(linkCdf, rnd)];
				}
				while (b == a && linkCount > 1);
			}
			operated.add(new int[] { a, b });
			for (int l : new int[] { a, b }) {
				Map<String, Object> op = new LinkedHashMap<>();
				op.put("kind", "operates");
				op.put("enterprise", enterpriseId(e));
				op.put("link", linkId(l));
				op.put("share", rnd.nextInt(10) == 0 ? Math.round(rnd.nextDouble() * 0.6 * 1e4) / 1e4 : null);
				operates.add(op);
			}
		}
		int[] supplierOrder = permutation(enterpriseCount, rnd);
		suppliersByRank = new String[Math.min(enterpriseCount, 100)];
		for (int r = 0; r < suppliersByRank.length; r++) {
			suppliersByRank[r] = enterpriseId(supplierOrder[r]);
		}
		double[] supplierCdf = zipfCdf(enterpriseCount, supplierSkew);
		Set<String> supplyKeys = new HashSet<>();
		for (int k = 0; k < enterpriseCount && enterpriseCount > 1; k++) {
			int s = supplierOrder[sample(supplierCdf, rnd)];
			int buyer = rnd.nextInt(enterpriseCount);
			if (buyer == s) {
				continue;
			}
			int[] ls = operated.get(s);
			String link = linkId(ls[rnd.nextInt(2)]);
			if (supplyKeys.add(s + "/" + buyer + "/" + link)) {
				Map<String, Object> sup = new LinkedHashMap<>();
				sup.put("kind", "supplies");
				sup.put("supplier", enterpriseId(s));
				sup.put("buyer", enterpriseId(buyer));
				sup.put("link", link);
				supplies.add(sup);
			}
		}
	}

	/** The number of enterprises a benchmark size names: 10k, 100k, 1m, or a number. */
	public static int enterprises(String size) {
		return switch (size) {
			case "10k" -> 10_000;
			case "100k" -> 100_000;
			case "1m" -> 1_000_000;
			default -> Integer.parseInt(size);
		};
	}

	public static String clusterId(int c) {
		return "C" + c;
	}

	public static String linkId(int l) {
		return String.format("L%04d", l);
	}

	public static String enterpriseId(int e) {
		return String.format("E%07d", e);
	}

	public boolean isGap(String linkId) {
		return gapLink[Integer.parseInt(linkId.substring(1))];
	}

	public long records() {
		return (long) clusters.size() + links.size() + feeds.size() + enterprises.size() + operates.size() + supplies.size();
	}

	/** Every record in import order, as NDJSON lines (kind first). */
	public void writeNdjson(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (List<Map<String, Object>> kind : List.of(clusters, links, feeds, enterprises, operates, supplies)) {
				for (Map<String, Object> record : kind) {
					out.write(json.writeValueAsString(record));
					out.write('\n');
				}
			}
		}
	}

	private void addFeed(Set<String> keys, int from, int to) {
		if (from != to && keys.add(from + ">" + to)) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("kind", "feeds");
			f.put("from", linkId(from));
			f.put("to", linkId(to));
			feeds.add(f);
		}
	}

	private static int[] permutation(int n, SplittableRandom rnd) {
		int[] p = new int[n];
		Arrays.setAll(p, i -> i);
		for (int i = n - 1; i > 0; i--) {
			int j = rnd.nextInt(i + 1);
			int t = p[i];
			p[i] = p[j];
			p[j] = t;
		}
		return p;
	}

	private static double[] zipfCdf(int n, double s) {
		double[] cdf = new double[n];
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += 1 / Math.pow(k + 1, s);
			cdf[k] = sum;
		}
		for (int k = 0; k < n; k++) {
			cdf[k] /= sum;
		}
		return cdf;
	}

	private static int sample(double[] cdf, SplittableRandom rnd) {
		int i = Arrays.binarySearch(cdf, rnd.nextDouble());
		return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
	}
}
