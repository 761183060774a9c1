package org.chainchief.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the contract, called by every role on the same small graph (rebuilt before each call),
 * answers the status the role table in the README says. The operations are read from {@code /v3/api-docs}: an
 * operation without a row here fails {@link #everyOperationOfTheContractHasARow}.
 */
class AccessMatrixTest extends IntegrationTest {

	/** The callers, in the order of each row's statuses. */
	enum Who {
		ANONYMOUS, SYSTEM, ANALYST, CHIEF_OWN, CHIEF_OTHER, ADMIN
	}

	record Row(String operation, String uri, String contentType, Object body, int... statuses) {

		@Override
		public String toString() {
			return operation;
		}
	}

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String NDJSON = "application/x-ndjson";

	private static final int[] READ = { 401, 200, 200, 200, 200, 200 };

	static final List<Row> ROWS = List.of(
			row("GET /api/v1/clusters", "/api/v1/clusters", READ),
			row("POST /api/v1/clusters", "/api/v1/clusters", JSON, Map.of("id", "new", "name", "新集群"), 401, 403, 403, 403, 403, 201),
			row("GET /api/v1/clusters/{id}", "/api/v1/clusters/semiconductor", READ),
			row("PUT /api/v1/clusters/{id}", "/api/v1/clusters/semiconductor", JSON,
					Map.of("id", "semiconductor", "name", "半导体全链条"), 401, 403, 403, 200, 403, 200),
			row("DELETE /api/v1/clusters/{id}", "/api/v1/clusters/semiconductor", 401, 403, 403, 403, 403, 204),
			row("GET /api/v1/clusters/{id}/chain", "/api/v1/clusters/semiconductor/chain", READ),
			row("GET /api/v1/clusters/{id}/gaps", "/api/v1/clusters/semiconductor/gaps", READ),
			row("GET /api/v1/clusters/{id}/chain.svg", "/api/v1/clusters/semiconductor/chain.svg", READ),
			row("GET /api/v1/clusters/{id}/chain.png", "/api/v1/clusters/semiconductor/chain.png", READ),
			row("GET /api/v1/clusters/{id}/mindmap", "/api/v1/clusters/semiconductor/mindmap", READ),
			row("GET /api/v1/clusters/{id}/report.xlsx", "/api/v1/clusters/semiconductor/report.xlsx", READ),
			row("GET /api/v1/clusters/{id}/{list}.csv", "/api/v1/clusters/semiconductor/gaps.csv", READ),
			row("GET /api/v1/report.xlsx", "/api/v1/report.xlsx", READ),
			row("GET /api/v1/clusters/{id}/projects/pipeline", "/api/v1/clusters/semiconductor/projects/pipeline?year=2026", READ),
			row("GET /api/v1/clusters/{id}/targets", "/api/v1/clusters/semiconductor/targets", READ),
			row("GET /api/v1/clusters/{id}/targets/{itemId}", "/api/v1/clusters/semiconductor/targets/no-such", 401, 404, 404, 404, 404, 404),
			row("POST /api/v1/clusters/{id}/targets", "/api/v1/clusters/semiconductor/targets", JSON, Map.of("id", "G-new", "name", "新目标", "metric", "completeness", "value", 80), 401, 403, 403, 201, 403, 201),
			row("PUT /api/v1/clusters/{id}/targets/{itemId}", "/api/v1/clusters/semiconductor/targets/no-such", JSON, Map.of("id", "no-such", "name", "新目标", "metric", "completeness", "value", 80), 401, 403, 403, 404, 403, 404),
			row("DELETE /api/v1/clusters/{id}/targets/{itemId}", "/api/v1/clusters/semiconductor/targets/no-such", 401, 403, 403, 404, 403, 404),
			row("GET /api/v1/clusters/{id}/measures", "/api/v1/clusters/semiconductor/measures", READ),
			row("GET /api/v1/clusters/{id}/measures/{itemId}", "/api/v1/clusters/semiconductor/measures/no-such", 401, 404, 404, 404, 404, 404),
			row("POST /api/v1/clusters/{id}/measures", "/api/v1/clusters/semiconductor/measures", JSON, Map.of("id", "M-new", "name", "新措施"), 401, 403, 403, 201, 403, 201),
			row("PUT /api/v1/clusters/{id}/measures/{itemId}", "/api/v1/clusters/semiconductor/measures/no-such", JSON, Map.of("id", "no-such", "name", "新措施"), 401, 403, 403, 404, 403, 404),
			row("DELETE /api/v1/clusters/{id}/measures/{itemId}", "/api/v1/clusters/semiconductor/measures/no-such", 401, 403, 403, 404, 403, 404),
			row("GET /api/v1/clusters/{id}/projects", "/api/v1/clusters/semiconductor/projects", READ),
			row("GET /api/v1/clusters/{id}/projects/{itemId}", "/api/v1/clusters/semiconductor/projects/no-such", 401, 404, 404, 404, 404, 404),
			row("POST /api/v1/clusters/{id}/projects", "/api/v1/clusters/semiconductor/projects", JSON, Map.of("id", "P-new", "name", "新项目"), 401, 403, 403, 201, 403, 201),
			row("PUT /api/v1/clusters/{id}/projects/{itemId}", "/api/v1/clusters/semiconductor/projects/no-such", JSON, Map.of("id", "no-such", "name", "新项目"), 401, 403, 403, 404, 403, 404),
			row("DELETE /api/v1/clusters/{id}/projects/{itemId}", "/api/v1/clusters/semiconductor/projects/no-such", 401, 403, 403, 404, 403, 404),
			row("GET /api/v1/clusters/{id}/teams", "/api/v1/clusters/semiconductor/teams", READ),
			row("GET /api/v1/clusters/{id}/teams/{itemId}", "/api/v1/clusters/semiconductor/teams/no-such", 401, 404, 404, 404, 404, 404),
			row("POST /api/v1/clusters/{id}/teams", "/api/v1/clusters/semiconductor/teams", JSON, Map.of("id", "T-new", "name", "新团队"), 401, 403, 403, 201, 403, 201),
			row("PUT /api/v1/clusters/{id}/teams/{itemId}", "/api/v1/clusters/semiconductor/teams/no-such", JSON, Map.of("id", "no-such", "name", "新团队"), 401, 403, 403, 404, 403, 404),
			row("DELETE /api/v1/clusters/{id}/teams/{itemId}", "/api/v1/clusters/semiconductor/teams/no-such", 401, 403, 403, 404, 403, 404),
			row("GET /api/v1/clusters/{id}/gaps/{linkId}/recruits", "/api/v1/clusters/semiconductor/gaps/semi.wafer/recruits", READ),
			row("GET /api/v1/clusters/{id}/matches", "/api/v1/clusters/semiconductor/matches", READ),
			row("GET /api/v1/clusters/{id}/recruits", "/api/v1/clusters/semiconductor/recruits", READ),
			row("POST /api/v1/clusters/{id}/what-if", "/api/v1/clusters/semiconductor/what-if", JSON,
					Map.of("recruit", List.of(), "remove", List.of("E2")), READ),
			row("GET /api/v1/clusters/{id}/audit", "/api/v1/clusters/semiconductor/audit", 401, 403, 200, 200, 403, 200),
			row("GET /api/v1/enterprises", "/api/v1/enterprises", READ),
			row("POST /api/v1/enterprises", "/api/v1/enterprises", JSON, Map.of("id", "E9", "name", "新企业", "local", true),
					401, 403, 403, 201, 201, 201),
			row("GET /api/v1/enterprises/{id}", "/api/v1/enterprises/E1", READ),
			row("PUT /api/v1/enterprises/{id}", "/api/v1/enterprises/E1", JSON,
					Map.of("id", "E1", "name", "中欣晶圆", "local", true), 401, 403, 403, 200, 403, 200),
			row("DELETE /api/v1/enterprises/{id}", "/api/v1/enterprises/E1", 401, 403, 403, 204, 403, 204),
			row("GET /api/v1/enterprises/{id}/impact", "/api/v1/enterprises/E1/impact", READ),
			row("PUT /api/v1/enterprises/{id}/operates/{linkId}", "/api/v1/enterprises/E2/operates/semi.wafer", JSON,
					Map.of("share", 0.2), 401, 403, 403, 201, 403, 201),
			row("DELETE /api/v1/enterprises/{id}/operates/{linkId}", "/api/v1/enterprises/E1/operates/semi.wafer",
					401, 403, 403, 204, 403, 204),
			row("GET /api/v1/export", "/api/v1/export", 401, 403, 200, 403, 403, 200),
			row("POST /api/v1/feeds", "/api/v1/feeds", JSON, Map.of("from", "semi.fab", "to", "semi.wafer"),
					401, 403, 403, 201, 403, 201),
			row("DELETE /api/v1/feeds", "/api/v1/feeds?from=semi.wafer&to=semi.fab", 401, 403, 403, 204, 403, 204),
			// A chief of another cluster gets the report, with the lines outside their clusters rejected.
			row("POST /api/v1/import", "/api/v1/import", NDJSON,
					"{\"kind\":\"measure\",\"id\":\"M1\",\"cluster\":\"semiconductor\",\"name\":\"补链\"}\n",
					401, 403, 403, 200, 200, 200),
			row("GET /api/v1/import/template.xlsx", "/api/v1/import/template.xlsx", READ),
			row("POST /api/v1/imports", "/api/v1/imports", NDJSON, "\n", 401, 403, 403, 202, 202, 202),
			row("GET /api/v1/imports/{id}", "/api/v1/imports/no-such-job", 401, 403, 403, 404, 404, 404),
			row("POST /api/v1/links", "/api/v1/links", JSON,
					Map.of("id", "semi.new", "name", "新环节", "stage", "UPSTREAM", "clusters", List.of("semiconductor")),
					401, 403, 403, 201, 403, 201),
			row("GET /api/v1/links/{id}", "/api/v1/links/semi.wafer", READ),
			row("PUT /api/v1/links/{id}", "/api/v1/links/semi.wafer", JSON,
					Map.of("id", "semi.wafer", "name", "单晶硅片", "stage", "UPSTREAM", "clusters", List.of("semiconductor")),
					401, 403, 403, 200, 403, 200),
			row("DELETE /api/v1/links/{id}", "/api/v1/links/semi.wafer", 401, 403, 403, 204, 403, 204),
			row("POST /api/v1/supplies", "/api/v1/supplies", JSON, Map.of("supplier", "E2", "buyer", "E1", "link", "semi.fab"),
					401, 403, 403, 201, 403, 201),
			row("DELETE /api/v1/supplies", "/api/v1/supplies?supplier=E1&buyer=E2&link=semi.wafer", 401, 403, 403, 204, 403, 204),
			row("GET /api/v1/me", "/api/v1/me", 200, 200, 200, 200, 200, 200),
			row("POST /api/v1/api-keys", "/api/v1/api-keys", JSON, Map.of("name", "dashboard", "role", "SYSTEM"),
					401, 403, 403, 403, 403, 201),
			row("GET /api/v1/api-keys", "/api/v1/api-keys", 401, 403, 403, 403, 403, 200),
			row("DELETE /api/v1/api-keys/{id}", "/api/v1/api-keys/no-such-key", 401, 403, 403, 403, 403, 404),
			row("GET /api/v1/audit", "/api/v1/audit", 401, 403, 200, 403, 403, 200),
			row("GET /api/v1/audit/export", "/api/v1/audit/export", 401, 403, 200, 403, 403, 200));

	@Test
	void everyOperationOfTheContractHasARow() {
		byte[] served = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBody();
		JsonNode paths = JsonMapper.builder().build().readTree(served).get("paths");
		TreeSet<String> operations = new TreeSet<>();
		paths.properties().forEach(path -> path.getValue().properties()
			.forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey())));
		TreeSet<String> rows = new TreeSet<>(ROWS.stream().map(Row::operation).toList());
		assertThat(rows).as("a row per operation of the contract, and no row for an operation it lacks")
			.isEqualTo(operations);
	}

	static Stream<Row> rows() {
		return ROWS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void eachRoleGetsItsStatus(Row row) {
		Map<Who, Integer> actual = new LinkedHashMap<>();
		Map<Who, Integer> expected = new LinkedHashMap<>();
		for (Who who : Who.values()) {
			emptyGraph();
			fixture();
			expected.put(who, row.statuses()[who.ordinal()]);
			actual.put(who, call(client(who), row));
		}
		assertThat(actual).as(row.operation()).isEqualTo(expected);
	}

	private int call(WebTestClient client, Row row) {
		HttpMethod method = HttpMethod.valueOf(row.operation().split(" ")[0]);
		WebTestClient.RequestBodySpec spec = client.method(method).uri(row.uri());
		WebTestClient.RequestHeadersSpec<?> request = row.body() == null ? spec
				: spec.contentType(MediaType.parseMediaType(row.contentType())).bodyValue(row.body());
		return request.exchange().returnResult(byte[].class).getStatus().value();
	}

	private WebTestClient client(Who who) {
		return switch (who) {
			case ANONYMOUS -> anonymous();
			case SYSTEM -> as("system");
			case ANALYST -> as("analyst");
			case CHIEF_OWN -> asChief("semiconductor");
			case CHIEF_OTHER -> asChief("other");
			case ADMIN -> as("admin");
		};
	}

	/** Two clusters; the semiconductor chain has two links, two enterprises and a supply between them. */
	void fixture() {
		cypher("""
				CREATE (s:Cluster {id: 'semiconductor', name: '半导体'}), (:Cluster {id: 'other', name: '其他'}),
				       (w:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (f:Link {id: 'semi.fab', name: '晶圆制造', stage: 'MIDSTREAM'}),
				       (s)-[:HAS_LINK]->(w), (s)-[:HAS_LINK]->(f), (w)-[:FEEDS]->(f),
				       (e1:Enterprise {id: 'E1', name: '中欣晶圆', local: true})-[:OPERATES_IN {share: 0.1}]->(w),
				       (e2:Enterprise {id: 'E2', name: '广芯微', local: true})-[:OPERATES_IN]->(f),
				       (e1)-[:SUPPLIES {link: 'semi.wafer'}]->(e2)
				""");
	}

	private static Row row(String operation, String uri, int... statuses) {
		return new Row(operation, uri, null, null, statuses);
	}

	private static Row row(String operation, String uri, String contentType, Object body, int... statuses) {
		return new Row(operation, uri, contentType, body, statuses);
	}

}
