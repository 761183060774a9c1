package org.chainchief.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.chainchief.support.CypherCatalog;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national-scale benchmark (issue #11). {@code bench/national.sh [10k|100k|1m]} runs it; see bench/README.md.
 * Generates the seeded graph, measures a raw batched-UNWIND import through the driver and the service's NDJSON
 * import over HTTP (each on a fresh embedded database in the service jar, {@code -Xmx1g}), then every answer warm,
 * three ways in the same run: the service over HTTP, its own Cypher through the driver (raw), and the statements of
 * before the change (oracle, bench/oracle). Writes bench/results/&lt;size&gt;.md and regenerates bench/RESULTS.md.
 */
public final class NationalBench {

	/** model: the {@code answer} label of the read-model meter when the service answers it from read models. */
	record Answer(String name, Callable<?> service, Callable<?> raw, Callable<?> oracle, String model) {

		Answer(String name, Callable<?> service, Callable<?> raw, Callable<?> oracle) {
			this(name, service, raw, oracle, null);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Path repo;

	private final Report report;

	private NationalBench(Path repo, Report report) {
		this.repo = repo;
		this.report = report;
	}

	public static void main(String[] args) throws Exception {
		String size = args.length > 0 ? args[0] : "10k";
		int n = NationalGraph.enterprises(size);
		Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
		String heap = System.getProperty("bench.heap", "1g");
		String pageCache = System.getProperty("bench.pageCache", n >= 1_000_000 ? "1g" : "512m");
		double budget = Double.parseDouble(System.getProperty("bench.budgetSeconds", "60"));
		double tput = Double.parseDouble(System.getProperty("bench.throughputSeconds", "10"));
		Report report = new Report(size, n, heap, pageCache);
		new NationalBench(repo, report).run(n, budget, tput);
		Path out = repo.resolve("bench/results/" + size + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.markdown());
		Report.writeIndex(repo.resolve("bench"));
		System.out.println(report.markdown());
	}

	private void run(int n, double budget, double tputSeconds) throws Exception {
		long t = System.nanoTime();
		NationalGraph g = new NationalGraph(42, 10, 2000, n);
		report.generated(g, (System.nanoTime() - t) / 1e9);
		Path work = Files.createTempDirectory("chain-chief-bench-");
		Path ndjson = work.resolve("national.ndjson");
		g.writeNdjson(ndjson);
		Path jar = repo.resolve("service/target/chain-chief.jar");
		List<Integer> batches = n >= 1_000_000 ? List.of(10_000) : List.of(2_000, 10_000, 50_000);
		// each batch size on a fresh database of its own, as the service's import below
		for (int batch : batches) {
			try (ServiceProcess a = ServiceProcess.start(jar, work.resolve("raw-db-" + batch), report.heap,
					report.pageCache, work.resolve("raw-" + batch + ".log"));
					Driver driver = GraphDatabase.driver(a.boltUri, AuthTokens.none())) {
				report.rawImport(batch, RawImport.run(driver, g, batch), g.records());
				System.out.println("raw import, batch " + batch + " done");
			}
			deleteQuietly(work.resolve("raw-db-" + batch));
		}
		try (ServiceProcess s = ServiceProcess.start(jar, work.resolve("db"), report.heap, report.pageCache,
				work.resolve("service.log")); Driver driver = GraphDatabase.driver(s.boltUri, AuthTokens.none())) {
			t = System.nanoTime();
			HttpResponse<String> imported = http.send(s.request("/import")
				.header("Content-Type", "application/x-ndjson")
				.timeout(Duration.ofHours(2))
				.POST(HttpRequest.BodyPublishers.ofFile(ndjson))
				.build(), HttpResponse.BodyHandlers.ofString());
			double seconds = (System.nanoTime() - t) / 1e9;
			JsonNode body = JSON.readTree(imported.body());
			if (imported.statusCode() != 200 || body.get("rejectedCount").asLong() != 0) {
				throw new IllegalStateException("Import failed: " + imported.statusCode() + " " + imported.body().substring(0, Math.min(2000, imported.body().length())));
			}
			report.httpImport(seconds, body.get("records").asLong());
			System.out.println("HTTP import done");
			for (Answer answer : answers(g, s, driver)) {
				if (answer.model() != null) {
					settle(s, answer);
				}
				double pausedBefore = s.sum(GC_PAUSES);
				Report.Row service = measure(answer.service(), budget, tputSeconds);
				double paused = s.sum(GC_PAUSES) - pausedBefore;
				report.answer(answer.name(), service, paused * 1000, measure(answer.raw(), budget, tputSeconds),
						measure(answer.oracle(), budget, tputSeconds));
				System.out.println(answer.name() + " done");
			}
			report.peakRss(s.peakRssMib());
			report.storeSize(work.resolve("db"));
		}
		finally {
			if (Boolean.getBoolean("bench.keepStore")) {
				// for profiling afterwards: the service's database as the answers were measured on it
				Files.deleteIfExists(ndjson);
				System.out.println("kept the service's database in " + work.resolve("db"));
			}
			else {
				deleteQuietly(work);
			}
		}
	}

	/**
	 * Asks until the service answers from its read models (they are read behind the first requests): the warm
	 * state, as for every other answer. Bounded at 5 minutes.
	 */
	private static void settle(ServiceProcess s, Answer answer) throws Exception {
		String label = "answer=\"" + answer.model() + "\"";
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			double before = s.sample("chain_chief_read_model_answers_total", label);
			answer.service().call();
			if (s.sample("chain_chief_read_model_answers_total", label) > before) {
				return;
			}
			Thread.sleep(1_000);
		}
		throw new IllegalStateException(answer.name() + ": no answer from the read models in 5 minutes");
	}

	/** The service's collector pauses (seconds, summed over collectors and causes), as Micrometer publishes them. */
	private static final String GC_PAUSES = "jvm_gc_pause_seconds_sum";

	/** Latency, then throughput only when a request is fast enough to make 16 clients meaningful. */
	private static Report.Row measure(Callable<?> request, double budget, double tputSeconds) {
		try {
			Timing.Latency latency = Timing.latency(request, 3, 50, budget);
			Timing.Throughput throughput = latency.p50() <= 2_000 ? Timing.throughput(request, 16, tputSeconds) : null;
			return new Report.Row(latency, throughput, null);
		}
		catch (Exception ex) {
			return new Report.Row(null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private List<Answer> answers(NationalGraph g, ServiceProcess s, Driver driver) throws IOException {
		CypherCatalog fast = new CypherCatalog();
		Map<String, String> oracle = new HashMap<>();
		try (var files = Files.walk(repo.resolve("bench/oracle"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
				String name = repo.resolve("bench/oracle").relativize(f).toString().replace(".cypher", "");
				oracle.put(name, CypherCatalog.stripComments(Files.readString(f)));
			}
		}
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
		String supplier = g.suppliersByRank[0];
		report.subjects(cluster, busiest, supplier, recruits.size());
		String whatIf = JSON.writeValueAsString(Map.of("recruit", List.copyOf(recruits), "remove", List.of()));
		String q = "晶圆";
		Map<String, Object> noFilter = new HashMap<>();
		for (String k : List.of("local", "region", "link", "tag", "cluster")) {
			noFilter.put(k, null);
		}
		Map<String, Object> search = new HashMap<>(noFilter);
		search.put("lucene", "\"" + q + "\"");
		search.put("lq", q);
		Map<String, Object> listing = new HashMap<>(noFilter);
		Map<String, Object> id = Map.of("id", cluster);
		Map<String, Object> idWeak = Map.of("id", cluster, "weakBelow", 2);
		Map<String, Object> scenario = Map.of("id", cluster, "recruit", List.copyOf(recruits), "remove", List.of());
		Map<String, Object> recruitLink = Map.of("id", cluster, "linkId", busiest);
		Map<String, Object> impact = Map.of("id", supplier, "weakBelow", 2);
		List<Answer> out = new ArrayList<>();
		out.add(new Answer("gap report (" + gapLinks.size() + " gaps)", get(s, "/clusters/" + cluster + "/gaps"),
				cypher(driver, fast.get("gap/report").text(), id), cypher(driver, oracle.get("gap/report"), id)));
		out.add(new Answer("recruits, busiest gap link, top 20", get(s, "/clusters/" + cluster + "/gaps/" + busiest + "/recruits?limit=20"),
				cypher(driver, fast.get("recruit/link").text(), RecruitFastParams.link(recruitLink)),
				cypher(driver, oracle.get("recruit/link"), recruitLink), "link"));
		out.add(new Answer("cluster recruitment list", get(s, "/clusters/" + cluster + "/recruits"),
				cypher(driver, fast.get("recruit/cluster").text(), RecruitFastParams.cluster(idWeak)),
				cypher(driver, oracle.get("recruit/cluster"), idWeak), "cluster"));
		// the mind map: the cluster's chain, its gap figures, its recruitment list and its plan (MindMapService)
		out.add(new Answer("mind map (JSON)", get(s, "/clusters/" + cluster + "/mindmap"),
				statements(driver, List.of(Map.entry(fast.get("mindmap/chain").text(), id),
						Map.entry(fast.get("gap/report").text(), id),
						Map.entry(fast.get("recruit/cluster").text(), RecruitFastParams.cluster(idWeak)),
						Map.entry(fast.get("mindmap/plan").text(), id))),
				statements(driver, List.of(Map.entry(oracle.get("mindmap/chain"), id),
						Map.entry(oracle.get("gap/report"), id), Map.entry(oracle.get("recruit/cluster"), idWeak),
						Map.entry(fast.get("mindmap/plan").text(), id))), "cluster"));
		out.add(new Answer("what-if, 10 recruits", post(s, "/clusters/" + cluster + "/what-if", whatIf),
				cypher(driver, fast.get("whatif/scenario").text(), scenario), cypher(driver, oracle.get("whatif/scenario"), scenario)));
		out.add(new Answer("impact of the biggest supplier", get(s, "/enterprises/" + supplier + "/impact"),
				cypher(driver, fast.get("impact/enterprise").text(), impact), cypher(driver, oracle.get("impact/enterprise"), impact)));
		out.add(new Answer("local matches, first page", get(s, "/clusters/" + cluster + "/matches"),
				cypher(driver, fast.get("matching/cluster").text(), MatchFastParams.of(id)), cypher(driver, oracle.get("matching/cluster"), id)));
		out.add(new Answer("enterprise listing, first page", get(s, "/enterprises?page=0&size=20"),
				listing(driver, fast.get("enterprise/list-all-count").text(), fast.get("enterprise/list-all").text(),
						fast.get("enterprise/page").text(), listing),
				twoStep(driver, oracle.get("enterprise/candidates"), oracle.get("enterprise/page"), listing)));
		out.add(new Answer("enterprise search q=" + q, get(s, "/enterprises?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
				ranked(driver, fast.get("enterprise/search-ranked-count").text(), fast.get("enterprise/search-ranked").text(),
						fast.get("enterprise/page").text(), search),
				twoStep(driver, oracle.get("enterprise/search"), oracle.get("enterprise/page"), search)));
		return out;
	}

	private Callable<?> get(ServiceProcess s, String path) {
		HttpRequest request = s.request(path).timeout(Duration.ofMinutes(10)).build();
		return () -> send(request);
	}

	private Callable<?> post(ServiceProcess s, String path, String json) {
		HttpRequest request = s.request(path)
			.timeout(Duration.ofMinutes(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return () -> send(request);
	}

	private byte[] send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": "
					+ new String(r.body(), 0, Math.min(500, r.body().length), StandardCharsets.UTF_8));
		}
		return r.body();
	}

	private static Callable<?> cypher(Driver driver, String query, Map<String, Object> params) {
		return () -> {
			try (var session = driver.session()) {
				return session.executeRead(tx -> tx.run(query, params).list());
			}
		};
	}

	/** Several statements in one read transaction, one after the other. */
	private static Callable<?> statements(Driver driver, List<Map.Entry<String, Map<String, Object>>> statements) {
		return () -> {
			try (var session = driver.session()) {
				return session.executeRead(tx -> statements.stream().map(st -> tx.run(st.getKey(), st.getValue()).list()).toList());
			}
		};
	}

	/** A listing as the service runs it: the total, the page's ids in name-key order, then their fields. */
	private static Callable<?> listing(Driver driver, String count, String list, String page, Map<String, Object> filters) {
		Map<String, Object> params = new HashMap<>(filters);
		params.put("skip", 0L);
		params.put("size", 20);
		return () -> {
			try (var session = driver.session()) {
				return session.executeRead(tx -> {
					long total = tx.run(count, filters).single().get("total").asLong();
					List<Object> ids = tx.run(list, params).list(r -> (Object) r.get("id").asString());
					return Map.entry(total, tx.run(page, Map.of("ids", ids)).list());
				});
			}
		};
	}

	/** A Chinese search as the service runs it: the total and the first page's ids ranked, then their fields. */
	private static Callable<?> ranked(Driver driver, String count, String ranked, String page, Map<String, Object> text) {
		Map<String, Object> params = new HashMap<>(text);
		params.put("skip", 0L);
		params.put("size", 20);
		return () -> {
			try (var session = driver.session()) {
				return session.executeRead(tx -> {
					long total = tx.run(count, params).single().get("total").asLong();
					Record r = tx.run(ranked, params).single();
					List<Object> ids = r.get("page").asList(v -> (Object) v.get("id").asString());
					return Map.entry(total, tx.run(page, Map.of("ids", ids)).list());
				});
			}
		};
	}

	/** A search as the service ran it before: every candidate, then the fields of a page of 20 (in the order returned). */
	private static Callable<?> twoStep(Driver driver, String candidates, String page, Map<String, Object> params) {
		return () -> {
			try (var session = driver.session()) {
				return session.executeRead(tx -> {
					Record r = tx.run(candidates, params).single();
					List<Object> ids = r.get("candidates").asList(v -> v.get("id").asString()).stream()
						.limit(20)
						.map(Object.class::cast)
						.toList();
					return tx.run(page, Map.of("ids", ids)).list();
				});
			}
		};
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not delete " + dir + ": " + ex);
		}
	}

	/** Parameters the fast-path statements take beside the oracle's (kept here so both stay in step). */
	public static final class RecruitFastParams {

		private RecruitFastParams() {
		}

		static Map<String, Object> link(Map<String, Object> base) {
			return withScoring(base);
		}

		static Map<String, Object> cluster(Map<String, Object> base) {
			return withScoring(base);
		}

		/** The recruit statements' weights, regions and limit: the defaults. */
		public static Map<String, Object> withScoring(Map<String, Object> base) {
			Map<String, Object> params = new LinkedHashMap<>(base);
			params.putAll(Map.of("wHead", 3.0, "wScale", 2.0, "wShare", 4.0, "wCustomers", 3.0, "wRegion", 2.0,
					"wTags", 1.0, "regions", List.of(), "limit", 20, "cap", 50L));
			return params;
		}
	}

	static final class MatchFastParams {

		private MatchFastParams() {
		}

		static Map<String, Object> of(Map<String, Object> base) {
			return new LinkedHashMap<>(base);
		}
	}
}
