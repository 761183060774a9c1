package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chainchief.ChainChiefApplication;
import org.chainchief.bench.NationalGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bulk load ({@code java -jar chain-chief.jar bulk-load}) against the import it stands in for: one file, with a
 * generated national graph (unknown shares, FEEDS cycles, skewed popularity) and the lines that try a CSV writer
 * (quotes, commas, line breaks, semicolons, empty texts and lists, fractions, Chinese everywhere, repeated records,
 * links in several clusters and sub-links, references to nothing, broken lines), is imported over HTTP into one new
 * service and bulk-loaded into another's folder; the service then started on the loaded folder must export the same
 * graph, list enterprises in the same pinyin order, give the same gap report and recruits, and the bulk load must
 * report every line as the import did, in its answer and in the audit trail. A second load into the same folder is refused and changes nothing.
 */
class BulkLoadTest {

	private static final Duration LOAD_BOUND = Duration.ofSeconds(300);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final ServiceProcesses services = new ServiceProcesses("chain-chief-bulk-");

	@Test
	void aBulkLoadedFolderStartsAsTheServiceTheImportMakes() throws Exception {
		Path file = services.folder().resolve("graph.ndjson");
		new NationalGraph(20261202L, 3, 60, 2_000).writeNdjson(file);
		Files.write(file, trickyLines(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
		String ndjson = Files.readString(file);

		ServiceProcess imported = services.start("imported", List.of());
		var answer = imported.postNdjson("/api/v1/import", ndjson);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode importReport = JSON.readTree(answer.body());
		assertThat(importReport.get("rejectedCount").asLong()).as("the file has lines the import refuses").isGreaterThanOrEqualTo(6);

		Path folder = services.folder().resolve("loaded");
		Load load = bulkLoad(folder, file, "load.log");
		assertThat(load.exit).as(load.output).isZero();
		assertThat(withoutDuration(load.report())).as("the bulk load's report is the import's")
			.isEqualTo(withoutDuration(importReport));

		ServiceProcess loaded = services.start(folder, "loaded.log", List.of());
		String export = imported.get("/api/v1/export").body();
		assertThat(export.lines().count()).isGreaterThan(5_000);
		assertThat(loaded.get("/api/v1/export").body()).as("the same graph").isEqualTo(export);
		for (String page : List.of("/api/v1/enterprises?size=200", "/api/v1/enterprises?size=200&page=7",
				"/api/v1/enterprises?size=50&local=true", "/api/v1/enterprises?q=%E6%99%B6%E5%9C%86&size=100",
				"/api/v1/clusters/" + NationalGraph.clusterId(0) + "/gaps",
				"/api/v1/clusters/" + NationalGraph.clusterId(1), "/api/v1/clusters/bulk.c1/gaps",
				"/api/v1/clusters/" + NationalGraph.clusterId(0) + "/recruits?limit=50")) {
			var expected = imported.get(page);
			assertThat(expected.statusCode()).as(page + ": " + expected.body()).isEqualTo(200);
			assertThat(loaded.get(page).body()).as(page).isEqualTo(expected.body());
		}
		JsonNode entry = JSON.readTree(loaded.get("/api/v1/audit?size=10").body()).get("items").get(0);
		assertThat(entry.get("kind").asString()).isEqualTo("import");
		assertThat(entry.get("action").asString()).isEqualTo("IMPORT");
		assertThat(entry.get("actor").asString()).startsWith("bulk-load (");
		assertThat(entry.get("target").asString()).isEqualTo("graph.ndjson");
		assertThat(entry.get("clusters").toString()).contains("bulk.c1", "bulk.c2", NationalGraph.clusterId(2));
		JsonNode importEntry = JSON.readTree(imported.get("/api/v1/audit?size=10").body()).get("items").get(0);
		assertThat(entry.get("summary").get("counts")).as("the audit trail's summary is the import's")
			.isEqualTo(importEntry.get("summary").get("counts"));
		assertThat(entry.get("summary").get("rejections")).isEqualTo(importEntry.get("summary").get("rejections"));
		assertThat(Files.readString(loaded.log)).as("the keys came with the load")
			.doesNotContain("Pinyin name keys written");

		loaded.close();
		Load again = bulkLoad(folder, file, "again.log");
		assertThat(again.exit).as(again.output).isEqualTo(3);
		assertThat(again.output).contains("holds a database already");
		ServiceProcess reopened = services.start(folder, "reopened.log", List.of());
		assertThat(reopened.get("/api/v1/export").body()).as("untouched by the refused load").isEqualTo(export);
	}

	@Test
	void recordsTheBulkLoadDoesNotWriteAreRejectedNamingWhyAndTheRestIsLoaded() throws Exception {
		Path file = services.folder().resolve("plans.ndjson");
		Files.write(file, List.of(
				"{\"kind\":\"cluster\",\"id\":\"p.c\",\"name\":\"集群\"}",
				"{\"kind\":\"target\",\"id\":\"T-1\",\"cluster\":\"p.c\",\"name\":\"产值\",\"metric\":\"OUTPUT\",\"year\":2026,\"value\":1}",
				"{\"kind\":\"enterprise\",\"id\":\"E-sep\",\"name\":\"分隔符企业\",\"local\":true,\"tags\":[\"a\\u001Fb\"]}",
				"{\"kind\":\"enterprise\",\"id\":\"E-ok\",\"name\":\"正常企业\",\"local\":false}"), StandardCharsets.UTF_8);
		Path folder = services.folder().resolve("plans");
		Load load = bulkLoad(folder, file, "plans.log");
		assertThat(load.exit).as(load.output).isZero();
		JsonNode report = load.report();
		assertThat(report.get("records").asLong()).isEqualTo(4);
		assertThat(report.get("accepted").asLong()).isEqualTo(2);
		JsonNode rejected = report.get("rejected");
		assertThat(rejected.get(0).get("line").asLong()).isEqualTo(2);
		assertThat(rejected.get(0).get("field").asString()).isEqualTo("kind");
		assertThat(rejected.get(0).get("reason").asString()).contains("POST /api/v1/import");
		assertThat(rejected.get(1).get("line").asLong()).isEqualTo(3);
		assertThat(rejected.get(1).get("field").asString()).isEqualTo("tags");
		ServiceProcess loaded = services.start(folder, "plans-service.log", List.of());
		String export = loaded.get("/api/v1/export").body();
		assertThat(export).contains("E-ok").contains("p.c").doesNotContain("E-sep").doesNotContain("T-1");
	}

	/** Lines beside the generated graph, each trying one thing the CSV files must carry or the import refuses. */
	private static List<String> trickyLines() {
		List<String> lines = new ArrayList<>();
		lines.add("{\"kind\":\"cluster\",\"id\":\"bulk.c1\",\"name\":\"引号\\\"集群\\\", 逗号\",\"nameEn\":\"\",\"chief\":\"张三;李四\","
				+ "\"description\":\"第一行\\n第二行\\r\\n第三行\"}");
		lines.add("{\"kind\":\"cluster\",\"id\":\"bulk.c2\",\"name\":\"第二集群\"}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l1\",\"name\":\"母环节\",\"stage\":\"UPSTREAM\",\"clusters\":[\"bulk.c1\"]}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l2\",\"name\":\"子环节\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"bulk.c1\",\"bulk.c1\"],\"parent\":\"bulk.l1\",\"chokepoint\":true}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l2\",\"name\":\"子环节（改）\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"bulk.c2\"],\"parent\":\"bulk.l1\",\"chokepoint\":true}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l3\",\"name\":\"无集群\",\"stage\":\"DOWNSTREAM\",\"clusters\":[\"bulk.nowhere\"]}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l4\",\"name\":\"孤儿\",\"stage\":\"DOWNSTREAM\",\"clusters\":[\"bulk.c2\"],\"parent\":\"bulk.none\"}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l5\",\"name\":\"父被拒\",\"stage\":\"DOWNSTREAM\",\"clusters\":[\"bulk.c2\"],\"parent\":\"bulk.l3\"}");
		lines.add("{\"kind\":\"link\",\"id\":\"bulk.l1\",\"name\":\"母环节\",\"stage\":\"UPSTREAM\",\"clusters\":[\"bulk.c1\"]}");
		lines.add("{\"kind\":\"feeds\",\"from\":\"bulk.l1\",\"to\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"feeds\",\"from\":\"bulk.l2\",\"to\":\"bulk.l1\"}");
		lines.add("{\"kind\":\"feeds\",\"from\":\"bulk.l1\",\"to\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"feeds\",\"from\":\"bulk.l3\",\"to\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.e1\",\"name\":\"甲，\\\"乙\\\"科技\",\"local\":true,\"nameEn\":\"\",\"tags\":[],"
				+ "\"revenue\":1234.5678901234567,\"region\":\"浙江省丽水市\",\"country\":\"CHN\",\"head\":false,\"listed\":true}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.e2\",\"name\":\"𠀋字企业\",\"local\":false,\"tags\":[\"专精特新;小巨人\",\"高新,技术\",\"\\\"上市\\\"\"],"
				+ "\"revenue\":0.1,\"description\":\"多行\\n描述\",\"head\":true}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.e3\",\"name\":\"重复企业\",\"local\":false,\"revenue\":100}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.e3\",\"name\":\"重复企业\",\"local\":false,\"revenue\":100}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.e3\",\"name\":\"重复企业（新名）\",\"local\":true,\"revenue\":2e5}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e1\",\"link\":\"bulk.l2\",\"share\":0.333333333333333}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e1\",\"link\":\"bulk.l2\",\"share\":0.5}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e2\",\"link\":\"bulk.l2\",\"share\":0.9}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e2\",\"link\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e3\",\"link\":\"bulk.l1\"}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.nobody\",\"link\":\"bulk.l1\"}");
		lines.add("{\"kind\":\"operates\",\"enterprise\":\"bulk.e3\",\"link\":\"bulk.l3\"}");
		lines.add("{\"kind\":\"supplies\",\"supplier\":\"bulk.e2\",\"buyer\":\"bulk.e1\",\"link\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"supplies\",\"supplier\":\"bulk.e2\",\"buyer\":\"bulk.e1\",\"link\":\"bulk.l2\"}");
		lines.add("{\"kind\":\"supplies\",\"supplier\":\"bulk.e2\",\"buyer\":\"bulk.e1\",\"link\":\"bulk.l1\"}");
		lines.add("{\"kind\":\"supplies\",\"supplier\":\"bulk.e2\",\"buyer\":\"bulk.nobody\",\"link\":\"bulk.l1\"}");
		lines.add("{\"kind\":\"supplies\",\"supplier\":\"bulk.e2\",\"buyer\":\"bulk.e1\",\"link\":\"bulk.nolink\"}");
		lines.add("");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.bad\",\"name\":\"坏\",\"local\":\"yes\"}");
		lines.add("{\"kind\":\"enterprise\",\"id\":\"bulk.bad2\",\"name\":\"未知字段\",\"local\":false,\"colour\":\"red\"}");
		lines.add("{not json");
		lines.add("{\"kind\":\"comet\",\"id\":\"x\"}");
		return lines;
	}

	record Load(int exit, String output) {

		/** The report: the one line of stdout that is JSON. */
		JsonNode report() {
			return output.lines()
				.filter(line -> line.startsWith("{\"records\""))
				.map(JSON::readTree)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no report in " + output));
		}
	}

	private Load bulkLoad(Path folder, Path file, String logName) throws Exception {
		Path log = services.folder().resolve(logName);
		Process process = JavaProcesses.start(ChainChiefApplication.class,
				List.of("bulk-load", "--data=" + folder, file.toString()), Map.of(), log);
		if (!process.waitFor(LOAD_BOUND.toSeconds(), TimeUnit.SECONDS)) {
			JavaProcesses.kill(process);
			throw new AssertionError("the bulk load did not end within " + LOAD_BOUND + ": " + Files.readString(log));
		}
		return new Load(process.exitValue(), Files.readString(log));
	}

	private static JsonNode withoutDuration(JsonNode report) {
		ObjectNode copy = (ObjectNode) report.deepCopy();
		copy.remove("durationMs");
		return copy;
	}
}
