package org.chainchief.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainchief.support.CypherCatalog;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * {@code bench/profile.sh [10k|100k] [statement…]}: the analyses' statements (cypher/queries, read from the working
 * tree, so an edit needs no rebuild) beside the oracle's (bench/oracle) on the benchmark's generated graph, through
 * the driver: database hits from {@code PROFILE} and the median of a few warm runs. The database folder is kept
 * (bench/.profile-&lt;size&gt;, ignored by git) so a second run skips the import. {@code -Dprofile.plan=true} prints
 * the plans.
 */
public final class NationalProfile {

	private NationalProfile() {
	}

	public static void main(String[] args) throws Exception {
		String size = args.length > 0 ? args[0] : "10k";
		int n = NationalGraph.enterprises(size);
		Set<String> only = new LinkedHashSet<>(List.of(args).subList(Math.min(1, args.length), args.length));
		Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
		boolean plans = Boolean.getBoolean("profile.plan");
		NationalGraph g = new NationalGraph(42, 10, 2000, n);
		Path db = repo.resolve("bench/.profile-" + size);
		boolean fresh = !Files.exists(db.resolve("loaded"));
		Files.createDirectories(db);
		try (ServiceProcess s = ServiceProcess.start(repo.resolve("service/target/chain-chief.jar"), db.resolve("data"),
				"1g", "512m", db.resolve("service.log")); Driver driver = GraphDatabase.driver(s.boltUri, AuthTokens.none())) {
			if (fresh) {
				System.out.printf("raw import: %.1f s%n", RawImport.run(driver, g, 50_000));
				Files.writeString(db.resolve("loaded"), "yes");
			}
			for (Map.Entry<String, Map<String, Object>> e : statements(g).entrySet()) {
				if (!only.isEmpty() && !only.contains(e.getKey())) {
					continue;
				}
				Map<String, String> query = new LinkedHashMap<>();
				Map<String, Map<String, Object>> params = new LinkedHashMap<>();
				Map<String, List<Double>> ms = new LinkedHashMap<>();
				for (String variant : List.of("fast", "oracle")) {
					Path file = repo.resolve(variant.equals("fast") ? "cypher/queries" : "bench/oracle")
						.resolve(e.getKey() + ".cypher");
					query.put(variant, CypherCatalog.stripComments(Files.readString(file)));
					params.put(variant, variant.equals("fast") ? e.getValue() : withoutScoring(e.getValue()));
					ms.put(variant, new ArrayList<>());
					run(driver, query.get(variant), params.get(variant));
				}
				// alternated, so that both see the same load of the shared machine
				for (int i = 0; i < RUNS; i++) {
					for (String variant : query.keySet()) {
						long t = System.nanoTime();
						run(driver, query.get(variant), params.get(variant));
						ms.get(variant).add((System.nanoTime() - t) / 1e6);
					}
				}
				for (String variant : query.keySet()) {
					ProfiledPlan plan;
					try (var session = driver.session()) {
						plan = session.run("PROFILE " + query.get(variant), params.get(variant)).consume().profile();
					}
					System.out.printf("%-20s %-6s median %8.1f ms  db hits %,12d%n", e.getKey(), variant,
							median(ms.get(variant)), hits(plan));
					if (plans) {
						print(plan, "  ");
					}
				}
				System.out.printf("%-20s oracle ÷ fast median %.2f%n", e.getKey(),
						median(ms.get("oracle")) / median(ms.get("fast")));
			}
		}
	}

	private static final int RUNS = Integer.getInteger("profile.runs", 11);

	private static double median(List<Double> xs) {
		List<Double> sorted = new ArrayList<>(xs);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static void run(Driver driver, String query, Map<String, Object> params) {
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run(query, params).list());
		}
	}

	private static long hits(ProfiledPlan p) {
		long sum = p.dbHits();
		for (ProfiledPlan c : p.children()) {
			sum += hits(c);
		}
		return sum;
	}

	private static void print(ProfiledPlan p, String indent) {
		System.out.printf("%s%s rows=%d hits=%d time=%.1fms %s%n", indent, p.operatorType(), p.records(), p.dbHits(),
				p.time() / 1e6,
				p.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString().replace('\n', ' '));
		for (ProfiledPlan c : p.children()) {
			print(c, indent + "  ");
		}
	}

	private static Map<String, Object> withoutScoring(Map<String, Object> params) {
		Map<String, Object> out = new HashMap<>(params);
		for (String k : List.of("wHead", "wScale", "wShare", "wCustomers", "wRegion", "wTags", "regions", "limit", "cap")) {
			out.remove(k);
		}
		return out;
	}

	/** The benchmark's subjects (see NationalBench#answers): the busiest link's cluster, that link, the biggest supplier. */
	private static Map<String, Map<String, Object>> statements(NationalGraph g) {
		String busiest = g.linksByPopularity[0];
		String cluster = g.links.stream()
			.filter(l -> l.get("id").equals(busiest))
			.map(l -> ((List<?>) l.get("clusters")).get(0).toString())
			.findFirst()
			.orElseThrow();
		Set<String> gapLinks = new LinkedHashSet<>();
		for (Map<String, Object> l : g.links) {
			if (((List<?>) l.get("clusters")).contains(cluster) && g.isGap((String) l.get("id"))) {
				gapLinks.add((String) l.get("id"));
			}
		}
		Map<String, Boolean> local = new HashMap<>();
		g.enterprises.forEach(e -> local.put((String) e.get("id"), (Boolean) e.get("local")));
		Set<String> recruits = new LinkedHashSet<>();
		for (Map<String, Object> o : g.operates) {
			if (recruits.size() < 10 && gapLinks.contains(o.get("link")) && !local.get(o.get("enterprise"))) {
				recruits.add((String) o.get("enterprise"));
			}
		}
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		out.put("gap/report", Map.of("id", cluster));
		out.put("recruit/link", NationalBench.RecruitFastParams.link(Map.of("id", cluster, "linkId", busiest)));
		out.put("recruit/cluster", NationalBench.RecruitFastParams.cluster(Map.of("id", cluster, "weakBelow", 2)));
		out.put("whatif/scenario", Map.of("id", cluster, "recruit", List.copyOf(recruits), "remove", List.of()));
		out.put("impact/enterprise", Map.of("id", g.suppliersByRank[0], "weakBelow", 2));
		out.put("matching/cluster", NationalBench.MatchFastParams.of(Map.of("id", cluster)));
		return out;
	}
}
