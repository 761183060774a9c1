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

	/** The generated source and what an import of it into an empty graph must report. */
	record Expected(String ndjson, long records, Map<String, KindCounts> counts, List<Rejection> rejected) {
	}

	@ParameterizedTest(name = "batch size {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void countsAndRejectionsAreExactWithManySmallBatches(int batchSize) {
		Expected expected = generate(10, 700, 250, 1000);
		ImportService imports = new ImportService(repository, json, validator, batchSize);
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

	/**
	 * Clusters first, then enterprises, links and operates interleaved (so every pass skips most lines). Every
	 * 11th enterprise has an invalid country (rejected while reading), every 13th link names an unknown cluster
	 * and every 7th operates an unknown enterprise (both rejected while writing), every 47th line is not JSON.
	 */
	static Expected generate(int clusters, int enterprises, int links, int operates) {
		StringBuilder out = new StringBuilder();
		List<Rejection> rejected = new ArrayList<>();
		long[] line = { 0 };
		long[] ent = new long[4], lnk = new long[4], ops = new long[4], cls = new long[4];
		java.util.function.Consumer<String> emit = text -> {
			line[0]++;
			out.append(text).append('\n');
		};
		Runnable maybeGarbage = () -> {
			if ((line[0] + 1) % 47 == 0) {
				emit.accept("{not json " + line[0]);
				rejected.add(new Rejection(line[0], null, null, null, null, "is not valid JSON"));
			}
		};
		for (int c = 0; c < clusters; c++) {
			emit.accept("{\"kind\":\"cluster\",\"id\":\"c" + c + "\",\"name\":\"集群" + c + "\"}");
			cls[0]++;
		}
		List<Integer> validEnterprises = new ArrayList<>();
		List<Integer> validLinks = new ArrayList<>();
		java.util.Set<String> pairs = new java.util.HashSet<>();
		int e = 0, l = 0, o = 0;
		while (e < enterprises || l < links || o < operates) {
			if (e < enterprises) {
				maybeGarbage.run();
				boolean bad = e % 11 == 5;
				emit.accept("{\"kind\":\"enterprise\",\"id\":\"E" + e + "\",\"name\":\"企业" + e + "\",\"country\":\""
						+ (bad ? "china" : "CHN") + "\"}");
				if (bad) {
					ent[3]++;
					rejected.add(new Rejection(line[0], null, null, "enterprise", "country", "must be an ISO 3166-1"));
				}
				else {
					ent[0]++;
					validEnterprises.add(e);
				}
				e++;
			}
			if (l < links) {
				maybeGarbage.run();
				boolean unknown = l % 13 == 7;
				String cluster = unknown ? "nope" + l : "c" + (l % clusters);
				emit.accept("{\"kind\":\"link\",\"id\":\"L" + l + "\",\"name\":\"环节" + l
						+ "\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"" + cluster + "\"]}");
				if (unknown) {
					lnk[3]++;
					rejected.add(new Rejection(line[0], null, null, "link", "clusters", "unknown cluster '" + cluster + "'"));
				}
				else {
					lnk[0]++;
					validLinks.add(l);
				}
				l++;
			}
			for (int k = 0; k < 2 && o < operates && !validEnterprises.isEmpty() && !validLinks.isEmpty(); k++) {
				maybeGarbage.run();
				boolean ghost = o % 7 == 3;
				String enterprise = ghost ? "ghost" + o : "E" + validEnterprises.get(o % validEnterprises.size());
				int j = (o * 7) % validLinks.size();
				while (!pairs.add(enterprise + "→" + validLinks.get(j))) { // every pair once
					j = (j + 1) % validLinks.size();
				}
				String link = "L" + validLinks.get(j);
				emit.accept("{\"kind\":\"operates\",\"enterprise\":\"" + enterprise + "\",\"link\":\"" + link + "\"}");
				if (ghost) {
					ops[3]++;
					rejected.add(new Rejection(line[0], null, null, "operates", "enterprise",
							"unknown enterprise '" + enterprise + "'"));
				}
				else {
					ops[0]++;
				}
				o++;
			}
		}
		Map<String, KindCounts> counts = new LinkedHashMap<>();
		counts.put("cluster", new KindCounts(cls[0], 0, 0, 0));
		counts.put("enterprise", new KindCounts(ent[0], 0, 0, ent[3]));
		counts.put("link", new KindCounts(lnk[0], 0, 0, lnk[3]));
		counts.put("operates", new KindCounts(ops[0], 0, 0, ops[3]));
		return new Expected(out.toString(), line[0], counts, rejected);
	}
}
