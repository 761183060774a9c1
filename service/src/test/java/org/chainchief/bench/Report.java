package org.chainchief.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The figures of one benchmark run, as Markdown. */
final class Report {

	record Row(Timing.Latency latency, Timing.Throughput throughput, String error) {
	}

	private final String size;

	private final int enterprises;

	final String heap;

	final String pageCache;

	private final StringBuilder head = new StringBuilder();

	private final List<String> imports = new ArrayList<>();

	private final List<String> answers = new ArrayList<>();

	private double bestRaw;

	private double http;

	Report(String size, int enterprises, String heap, String pageCache) {
		this.size = size;
		this.enterprises = enterprises;
		this.heap = heap;
		this.pageCache = pageCache;
	}

	void generated(NationalGraph g, double seconds) {
		long busiest = g.operates.stream().filter(o -> o.get("link").equals(g.linksByPopularity[0])).count();
		long locals = g.enterprises.stream().filter(e -> Boolean.TRUE.equals(e.get("local"))).count();
		head.append(String.format("- graph (seed 42, generated in %.1f s): %d clusters, %,d links, %,d feeds, %,d enterprises "
				+ "(%,d local), %,d operates, %,d supplies; %,d records; the busiest link %s has %,d enterprises (%.1f %%)%n",
				seconds, g.clusters.size(), g.links.size(), g.feeds.size(), g.enterprises.size(), locals,
				g.operates.size(), g.supplies.size(), g.records(), g.linksByPopularity[0], busiest,
				100.0 * busiest / g.enterprises.size()));
	}

	void subjects(String cluster, String link, String supplier, int recruits) {
		head.append(String.format("- subjects: cluster %s, busiest gap link %s, biggest supplier %s, what-if with %d recruits%n",
				cluster, link, supplier, recruits));
	}

	void rawImport(int batch, double seconds, long records) {
		double rate = records / seconds;
		bestRaw = Math.max(bestRaw, rate);
		imports.add(String.format("| raw batched UNWIND through the driver, batch %,d | %.1f s | %,.0f |", batch, seconds, rate));
	}

	void httpImport(double seconds, long records) {
		http = records / seconds;
		imports.add(String.format("| service: NDJSON `POST /api/v1/import` over HTTP, end to end | %.1f s | %,.0f |", seconds, http));
	}

	/** {@code gcPauseMillis}: the service's collector pauses while its requests (sequential, then 16 clients) ran. */
	void answer(String name, Row service, double gcPauseMillis, Row raw, Row oracle) {
		answers.add(String.format("| %s | %s | %,.0f | %s | %s | %s | %s |", name, cells(service), gcPauseMillis, cells(raw),
				cells(oracle), ratio(service, raw), ratio(oracle, service)));
	}

	void peakRss(long mib) {
		head.append(String.format("- service process peak RSS (VmHWM): %,d MiB (heap -Xmx%s, page cache %s)%n", mib, heap, pageCache));
	}

	void storeSize(Path db) throws IOException {
		long bytes;
		try (Stream<Path> files = Files.walk(db)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		head.append(String.format("- store on disk after the import: %,d MiB%n", bytes >> 20));
	}

	String markdown() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		StringBuilder out = new StringBuilder();
		out.append("## ").append(size).append(" enterprises\n\n");
		out.append(String.format("- run %s; %d cores, load average at the end %.1f; JVM %s %s%n",
				LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), os.getAvailableProcessors(),
				os.getSystemLoadAverage(), System.getProperty("java.vm.name"), System.getProperty("java.version")));
		out.append(head).append('\n');
		out.append("| import | time | records/s |\n| --- | ---: | ---: |\n");
		imports.forEach(l -> out.append(l).append('\n'));
		if (bestRaw > 0 && http > 0) {
			out.append(String.format("%nService ÷ best raw import: %.2f.%n", http / bestRaw));
		}
		out.append("\nLatency in ms (p50 / p95 / p99 over n warm sequential requests), throughput in requests/s with 16 "
				+ "concurrent clients (— when one request takes over 2 s); service GC: the service's collector pauses "
				+ "in ms, summed over its sequential and concurrent requests.\n\n");
		out.append("| answer | service p50 / p95 / p99 (n) | service req/s | service GC | raw p50 / p95 / p99 (n) "
				+ "| raw req/s | oracle p50 / p95 / p99 (n) | oracle req/s | service ÷ raw p50 | oracle ÷ service p50 |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		answers.forEach(l -> out.append(l).append('\n'));
		return out.toString();
	}

	/** Regenerates RESULTS.md from the method text and every size's results present. */
	static void writeIndex(Path bench) throws IOException {
		StringBuilder out = new StringBuilder(Files.readString(bench.resolve("METHOD.md")));
		for (String size : List.of("10k", "100k", "1m")) {
			Path f = bench.resolve("results/" + size + ".md");
			if (Files.exists(f)) {
				out.append('\n').append(Files.readString(f));
			}
		}
		Files.writeString(bench.resolve("RESULTS.md"), out.toString());
	}

	private static String cells(Row r) {
		if (r.error() != null) {
			return "failed: " + r.error().replace('|', '/').lines().findFirst().orElse("") + " | —";
		}
		Timing.Latency l = r.latency();
		String tput = r.throughput() == null ? "—" : String.format("%,.1f", r.throughput().perSecond());
		return String.format("%s / %s / %s (%d) | %s", Timing.fmt(l.p50()), Timing.fmt(l.p95()), Timing.fmt(l.p99()), l.n(), tput);
	}

	private static String ratio(Row a, Row b) {
		if (a.latency() == null || b.latency() == null) {
			return "—";
		}
		return String.format("%.2f", a.latency().p50() / b.latency().p50());
	}
}
