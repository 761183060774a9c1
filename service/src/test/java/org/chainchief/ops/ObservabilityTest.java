package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Health groups, Prometheus metrics (routes, queries by catalog name, import records), request ids. */
class ObservabilityTest extends IntegrationTest {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	@Test
	void livenessAndReadinessIncludingTheDatabase() {
		web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4jReadiness.status").isEqualTo("UP")
			.jsonPath("$.components.readinessState.status").isEqualTo("UP");
	}

	@Test
	void prometheusHasRouteHistogramsQueryTimingsByCatalogNameAndImportCounters() {
		String ndjson = """
				{"kind":"cluster","id":"c1","name":"集群"}
				{"kind":"link","id":"l1","name":"环节","stage":"UPSTREAM","clusters":["c1"]}
				{"kind":"link","id":"l1","name":"环节","stage":"SIDEWAYS","clusters":["c1"]}
				""";
		double createdBefore = counter(prometheus(), "cluster", "created");
		double rejectedBefore = counter(prometheus(), "link", "rejected");
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(ndjson.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		web.get().uri("/api/v1/clusters/c1/gaps").exchange().expectStatus().isOk();
		String metrics = web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics)
			.contains("http_server_requests_seconds_bucket{")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/clusters/\\{id\\}/gaps\"")
			.containsPattern("chain_chief_db_query_seconds_count\\{[^}]*query=\"gap/[a-z-]+\"")
			.containsPattern("chain_chief_import_records_total\\{[^}]*kind=\"cluster\"[^}]*outcome=\"created\"");
		// The registry lives as long as the (shared) test context: this import adds exactly one of each.
		assertThat(counter(metrics, "cluster", "created")).isEqualTo(createdBefore + 1);
		assertThat(counter(metrics, "link", "rejected")).isEqualTo(rejectedBefore + 1);
	}

	@Test
	void aOneRowReadTakenByItsFirstRecordIsTimedAsASuccess() {
		// the readiness check takes the ping's one record with next(), which cancels the rest of the stream
		String before = prometheus();
		web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		String after = prometheus();
		assertThat(timer(after, "ops/ping", "success")).isEqualTo(timer(before, "ops/ping", "success") + 1);
		assertThat(timer(after, "ops/ping", "cancelled")).isEqualTo(timer(before, "ops/ping", "cancelled"));
	}

	@Test
	void aRequestIdIsTakenOrMadeAndReturnedInEveryProblem() {
		web.get().uri("/api/v1/clusters/nope").header("X-Request-Id", "abc-123").exchange()
			.expectStatus().isNotFound()
			.expectHeader().valueEquals("X-Request-Id", "abc-123")
			.expectBody().jsonPath("$.requestId").isEqualTo("abc-123");
		// from a filter, outside any controller
		web.get().uri("/no/such/path").header("X-Request-Id", "abc-124").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.requestId").isEqualTo("abc-124");
		// a hostile id is replaced by a new one
		var result = web.get().uri("/api/v1/clusters/nope").header("X-Request-Id", "bad id <script>").exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class).returnResult();
		String made = result.getResponseHeaders().getFirst("X-Request-Id");
		assertThat(made).matches("[0-9a-f-]{36}");
		assertThat(result.getResponseBody()).contains("\"requestId\":\"" + made + "\"");
		// and made when absent
		assertThat(web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk().returnResult(String.class)
			.getResponseHeaders().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	/** The count of {@code chain_chief_db_query_seconds} for a catalog query and outcome; 0 before the first. */
	private static double timer(String metrics, String query, String outcome) {
		var matcher = java.util.regex.Pattern.compile("chain_chief_db_query_seconds_count\\{([^}]*)\\} (\\S+)").matcher(metrics);
		double count = 0;
		while (matcher.find()) {
			String tags = matcher.group(1);
			if (tags.contains("query=\"" + query + "\"") && tags.contains("outcome=\"" + outcome + "\"")) {
				count += Double.parseDouble(matcher.group(2));
			}
		}
		return count;
	}

	@Test
	void theRecruitReadModelsAreMetered() {
		String ndjson = """
				{"kind":"cluster","id":"c1","name":"集群"}
				{"kind":"link","id":"l1","name":"环节","stage":"UPSTREAM","clusters":["c1"]}
				{"kind":"enterprise","id":"o1","name":"外地企业","local":false}
				{"kind":"operates","enterprise":"o1","link":"l1"}
				""";
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(ndjson.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		String before = prometheus();
		double builds = value(before, "chain_chief_read_model_builds_total", "");
		double answers = value(before, "chain_chief_read_model_answers_total", "answer=\"link\"");
		// the first answer after the import reads the statement; the link's model is read behind it
		web.get().uri("/api/v1/clusters/c1/gaps/l1/recruits").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[0].enterpriseId").isEqualTo("o1");
		String built = reactor.core.publisher.Mono.fromCallable(this::prometheus)
			.subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
			.filter(m -> value(m, "chain_chief_read_model_builds_total", "") >= builds + 1)
			.repeatWhenEmpty(600, ticks -> ticks.delayElements(java.time.Duration.ofMillis(100)))
			.block(java.time.Duration.ofSeconds(60));
		assertThat(built).as("the model read within 60 s").isNotNull();
		web.get().uri("/api/v1/clusters/c1/gaps/l1/recruits").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[0].enterpriseId").isEqualTo("o1");
		String after = prometheus();
		assertThat(value(after, "chain_chief_read_model_answers_total", "answer=\"link\""))
			.as("the second answer from it").isEqualTo(answers + 1);
		assertThat(value(after, "chain_chief_read_model_candidates", "")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theKeptAnswersAreMetered() {
		String ndjson = """
				{"kind":"cluster","id":"c2","name":"集群二"}
				{"kind":"link","id":"l2","name":"环节二","stage":"UPSTREAM","clusters":["c2"]}
				{"kind":"enterprise","id":"e2","name":"企业二","local":true}
				""";
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(ndjson.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		Map<String, String> answers = Map.of("gaps", "/api/v1/clusters/c2/gaps", "matches",
				"/api/v1/clusters/c2/matches", "impact", "/api/v1/enterprises/e2/impact");
		answers.forEach((answer, uri) -> {
			String tag = "answer=\"" + answer + "\"";
			double before = value(prometheus(), "chain_chief_read_model_answers_total", tag);
			// the first answer after the import reads the statement and is kept; the second is the one kept
			for (int i = 0; i < 2; i++) {
				web.get().uri(uri).exchange().expectStatus().isOk();
			}
			assertThat(value(prometheus(), "chain_chief_read_model_answers_total", tag))
				.as("the second %s from the one kept", answer).isEqualTo(before + 1);
		});
	}

	@Test
	void whatIfsOnTheGapFiguresAreMetered() {
		String ndjson = """
				{"kind":"cluster","id":"c3","name":"集群三"}
				{"kind":"link","id":"l3","name":"环节三","stage":"UPSTREAM","clusters":["c3"]}
				{"kind":"enterprise","id":"e3","name":"企业三","local":false}
				{"kind":"operates","enterprise":"e3","link":"l3"}
				""";
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(ndjson.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk();
		String tag = "answer=\"whatif\"";
		double before = value(prometheus(), "chain_chief_read_model_answers_total", tag);
		for (int i = 0; i < 2; i++) {
			web.post().uri("/api/v1/clusters/c3/what-if").bodyValue(Map.of("recruit", List.of("e3"))).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.closed[0]").isEqualTo("l3");
		}
		assertThat(value(prometheus(), "chain_chief_read_model_answers_total", tag))
			.as("both what-ifs built on the cluster's gap figures (read, then kept)").isEqualTo(before + 2);
	}

	@Test
	void theDriversConnectionPoolIsMetered() {
		double acquiredBefore = value(prometheus(), "chain_chief_db_pool_acquired_total", "");
		web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk();
		String metrics = prometheus();
		assertThat(value(metrics, "chain_chief_db_pool_acquired_total", "")).as("the read took a connection")
			.isGreaterThan(acquiredBefore);
		assertThat(value(metrics, "chain_chief_db_pool_connections", "state=\"idle\"")
				+ value(metrics, "chain_chief_db_pool_connections", "state=\"in-use\""))
			.as("the pool holds the connection it opened").isGreaterThanOrEqualTo(1);
		assertThat(value(metrics, "chain_chief_db_pool_acquiring", "")).isNotNaN();
		assertThat(value(metrics, "chain_chief_db_pool_acquisition_timeouts_total", "")).isZero();
		assertThat(value(metrics, "chain_chief_db_pool_acquisition_time_milliseconds_total", "")).isNotNaN();
		assertThat(value(metrics, "chain_chief_reads_active", "")).as("reading requests in work").isBetween(0.0, 8.0);
		assertThat(value(metrics, "chain_chief_reads_waiting", "")).as("none waits: one request at a time").isZero();
	}

	/** The value of a sample of the Prometheus text by name, with a label such as {@code state="idle"}; NaN when absent. */
	private static double value(String metrics, String name, String label) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("(?m)^" + java.util.regex.Pattern.quote(name) + "(?:\\{([^}]*)\\})? ([0-9.E+-]+|NaN)$")
			.matcher(metrics);
		while (m.find()) {
			if (label.isEmpty() || (m.group(1) != null && m.group(1).contains(label))) {
				return Double.parseDouble(m.group(2));
			}
		}
		return Double.NaN;
	}

	private String prometheus() {
		return web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	/** The value of {@code chain_chief_import_records_total} for a kind and outcome; 0 before the first. */
	private static double counter(String metrics, String kind, String outcome) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("chain_chief_import_records_total\\{[^}]*kind=\"" + kind + "\"[^}]*outcome=\"" + outcome
					+ "\"[^}]*\\} ([0-9.E+-]+)")
			.matcher(metrics);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}
}
