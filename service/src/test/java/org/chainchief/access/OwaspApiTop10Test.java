package org.chainchief.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chainchief.IntegrationTest;
import org.chainchief.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test per item of the OWASP API Security Top 10 (2023) that applies here. API4 (unrestricted resource
 * consumption) is the resilience issue's (limits, timeouts); API7 (SSRF) and API10 (unsafe consumption of APIs) do
 * not apply: the service fetches no URL a caller gives and consumes no other API.
 */
class OwaspApiTop10Test extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@BeforeEach
	void fixture() {
		cypher("""
				CREATE (s:Cluster {id: 'semiconductor', name: '半导体', chief: '张三'}), (o:Cluster {id: 'other', name: '其他'}),
				       (w:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (f:Link {id: 'semi.fab', name: '晶圆制造', stage: 'MIDSTREAM'}),
				       (x:Link {id: 'shared', name: '共用环节', stage: 'MIDSTREAM'}),
				       (s)-[:HAS_LINK]->(w), (s)-[:HAS_LINK]->(f), (s)-[:HAS_LINK]->(x), (o)-[:HAS_LINK]->(x),
				       (e1:Enterprise {id: 'E1', name: '中欣晶圆', local: true})-[:OPERATES_IN]->(w),
				       (e1)-[:OPERATES_IN]->(x)
				""");
	}

	@Test
	void api1BrokenObjectLevelAuthorization() {
		var other = asChief("other");
		other.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semi.wafer", "name", "改", "stage", "UPSTREAM", "clusters", List.of("semiconductor")))
			.exchange().expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("clusters")
			.jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("semiconductor"));
		other.delete().uri("/api/v1/links/semi.wafer").exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster");
		// Targets and projects live under /clusters/{id}/...: the cluster rule holds for every operation there.
		other.put().uri("/api/v1/clusters/semiconductor/targets/G1").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "G1")).exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("cluster");
		other.delete().uri("/api/v1/clusters/semiconductor/projects/P1").exchange().expectStatus().isForbidden();
		asChief("semiconductor").delete().uri("/api/v1/clusters/semiconductor/projects/P1").exchange()
			.expectStatus().isNotFound();
		// A shared link: its own chief may not edit its fields, nor delete it; only their membership may change.
		var own = asChief("semiconductor");
		own.put().uri("/api/v1/links/shared").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "shared", "name", "改名", "stage", "MIDSTREAM", "clusters", List.of("other", "semiconductor")))
			.exchange().expectStatus().isForbidden();
		own.delete().uri("/api/v1/links/shared").exchange().expectStatus().isForbidden();
		own.put().uri("/api/v1/links/shared").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "shared", "name", "共用环节", "stage", "MIDSTREAM", "clusters", List.of("other")))
			.exchange().expectStatus().isOk();
		// Now the link is other's alone: other may rename it; semiconductor's chief may add their cluster back.
		other.put().uri("/api/v1/links/shared").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "shared", "name", "共用", "stage", "MIDSTREAM", "clusters", List.of("other")))
			.exchange().expectStatus().isOk();
		own.put().uri("/api/v1/links/shared").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "shared", "name", "共用", "stage", "MIDSTREAM", "clusters", List.of("other", "semiconductor")))
			.exchange().expectStatus().isOk();
		other.put().uri("/api/v1/links/shared").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "shared", "name", "再改", "stage", "MIDSTREAM", "clusters", List.of("other", "semiconductor")))
			.exchange().expectStatus().isForbidden();
		// A shared enterprise (it operates in a link of another chief's cluster) is the administrator's.
		own.delete().uri("/api/v1/enterprises/E1").exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].reason").isEqualTo("not yours: other");
		// A new link in another chief's cluster.
		own.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "o.new", "name", "新", "stage", "UPSTREAM", "clusters", List.of("semiconductor", "other")))
			.exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("clusters[1]");
		assertThat(cypher("MATCH (l:Link {id: 'semi.wafer'}) RETURN l.name AS n").get(0).get("n").asString()).isEqualTo("硅片");
	}

	@Test
	void api2BrokenAuthentication() {
		String path = "/api/v1/clusters";
		anonymous().get().uri(path).exchange().expectStatus().isUnauthorized()
			.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
		bearer(TestJwts.token("zhang", List.of("analyst"), List.of())).get().uri("/api/v1/me").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.username").isEqualTo("zhang")
			.jsonPath("$.roles").isEqualTo(List.of("ANALYST"));
		KeyPair stranger = TestJwts.generate();
		String forged = TestJwts.sign(stranger, TestJwts.ISSUER, "x", List.of("ADMIN"), List.of(), Instant.now().plusSeconds(600));
		String expired = TestJwts.sign(TestJwts.trusted(), TestJwts.ISSUER, "x", List.of("ADMIN"), List.of(),
				Instant.now().minusSeconds(600));
		String wrongIssuer = TestJwts.sign(TestJwts.trusted(), "https://evil.example", "x", List.of("ADMIN"), List.of(),
				Instant.now().plusSeconds(600));
		for (String token : List.of(forged, expired, wrongIssuer, "not-a-jwt")) {
			bearer(token).get().uri(path).exchange().expectStatus().isUnauthorized()
				.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("Bearer"))
				.expectBody().jsonPath("$.type").isEqualTo("/problems/unauthorized");
		}
		String key = createKey("SYSTEM", null);
		apiKey(key).get().uri(path).exchange().expectStatus().isOk();
		anonymous().get().uri(path).header(HttpHeaders.AUTHORIZATION, "ApiKey " + key).exchange().expectStatus().isOk();
		assertThat(cypher("MATCH (k:ApiKey) RETURN k.lastUsedAt IS NOT NULL AS used").get(0).get("used").asBoolean()).isTrue();
		String id = web.get().uri("/api/v1/api-keys").exchange().expectBody(JsonNode.class).returnResult().getResponseBody()
			.get(0).get("id").asString();
		web.delete().uri("/api/v1/api-keys/" + id).exchange().expectStatus().isNoContent();
		apiKey(key).get().uri(path).exchange().expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("revoked"));
		String old = createKey("SYSTEM", null);
		cypher("MATCH (k:ApiKey) WHERE k.revokedAt IS NULL SET k.expiresAt = datetime() - duration('PT1M')");
		apiKey(old).get().uri(path).exchange().expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("expired"));
		apiKey("cck_guessed").get().uri(path).exchange().expectStatus().isUnauthorized();
		anonymous().get().uri(path).headers(h -> h.setBasicAuth("admin", "wrong")).exchange().expectStatus().isUnauthorized();
		anonymous().get().uri(path).headers(h -> h.setBasicAuth("chief-nosuchcluster", PASSWORD)).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void api3BrokenObjectPropertyLevelAuthorization() {
		// A chief may edit their cluster but not who its chief is.
		asChief("semiconductor").put().uri("/api/v1/clusters/semiconductor").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semiconductor", "name", "半导体", "chief", "我自己")).exchange()
			.expectStatus().isForbidden().expectBody().jsonPath("$.errors[0].field").isEqualTo("chief");
		asChief("semiconductor").put().uri("/api/v1/clusters/semiconductor").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semiconductor", "name", "半导体产业", "chief", "张三")).exchange().expectStatus().isOk();
		// Mass assignment: fields a client may not set on a key are ignored.
		String body = web.post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "k", "role", "SYSTEM", "id", "chosen", "hash", "00", "lastUsedAt", "2020-01-01T00:00:00Z",
					"revokedAt", "2020-01-01T00:00:00Z", "createdBy", "someone"))
			.exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		var stored = cypher("MATCH (k:ApiKey) RETURN k.id AS id, k.hash AS hash, k.lastUsedAt AS used, k.revokedAt AS revoked, k.createdBy AS by").get(0);
		assertThat(stored.get("id").asString()).isNotEqualTo("chosen");
		assertThat(stored.get("hash").asString()).hasSize(64).isNotEqualTo("00");
		assertThat(stored.get("used").isNull()).isTrue();
		assertThat(stored.get("revoked").isNull()).isTrue();
		assertThat(stored.get("by").asString()).isEqualTo("admin");
		String hash = stored.get("hash").asString();
		// No key hash in any answer: creation, list, audit trail.
		String list = web.get().uri("/api/v1/api-keys").exchange().expectBody(String.class).returnResult().getResponseBody();
		String audit = web.get().uri("/api/v1/audit").exchange().expectBody(String.class).returnResult().getResponseBody();
		String csv = new String(web.get().uri("/api/v1/audit/export").exchange().expectBody().returnResult().getResponseBody(),
				StandardCharsets.UTF_8);
		for (String answer : List.of(body, list, audit, csv)) {
			assertThat(answer).doesNotContain(hash).doesNotContain("\"hash\"");
		}
		assertThat(audit).contains("apiKey");
	}

	@Test
	void api5BrokenFunctionLevelAuthorization() {
		as("analyst").post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "x", "name", "x")).exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("role")
			.jsonPath("$.detail").isEqualTo("This operation needs role ADMIN; you have role ANALYST");
		as("system").delete().uri("/api/v1/links/semi.wafer").exchange().expectStatus().isForbidden();
		as("system").get().uri("/api/v1/export").exchange().expectStatus().isForbidden();
		asChief("semiconductor").get().uri("/api/v1/api-keys").exchange().expectStatus().isForbidden();
		asChief("semiconductor").post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "mine", "role", "ADMIN")).exchange().expectStatus().isForbidden();
		String chiefKey = createKey("CHIEF", List.of("semiconductor"));
		apiKey(chiefKey).delete().uri("/api/v1/clusters/semiconductor").exchange().expectStatus().isForbidden();
		apiKey(chiefKey).put().uri("/api/v1/enterprises/E1/operates/semi.fab").exchange().expectStatus().isCreated();
		as("analyst").get().uri("/actuator/health").exchange().expectStatus().isOk();
		as("analyst").get().uri("/actuator/info").exchange().expectStatus().isForbidden();
		assertThat(cypher("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n").asLong()).isEqualTo(2);
	}

	@Test
	void api6UnrestrictedAccessToSensitiveBusinessFlows() {
		asChief("semiconductor").delete().uri("/api/v1/clusters/semiconductor").exchange().expectStatus().isForbidden();
		as("analyst").post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue("{\"kind\":\"cluster\",\"id\":\"x\",\"name\":\"x\"}\n").exchange().expectStatus().isForbidden();
		as("system").post().uri("/api/v1/imports").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue("\n").exchange().expectStatus().isForbidden();
		String lines = String.join("\n",
				"{\"kind\":\"measure\",\"id\":\"M1\",\"cluster\":\"semiconductor\",\"name\":\"补链\"}",
				"{\"kind\":\"measure\",\"id\":\"M2\",\"cluster\":\"other\",\"name\":\"强链\"}",
				"{\"kind\":\"cluster\",\"id\":\"other\",\"name\":\"改名\"}",
				"{\"kind\":\"link\",\"id\":\"o.l\",\"name\":\"新\",\"stage\":\"UPSTREAM\",\"clusters\":[\"other\"]}",
				"{\"kind\":\"operates\",\"enterprise\":\"E1\",\"link\":\"semi.fab\"}",
				"{\"kind\":\"link\",\"id\":\"shared\",\"name\":\"共用\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"semiconductor\"]}") + "\n";
		asChief("semiconductor").post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(lines).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.accepted").isEqualTo(2)
			.jsonPath("$.rejectedCount").isEqualTo(4)
			.jsonPath("$.rejected[*].line").isEqualTo(List.of(2, 3, 4, 6))
			.jsonPath("$.rejected[0].reason").value(r -> assertThat(r.toString()).contains("cluster 'other'")
				.contains("not one of yours"));
		assertThat(cypher("MATCH (m:Measure) RETURN collect(m.id) AS ids").get(0).get("ids").asList()).containsExactly("M1");
		assertThat(cypher("MATCH (c:Cluster {id: 'other'}) RETURN c.name AS n").get(0).get("n").asString()).isEqualTo("其他");
		assertThat(cypher("MATCH (:Enterprise {id: 'E1'})-[r:OPERATES_IN]->(:Link {id: 'semi.fab'}) RETURN count(r) AS n")
			.get(0).get("n").asLong()).isEqualTo(1);
	}

	@Test
	void api8SecurityMisconfiguration() {
		web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().value("Content-Security-Policy", v -> {
				// scripts, style sheets and everything else only from the service; the one exception is style
				// attributes (ECharts positions its tooltips with them), which cannot run code
				assertThat(v).startsWith("default-src 'self'").contains("script-src 'self';").contains("style-src 'self';")
					.doesNotContain("unsafe-eval");
				assertThat(v.replace("style-src-attr 'unsafe-inline'", "")).doesNotContain("unsafe");
			});
		// CORS is off: a preflight from another origin is not allowed, a cross-origin answer names no allowed origin.
		var preflight = anonymous().options().uri("/api/v1/clusters").header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE").exchange().returnResult(byte[].class);
		assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin()).isNull();
		web.get().uri("/api/v1/clusters").header(HttpHeaders.ORIGIN, "https://evil.example").exchange()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		// Actuator: health for anyone, nothing else for non-admins, nothing but health exposed.
		anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
		anonymous().get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		as("analyst").get().uri("/actuator/env").exchange().expectStatus().isForbidden();
		web.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		// No internals in errors.
		for (var spec : List.of(web.get().uri("/api/v1/nope"), anonymous().get().uri("/api/v1/clusters"),
				web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON).bodyValue("{bad json"))) {
			String error = spec.exchange().expectBody(String.class).returnResult().getResponseBody();
			assertThat(error).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.springframework")
				.doesNotContain("neo4j");
		}
	}

	@Test
	void api9ImproperInventoryManagement() {
		TreeSet<String> served = new TreeSet<>();
		handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().forEach(p -> {
			if (p.getPatternString().startsWith("/api/")) {
				info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p.getPatternString()));
			}
		}));
		byte[] docs = web.get().uri("/v3/api-docs").exchange().expectBody().returnResult().getResponseBody();
		TreeSet<String> documented = new TreeSet<>();
		JSON.readTree(docs).get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
		assertThat(served).as("every route the service answers under /api is in the contract, and only those")
			.isEqualTo(documented);
	}

	private String createKey(String role, List<String> clusters) {
		Map<String, Object> body = clusters == null ? Map.of("name", "client", "role", role)
				: Map.of("name", "client", "role", role, "clusters", clusters);
		return web.post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("key").asString();
	}

	private org.springframework.test.web.reactive.server.WebTestClient bearer(String token) {
		return anonymous().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private org.springframework.test.web.reactive.server.WebTestClient apiKey(String key) {
		return anonymous().mutate().defaultHeader("X-API-Key", key).build();
	}
}
