package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.chainchief.IntegrationTest;
import org.chainchief.importer.ImportReport.KindCounts;
import org.chainchief.importer.ImportReport.Rejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many tiny batches: the file is read and judged on one thread while batches are written, and their outcomes
 * arrive, on the driver's threads. Rejections found while reading (bad JSON, invalid fields) interleave with
 * rejections found while writing (unknown references). Every count and every rejected line must be exact.
 */
class ImportConcurrencyTest extends IntegrationTest {

	@Autowired
	ImportRepository repository;

	@Autowired
	JsonMapper json;

	@Autowired
	Validator validator;

	@Autowired
	org.chainchief.audit.AuditTrail audit;

	@Autowired
	org.chainchief.support.Leases leases;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters;

	/** The generated source and what an import of it into an empty graph must report. */
	record Expected(String ndjson, long records, Map<String, KindCounts> counts, List<Rejection> rejected) {
	}

	@ParameterizedTest(name = "batch size {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void countsAndRejectionsAreExactWithManySmallBatches(int batchSize) {
		Expected expected = generate(10, 700, 250, 1000);
		ImportService imports = new ImportService(repository, json, validator, audit, leases, batchSize, meters);
		byte[] bytes = expected.ndjson().getBytes(StandardCharsets.UTF_8);

		ImportReport report = imports.run(ImportSource.ndjson(() -> new ByteArrayInputStream(bytes)))
			.block(Duration.ofMinutes(5));

		assertThat(report.records()).isEqualTo(expected.records());
		assertThat(report.rejectedCount()).isEqualTo(expected.rejected().size());
		assertThat(report.accepted()).isEqualTo(expected.records() - expected.rejected().size());
		assertThat(report.rejectedTruncated()).isFalse();
		assertThat(report.counts()).isEqualTo(expected.counts());
		assertThat(report.rejected()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("reason")
			.containsExactlyElementsOf(expected.rejected());
		for (int i = 0; i < report.rejected().size(); i++) {
			assertThat(report.rejected().get(i).reason()).as("reason of line %d", report.rejected().get(i).line())
				.startsWith(expected.rejected().get(i).reason());
		}
		assertThat(count("MATCH (e:Enterprise) RETURN count(e) AS n")).isEqualTo(expected.counts().get("enterprise").created());
		assertThat(count("MATCH (l:Link) RETURN count(l) AS n")).isEqualTo(expected.counts().get("link").created());
		assertThat(count("MATCH (:Enterprise)-[r:OPERATES_IN]->(:Link) RETURN count(r) AS n"))
			.isEqualTo(expected.counts().get("operates").created());
	}

	private long count(String query) {
		return cypher(query).get(0).get("n").asLong();
	}

	/** One line to emit: its text and, when it must be rejected, the rejection without its line number. */
	private record Item(String text, Rejection rejection) {
	}

	/**
	 * Clusters first, then enterprises, links and operates interleaved (so every pass skips most lines). Every
	 * 11th enterprise has an invalid country (rejected while reading), every 13th link names an unknown cluster
	 * and every 7th operates an unknown enterprise (both rejected while writing), every 47th line is not JSON.
	 */
	static Expected generate(int clusters, int enterprises, int links, int operates) {
		List<Item> ents = new ArrayList<>(), lnks = new ArrayList<>(), ops = new ArrayList<>();
		List<String> validEnterprises = new ArrayList<>(), validLinks = new ArrayList<>();
		for (int e = 0; e < enterprises; e++) {
			boolean bad = e % 11 == 5;
			ents.add(new Item("{\"kind\":\"enterprise\",\"id\":\"E" + e + "\",\"name\":\"企业" + e + "\",\"local\":" + (e % 3 == 0) + ",\"country\":\""
					+ (bad ? "china" : "CHN") + "\"}",
					bad ? new Rejection(0, null, null, "enterprise", "country", "must be an ISO 3166-1") : null));
			if (!bad) {
				validEnterprises.add("E" + e);
			}
		}
		for (int l = 0; l < links; l++) {
			boolean unknown = l % 13 == 7;
			String cluster = unknown ? "nope" + l : "c" + (l % clusters);
			lnks.add(new Item("{\"kind\":\"link\",\"id\":\"L" + l + "\",\"name\":\"环节" + l
					+ "\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"" + cluster + "\"]}",
					unknown ? new Rejection(0, null, null, "link", "clusters", "unknown cluster '" + cluster + "'") : null));
			if (!unknown) {
				validLinks.add("L" + l);
			}
		}
		for (int o = 0; o < operates; o++) {
			boolean ghost = o % 7 == 3;
			// distinct pairs: the enterprise walks with o, the link with o / |enterprises|
			String enterprise = ghost ? "ghost" + o : validEnterprises.get(o % validEnterprises.size());
			String link = validLinks.get((o / validEnterprises.size() + o) % validLinks.size());
			ops.add(new Item("{\"kind\":\"operates\",\"enterprise\":\"" + enterprise + "\",\"link\":\"" + link + "\"}",
					ghost ? new Rejection(0, null, null, "operates", "enterprise", "unknown enterprise '" + enterprise + "'")
							: null));
		}
		StringBuilder out = new StringBuilder();
		List<Rejection> rejected = new ArrayList<>();
		long line = 0;
		for (int c = 0; c < clusters; c++) {
			out.append("{\"kind\":\"cluster\",\"id\":\"c").append(c).append("\",\"name\":\"集群").append(c).append("\"}\n");
			line++;
		}
		List<Item> order = new ArrayList<>();
		for (int i = 0, e = 0, l = 0, o = 0; e < ents.size() || l < lnks.size() || o < ops.size(); i++) {
			if (e < ents.size()) {
				order.add(ents.get(e++));
			}
			if (l < lnks.size()) {
				order.add(lnks.get(l++));
			}
			for (int k = 0; k < 2 && o < ops.size(); k++) {
				order.add(ops.get(o++));
			}
		}
		for (Item item : order) {
			if ((line + 1) % 47 == 0) {
				line++;
				out.append("{not json ").append(line).append('\n');
				rejected.add(new Rejection(line, null, null, null, null, "is not valid JSON"));
			}
			line++;
			out.append(item.text()).append('\n');
			if (item.rejection() != null) {
				Rejection r = item.rejection();
				rejected.add(new Rejection(line, null, null, r.kind(), r.field(), r.reason()));
			}
		}
		Map<String, KindCounts> counts = new LinkedHashMap<>();
		counts.put("cluster", new KindCounts(clusters, 0, 0, 0));
		counts.put("enterprise", new KindCounts(validEnterprises.size(), 0, 0, enterprises - validEnterprises.size()));
		counts.put("link", new KindCounts(validLinks.size(), 0, 0, links - validLinks.size()));
		long ghosts = ops.stream().filter(i -> i.rejection() != null).count();
		counts.put("operates", new KindCounts(operates - ghosts, 0, 0, ghosts));
		return new Expected(out.toString(), line, counts, rejected);
	}
}
