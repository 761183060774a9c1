package org.chainchief.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first load of the national graph with {@code bulk-load} (bench/bulk-load.sh): the seeded graph of
 * {@link NationalBench} written as NDJSON, loaded by the service jar's bulk load into a new data folder (wall time,
 * its phases, peak resident memory), then the service started on that folder until it is ready (its migrations build
 * the indexes), and checked: every enterprise listed, a gap report answered. Writes {@code bench/BULK.md}.
 */
public final class BulkLoadBench {

	private static final Pattern PHASE = Pattern.compile("bulk-load: ([^\\n]*?),? in ([\\d,]+) ms");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		String size = args.length > 0 ? args[0] : "10k";
		int n = NationalGraph.enterprises(size);
		Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
		String loadHeap = System.getProperty("bench.loadHeap", "4g");
		String heap = System.getProperty("bench.heap", "1g");
		String pageCache = System.getProperty("bench.pageCache", n >= 1_000_000 ? "1g" : "512m");
		Path jar = repo.resolve("service/target/chain-chief.jar");
		Path work = Files.createTempDirectory("chain-chief-bulk-bench-");

		NationalGraph g = new NationalGraph(42, 10, 2000, n);
		Path ndjson = work.resolve("national.ndjson");
		g.writeNdjson(ndjson);
		long records = g.records();
		System.out.printf("generated %,d records (%,d MiB)%n", records, Files.size(ndjson) >> 20);

		Path data = work.resolve("data");
		Path log = work.resolve("bulk-load.log");
		Path reportFile = work.resolve("report.json");
		List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + loadHeap, "-jar",
				jar.toString(), "bulk-load", "--data=" + data, ndjson.toString()));
		long started = System.nanoTime();
		Process load = new ProcessBuilder(cmd).redirectOutput(reportFile.toFile()).redirectError(log.toFile()).start();
		if (!load.waitFor(2, java.util.concurrent.TimeUnit.HOURS) || load.exitValue() != 0) {
			throw new IllegalStateException("bulk-load failed; see " + log);
		}
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		String loadLog = Files.readString(log);
		JsonNode report = JSON.readTree(Files.readString(reportFile));
		if (report.get("rejectedCount").asLong() != 0 || report.get("records").asLong() != records) {
			throw new IllegalStateException("unexpected report: " + report);
		}
		long rssKib = match(loadLog, "Maximum resident set size \\(kbytes\\): (\\d+)");
		System.out.printf("bulk-load: %.1f s, peak RSS %,d MiB%n", loadSeconds, rssKib / 1024);

		started = System.nanoTime();
		StringBuilder checks = new StringBuilder();
		double startSeconds;
		try (ServiceProcess s = ServiceProcess.start(jar, data, heap, pageCache, work.resolve("service.log"))) {
			startSeconds = (System.nanoTime() - started) / 1e9;
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> listing = http.send(s.request("/enterprises?size=1").timeout(Duration.ofMinutes(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			long total = JSON.readTree(listing.body()).get("total").asLong();
			if (total != g.enterpriseCount) {
				throw new IllegalStateException("listed " + total + " enterprises of " + g.enterpriseCount);
			}
			HttpResponse<String> gaps = http.send(s.request("/clusters/" + NationalGraph.clusterId(0) + "/gaps")
				.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
			if (gaps.statusCode() != 200) {
				throw new IllegalStateException("gap report " + gaps.statusCode() + ": " + gaps.body());
			}
			checks.append(String.format("every one of the %,d enterprises listed; the gap report of %s answered (%,d links)",
					total, NationalGraph.clusterId(0), JSON.readTree(gaps.body()).size()));
		}

		StringBuilder md = new StringBuilder();
		md.append("# Bulk load: ").append(size).append(" enterprises\n\n");
		md.append("Written by `bench/bulk-load.sh ").append(size).append("` on ").append(java.time.LocalDate.now())
			.append(": ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
			.append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
			.append("; bulk load `-Xmx").append(loadHeap).append("`, then the service `-Xmx").append(heap)
			.append("`, page cache ").append(pageCache).append(".\n\n");
		md.append(String.format("The seeded graph of the national benchmark: %,d records (%,d MiB of NDJSON).%n%n",
				records, Files.size(ndjson) >> 20));
		md.append("| step | time | records/s |\n| --- | --- | --- |\n");
		Matcher m = PHASE.matcher(loadLog);
		while (m.find()) {
			if (!m.group(1).contains("records (")) {
				md.append("| bulk load: ").append(m.group(1).replace("|", "/")).append(" (since its start) | ")
					.append(m.group(2)).append(" ms | |\n");
			}
		}
		md.append(String.format("| **bulk load, end to end** (judge, CSV, Neo4j's importer, empty lists) | %.1f s | **%,.0f** |%n",
				loadSeconds, records / loadSeconds));
		md.append(String.format("| first start of the service on the folder, until ready (migrations build the indexes) | %.1f s | |%n",
				startSeconds));
		md.append(String.format("| **file to a ready service** | %.1f s | **%,.0f** |%n%n", loadSeconds + startSeconds,
				records / (loadSeconds + startSeconds)));
		md.append(String.format("Peak resident memory of the bulk load: %,d MiB. Checked on the started service: %s.%n",
				rssKib / 1024, checks));
		Path out = repo.resolve("bench/results/bulk-" + size + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md.toString());
		System.out.println(md);
		if (Boolean.getBoolean("bench.keep")) {
			System.out.println("kept " + work);
		}
		else {
			deleteQuietly(work);
		}
	}

	private static long match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (java.io.IOException ignored) {
			// a temporary folder
		}
	}
}
