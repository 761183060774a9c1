package org.chainchief.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** Every configured limit, set low, answered by a problem naming the setting and its value, writing nothing. */
@TestPropertySource(properties = { "chain-chief.limits.body-size=2KB", "chain-chief.limits.import-size=8KB",
		"chain-chief.limits.line-length=300B", "chain-chief.limits.import-lines=20",
		"chain-chief.limits.what-if-ids=3", "chain-chief.limits.analysis-requests=3",
		"chain-chief.limits.analysis-period=1h" })
class LimitsTest extends IntegrationTest {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static final String CLUSTER = "{\"kind\":\"cluster\",\"id\":\"c1\",\"name\":\"集群\"}\n";

	/** The graph as counts of nodes and relationships (the export itself is rate limited here). */
	private String export() {
		return cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + ':' + count(r) AS s")
			.get(0).get("s").asString();
	}

	private void limitProblem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
			HttpStatus status, String limit, String value, String field) {
		response.expectStatus().isEqualTo(status)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.limit").isEqualTo("chain-chief.limits." + limit)
			.jsonPath("$.value").isEqualTo(value)
			.jsonPath("$.errors[0].field").isEqualTo(field)
			.jsonPath("$.requestId").isNotEmpty();
	}

	@Test
	void aJsonBodyOverTheBodySizeIs413() {
		String body = "{\"id\":\"E1\",\"name\":\"" + "晶".repeat(1000) + "\",\"local\":true}";
		limitProblem(web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(),
				HttpStatus.CONTENT_TOO_LARGE, "body-size", "2048B", "body");
		assertThat(cypher("MATCH (n:Enterprise) RETURN count(n) AS n").get(0).get("n").asLong()).isZero();
	}

	@Test
	void anImportOverTheImportSizeIs413AndWritesNothing() {
		String line = "{\"kind\":\"enterprise\",\"id\":\"E%d\",\"name\":\"企业%d\",\"local\":true}\n";
		String body = IntStream.range(0, 15).mapToObj(i -> line.formatted(i, i)).collect(Collectors.joining())
				+ "x".repeat(250) + "\n" + "y".repeat(250) + "\n";
		String big = body.repeat(6);
		String before = export();
		limitProblem(web.post().uri("/api/v1/import").contentType(NDJSON)
			.bodyValue(big.getBytes(StandardCharsets.UTF_8)).exchange(), HttpStatus.CONTENT_TOO_LARGE, "import-size",
				"8192B", "body");
		assertThat(export()).isEqualTo(before);
	}

	@Test
	void aLongNdjsonLineIs400NamingTheLineAndNothingIsWritten() {
		String body = CLUSTER + "\n{\"kind\":\"enterprise\",\"id\":\"E1\",\"name\":\"" + "长".repeat(200) + "\",\"local\":true}\n";
		String before = export();
		limitProblem(web.post().uri("/api/v1/import").contentType(NDJSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange(), HttpStatus.BAD_REQUEST, "line-length", "300B",
				"line 3");
		assertThat(export()).isEqualTo(before);
		web.post().uri("/api/v1/imports").contentType(NDJSON).bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("line 3");
		assertThat(export()).isEqualTo(before);
	}

	@Test
	void moreLinesThanImportLinesIs413() {
		String line = "{\"kind\":\"cluster\",\"id\":\"c%d\",\"name\":\"集群\"}\n";
		String ok = IntStream.range(0, 20).mapToObj(line::formatted).collect(Collectors.joining()) + "\n\n";
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(ok.getBytes(StandardCharsets.UTF_8)).exchange()
			.expectStatus().isOk();
		String tooMany = IntStream.range(0, 21).mapToObj(i -> line.formatted(i + 100)).collect(Collectors.joining());
		limitProblem(web.post().uri("/api/v1/import").contentType(NDJSON)
			.bodyValue(tooMany.getBytes(StandardCharsets.UTF_8)).exchange(), HttpStatus.CONTENT_TOO_LARGE,
				"import-lines", "20", "body");
		assertThat(cypher("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n").asLong()).isEqualTo(20);
	}

	@Test
	void whatIfIdsOverTheLimitIs400NamingTheList() {
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(CLUSTER.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		limitProblem(web.post().uri("/api/v1/clusters/c1/what-if").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"recruit\":[],\"remove\":[\"a\",\"b\",\"c\",\"d\"]}").exchange(), HttpStatus.BAD_REQUEST,
				"what-if-ids", "3", "remove");
	}

	@Test
	void tooManyTagsOrALongIdIs400NamingTheField() {
		String tags = IntStream.range(0, 101).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"E1\",\"name\":\"企业\",\"local\":true,\"tags\":[" + tags + "]}").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tags");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"from\":\"" + "a".repeat(201) + "\",\"to\":\"b\"}").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
	}

	@Test
	void theAnalysesAreRateLimitedPerCallerWithRetryAfter() {
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(CLUSTER.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		// 3 per hour, shared by the analyses (other tests of this class may have used some): the 4th at the latest is refused
		int answered = 0;
		while (web.get().uri("/api/v1/clusters/c1/gaps").exchange().returnResult(String.class).getStatus().value() == 200) {
			answered++;
			assertThat(answered).isLessThanOrEqualTo(3);
		}
		var response = web.get().uri("/api/v1/clusters/c1/matches").exchange();
		limitProblem(response, HttpStatus.TOO_MANY_REQUESTS, "analysis-requests", "3 per PT1H", "caller");
		String retryAfter = web.get().uri("/api/v1/clusters/c1/gaps").exchange().expectStatus().isEqualTo(429)
			.returnResult(String.class).getResponseHeaders().getFirst("Retry-After");
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
		// other operations are not limited
		web.get().uri("/api/v1/clusters/c1").exchange().expectStatus().isOk();
	}
}
