package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chainchief.IntegrationTest;
import org.chainchief.importer.ImportReport.KindCounts;
import org.chainchief.importer.ImportReport.Rejection;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class ImportTest extends IntegrationTest {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static String fixture(String name) throws IOException {
		return new ClassPathResource("fixtures/import/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

	ImportReport importNdjson(String body) {
		return web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
	}

	List<String> export() {
		String body = web.get().uri("/api/v1/export").accept(NDJSON).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		return body == null ? List.of() : body.lines().filter(l -> !l.isBlank()).toList();
	}

	@Test
	void importsEveryKindAndCountsCreations() throws IOException {
		ImportReport report = importNdjson(fixture("small-chain.ndjson"));

		assertThat(report.rejected()).isEmpty();
		assertThat(report.records()).isEqualTo(22);
		assertThat(report.accepted()).isEqualTo(22);
		assertThat(report.counts()).containsEntry("cluster", new KindCounts(2, 0, 0, 0))
			.containsEntry("link", new KindCounts(4, 0, 0, 0))
			.containsEntry("feeds", new KindCounts(2, 0, 0, 0))
			.containsEntry("enterprise", new KindCounts(4, 0, 0, 0))
			.containsEntry("operates", new KindCounts(4, 0, 0, 0))
			.containsEntry("supplies", new KindCounts(2, 0, 0, 0))
			.containsEntry("project", new KindCounts(1, 0, 0, 0));
		// the graph, read back directly
		assertThat(cypher("MATCH (:Cluster)-[r:HAS_LINK]->(:Link {id: 'semi.gas'}) RETURN count(r) AS n").get(0)
			.get("n").asLong()).isEqualTo(2);
		assertThat(cypher("MATCH (l:Link)-[:PART_OF]->(:Link {id: 'semi.materials'}) RETURN l.id AS id ORDER BY id")
			.stream().map(r -> r.get("id").asString())).containsExactly("semi.gas", "semi.wafer");
		assertThat(cypher("MATCH (:Enterprise {id: 'E1'})-[r:OPERATES_IN]->(:Link {id: 'semi.wafer'}) RETURN r.share AS s")
			.get(0).get("s").asDouble()).isEqualTo(0.05);
		assertThat(cypher("MATCH (:Enterprise {id: 'E2'})-[r:SUPPLIES]->(:Enterprise {id: 'E3'}) RETURN r.link AS l")
			.get(0).get("l").asString()).isEqualTo("semi.gas");
		var project = cypher("MATCH (p:Project {id: 'P1'})-[:IN_CLUSTER]->(c), (p)-[:FOR_LINK]->(l), (p)-[:BY]->(e) "
				+ "RETURN c.id AS c, l.id AS l, e.id AS e, toString(p.landed) AS landed").get(0);
		assertThat(List.of(project.get("c").asString(), project.get("l").asString(), project.get("e").asString(),
				project.get("landed").asString())).containsExactly("semi", "semi.wafer", "E1", "2025-03-01");
	}

	@Test
	void derivesAboveScaleFromRevenueWhenNotStated() throws IOException {
		importNdjson(fixture("small-chain.ndjson"));
		var rows = cypher("MATCH (e:Enterprise) RETURN e.id AS id, e.aboveScale AS above ORDER BY id");
		Map<String, Object> above = new java.util.HashMap<>();
		rows.forEach(r -> above.put(r.get("id").asString(), r.get("above").asObject()));
		assertThat(above).containsEntry("E1", true).containsEntry("E2", false).containsEntry("E3", null);
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws IOException {
		String body = fixture("small-chain.ndjson");
		importNdjson(body);
		List<String> once = export();

		ImportReport again = importNdjson(body);

		assertThat(again.counts().values()).allSatisfy(c -> {
			assertThat(c.created()).isZero();
			assertThat(c.updated()).isZero();
		});
		assertThat(again.counts().values().stream().mapToLong(KindCounts::unchanged).sum()).isEqualTo(22);
		assertThat(export()).isEqualTo(once);
	}

	@Test
	void aChangedRecordIsCountedAsUpdatedAndReplacesTheOldValues() throws IOException {
		importNdjson(fixture("small-chain.ndjson"));
		ImportReport report = importNdjson("""
				{"kind":"enterprise","id":"E1","name":"中欣晶圆","local":true,"region":"浙江省丽水市","country":"CHN","revenue":30000}
				{"kind":"operates","enterprise":"E1","link":"semi.wafer","share":0.07}
				{"kind":"link","id":"semi.wafer","name":"硅片","stage":"UPSTREAM","clusters":["semi"]}
				""");
		assertThat(report.counts()).containsEntry("enterprise", new KindCounts(0, 1, 0, 0))
			.containsEntry("operates", new KindCounts(0, 1, 0, 0))
			.containsEntry("link", new KindCounts(0, 1, 0, 0));
		var e1 = cypher("MATCH (e:Enterprise {id: 'E1'}) RETURN e.revenue AS r, e.tags AS tags, e.aboveScale AS a").get(0);
		assertThat(e1.get("r").asDouble()).isEqualTo(30000);
		assertThat(e1.get("tags").isNull()).as("fields left out of a record are removed").isTrue();
		assertThat(e1.get("a").asBoolean()).isTrue();
		assertThat(cypher("MATCH (:Link {id: 'semi.wafer'})-[r:PART_OF]->() RETURN r")).as("parent removed").isEmpty();
	}

	@Test
	void referencesMayComeBeforeWhatTheyReferTo() {
		ImportReport report = importNdjson("""
				{"kind":"supplies","supplier":"A","buyer":"B","link":"down"}
				{"kind":"operates","enterprise":"A","link":"down","share":0.5}
				{"kind":"feeds","from":"up","to":"down"}
				{"kind":"link","id":"sub","name":"子环节","stage":"UPSTREAM","clusters":["c"],"parent":"up"}
				{"kind":"link","id":"down","name":"下游","stage":"DOWNSTREAM","clusters":["c"]}
				{"kind":"link","id":"up","name":"上游","stage":"UPSTREAM","clusters":["c"]}
				{"kind":"enterprise","id":"A","name":"甲","local":false}
				{"kind":"enterprise","id":"B","name":"乙","local":true}
				{"kind":"cluster","id":"c","name":"集群"}
				""");
		assertThat(report.rejected()).isEmpty();
		assertThat(report.accepted()).isEqualTo(9);
		assertThat(cypher("MATCH (:Link {id: 'sub'})-[:PART_OF]->(p) RETURN p.id AS id").get(0).get("id").asString())
			.isEqualTo("up");
		assertThat(cypher("MATCH (:Enterprise {id:'A'})-[:SUPPLIES {link:'down'}]->(:Enterprise {id:'B'}) RETURN 1"))
			.hasSize(1);
	}

	@Test
	void badLinesAreRejectedWithLineNumberFieldAndReasonAndNotWritten() {
		ImportReport report = importNdjson(String.join("\n",
				"{\"kind\":\"cluster\",\"id\":\"c\",\"name\":\"集群\"}", // 1 ok
				"{\"kind\":\"cluster\",\"id\":\"x\",", // 2 bad JSON
				"{\"kind\":\"factory\",\"id\":\"f\"}", // 3 unknown kind
				"{\"id\":\"nokind\"}", // 4 no kind
				"{\"kind\":\"link\",\"id\":\"l1\",\"stage\":\"UPSTREAM\",\"clusters\":[\"c\"]}", // 5 missing name
				"{\"kind\":\"link\",\"id\":\"l2\",\"name\":\"环节\",\"stage\":\"SIDEWAYS\",\"clusters\":[\"c\"]}", // 6 enum
				"{\"kind\":\"link\",\"id\":\"l3\",\"name\":\"环节\",\"stage\":\"UPSTREAM\",\"clusters\":[\"nope\"]}", // 7 ref
				"{\"kind\":\"link\",\"id\":\"l4\",\"name\":\"环节\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"c\"]}", // 8 ok
				"{\"kind\":\"enterprise\",\"id\":\"e\",\"name\":\"企业\",\"local\":true,\"revenue\":\"lots\"}", // 9 type
				"{\"kind\":\"enterprise\",\"id\":\"e2\",\"name\":\"企业\",\"local\":true,\"country\":\"China\"}", // 10
				"{\"kind\":\"enterprise\",\"id\":\"e3\",\"name\":\"企业三\",\"local\":true}", // 11 ok
				"{\"kind\":\"operates\",\"enterprise\":\"e3\",\"link\":\"l4\",\"share\":1.5}", // 12 range
				"{\"kind\":\"operates\",\"enterprise\":\"e3\",\"link\":\"l9\"}", // 13 unknown link
				"{\"kind\":\"feeds\",\"from\":\"l4\",\"to\":\"l4\"}", // 14 self loop
				"{\"kind\":\"feeds\",\"from\":\"l3\",\"to\":\"l4\"}", // 15 l3 was rejected
				"", // 16 blank: skipped
				"[1,2]", // 17 not an object
				"{\"kind\":\"project\",\"id\":\"p\",\"name\":\"项目\",\"cluster\":\"c\",\"signed\":\"2025-05-01\",\"landed\":\"2025-01-01\"}"));

		Map<Long, Rejection> byLine = report.rejected().stream()
			.collect(Collectors.toMap(Rejection::line, r -> r));
		assertThat(byLine.keySet()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 12L, 13L, 14L, 15L, 17L,
				18L);
		assertThat(byLine.get(2L).reason()).startsWith("is not valid JSON");
		assertThat(byLine.get(3L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("kind", "unknown kind 'factory'; one of " + Kind.names());
		assertThat(byLine.get(4L).field()).isEqualTo("kind");
		assertThat(byLine.get(5L)).extracting(Rejection::kind, Rejection::field).containsExactly("link", "name");
		assertThat(byLine.get(6L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("stage", "must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM (got 'SIDEWAYS')");
		assertThat(byLine.get(7L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("clusters", "unknown cluster 'nope'");
		assertThat(byLine.get(9L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("revenue", "must be a number (got 'lots')");
		assertThat(byLine.get(10L).field()).isEqualTo("country");
		assertThat(byLine.get(12L).field()).isEqualTo("share");
		assertThat(byLine.get(13L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("link", "unknown link 'l9'");
		assertThat(byLine.get(14L).field()).isEqualTo("to");
		assertThat(byLine.get(15L)).extracting(Rejection::field, Rejection::reason)
			.containsExactly("from", "unknown link 'l3'");
		assertThat(byLine.get(18L).field()).isEqualTo("landed");
		assertThat(report.records()).isEqualTo(17);
		assertThat(report.rejectedCount()).isEqualTo(14);
		assertThat(report.counts().get("link")).isEqualTo(new KindCounts(1, 0, 0, 3));

		// nothing of a rejected line reached the graph
		assertThat(cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN n.id AS id ORDER BY id").stream()
			.map(r -> r.get("id").asString())).containsExactly("c", "e3", "l4");
		assertThat(cypher("MATCH ()-[r]->() RETURN type(r) AS t").stream().map(r -> r.get("t").asString()))
			.containsExactly("HAS_LINK");
	}

	@Test
	void exportThenImportIntoAnEmptyGraphGivesTheSameLines() throws IOException {
		importNdjson(fixture("small-chain.ndjson"));
		List<String> first = export();
		assertThat(first).hasSize(22);
		assertThat(first.get(0)).startsWith("{\"kind\":\"cluster\"");

		emptyGraph();
		assertThat(export()).isEmpty();
		ImportReport report = importNdjson(String.join("\n", first));
		assertThat(report.rejected()).isEmpty();

		assertThat(export()).containsExactlyInAnyOrderElementsOf(first);
	}

	@Test
	void aStreamOfOneHundredThousandLinesIsImported() {
		int links = 1_000;
		int enterprises = 24_000;
		Flux<String> lines = Flux.concat(Flux.just("{\"kind\":\"cluster\",\"id\":\"big\",\"name\":\"大集群\"}"),
				Flux.range(0, links)
					.map(i -> "{\"kind\":\"link\",\"id\":\"L" + i + "\",\"name\":\"环节" + i
							+ "\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"big\"]}"),
				Flux.range(1, links - 1).map(i -> "{\"kind\":\"feeds\",\"from\":\"L" + (i - 1) + "\",\"to\":\"L" + i + "\"}"),
				Flux.range(0, enterprises)
					.map(i -> "{\"kind\":\"enterprise\",\"id\":\"E" + i + "\",\"name\":\"企业" + i + "\",\"local\":"
							+ (i % 3 == 0) + "}"),
				Flux.range(0, 100_000 - 1 - links - (links - 1) - enterprises)
					.map(i -> "{\"kind\":\"operates\",\"enterprise\":\"E" + (i % enterprises) + "\",\"link\":\"L"
							+ ((i + i / enterprises) % links) + "\"}")); // distinct pairs
		var factory = DefaultDataBufferFactory.sharedInstance;
		Flux<DataBuffer> body = lines.buffer(500)
			.map(chunk -> factory.wrap((String.join("\n", chunk) + "\n").getBytes(StandardCharsets.UTF_8)));

		// a bound for a synchronous import of 100,000 lines on a busy 2-core machine, not a speed target (bench/ has those)
		ImportReport report = web.mutate().responseTimeout(java.time.Duration.ofMinutes(10)).build()
			.post().uri("/api/v1/import").contentType(NDJSON).body(body, DataBuffer.class)
			.exchange().expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();

		assertThat(report.records()).isEqualTo(100_000);
		assertThat(report.rejectedCount()).isZero();
		int operates = 100_000 - 1 - links - (links - 1) - enterprises;
		assertThat(report.counts().get("operates")).isEqualTo(new KindCounts(operates, 0, 0, 0));
		assertThat(cypher("MATCH (:Enterprise)-[r:OPERATES_IN]->(:Link) RETURN count(r) AS n").get(0).get("n").asLong())
			.isEqualTo(operates);
		assertThat(cypher("MATCH (:Link)-[r:FEEDS]->(:Link) RETURN count(r) AS n").get(0).get("n").asLong())
			.isEqualTo(links - 1);
	}

	@Test
	void aWrongContentTypeIsAProblem() {
		web.post().uri("/api/v1/import").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
			.expectStatus().isEqualTo(415).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Type");
	}
}
