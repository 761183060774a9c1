package org.chainchief.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RelationResourceTest extends IntegrationTest {

	@BeforeEach
	void graph() {
		cypher("""
				CREATE (:Link {id: 'semi.gas', name: '特种气体', stage: 'UPSTREAM'}),
				       (:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (:Enterprise {id: 'zf', name: '正帆科技', local: true}),
				       (:Enterprise {id: 'zx', name: '中欣晶圆', local: true})
				""");
	}

	private Double share() {
		var rows = cypher("MATCH (:Enterprise {id: 'zf'})-[o:OPERATES_IN]->(:Link {id: 'semi.gas'}) RETURN o.share AS s");
		assertThat(rows).hasSize(1);
		return rows.get(0).get("s").isNull() ? null : rows.get(0).get("s").asDouble();
	}

	@Test
	void operatesIsCreatedUpdatedAndRemoved() {
		web.put().uri("/api/v1/enterprises/zf/operates/semi.gas").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("share", 0.3))
			.exchange()
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.enterprise").isEqualTo("zf")
			.jsonPath("$.link").isEqualTo("semi.gas")
			.jsonPath("$.share").isEqualTo(0.3);
		assertThat(share()).isEqualTo(0.3);
		web.put().uri("/api/v1/enterprises/zf/operates/semi.gas").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("share", 0.45))
			.exchange()
			.expectStatus().isOk();
		assertThat(share()).isEqualTo(0.45);
		web.put().uri("/api/v1/enterprises/zf/operates/semi.gas").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.share").isEmpty();
		assertThat(share()).isNull();

		web.put().uri("/api/v1/enterprises/zf/operates/semi.gas").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("share", 1.5))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors[0].field").isEqualTo("share");
		assertThat(share()).isNull();

		web.put().uri("/api/v1/enterprises/ghost/operates/semi.gas").exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/not-found")
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.detail").isEqualTo("No enterprise with id 'ghost'")
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri("/api/v1/enterprises/zf/operates/ghost").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("No link with id 'ghost'")
			.jsonPath("$.errors[0].field").isEqualTo("linkId");

		web.delete().uri("/api/v1/enterprises/zf/operates/semi.gas").exchange().expectStatus().isNoContent();
		assertThat(cypher("MATCH ()-[o:OPERATES_IN]->() RETURN o")).isEmpty();
		web.delete().uri("/api/v1/enterprises/zf/operates/semi.gas").exchange().expectStatus().isNotFound();
		web.delete().uri("/api/v1/enterprises/ghost/operates/semi.gas").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("No enterprise with id 'ghost'");
		assertThat(cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN count(n) AS n").get(0).get("n").asLong())
			.isEqualTo(4);
	}

	@Test
	void suppliesAreCheckedIdempotentAndRemovable() {
		Map<String, String> gas = Map.of("supplier", "zf", "buyer", "zx", "link", "semi.gas");
		web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON).bodyValue(gas).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.supplier").isEqualTo("zf").jsonPath("$.link").isEqualTo("semi.gas");
		web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON).bodyValue(gas).exchange()
			.expectStatus().isOk();
		web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("supplier", "zf", "buyer", "zx", "link", "semi.wafer")).exchange()
			.expectStatus().isCreated();
		assertThat(cypher("MATCH (:Enterprise {id: 'zf'})-[s:SUPPLIES]->(:Enterprise {id: 'zx'}) RETURN s.link AS l ORDER BY l"))
			.extracting(r -> r.get("l").asString()).containsExactly("semi.gas", "semi.wafer");

		for (var bad : Map.of("supplier", Map.of("supplier", "ghost", "buyer", "zx", "link", "semi.gas"),
				"buyer", Map.of("supplier", "zf", "buyer", "ghost", "link", "semi.gas"),
				"link", Map.of("supplier", "zf", "buyer", "zx", "link", "semi.ghost")).entrySet()) {
			web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON).bodyValue(bad.getValue()).exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.type").isEqualTo("/problems/invalid-request")
				.jsonPath("$.status").isEqualTo(400)
				.jsonPath("$.errors.length()").isEqualTo(1)
				.jsonPath("$.errors[0].field").isEqualTo(bad.getKey());
		}
		web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("supplier", "zf", "buyer", "zf", "link", "semi.gas")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("buyer");
		web.post().uri("/api/v1/supplies").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("supplier", "zf", "buyer", "zx")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("link");
		assertThat(cypher("MATCH ()-[s:SUPPLIES]->() RETURN count(s) AS n").get(0).get("n").asLong()).isEqualTo(2);

		web.delete().uri("/api/v1/supplies?supplier=zf&buyer=zx&link=semi.gas").exchange().expectStatus().isNoContent();
		web.delete().uri("/api/v1/supplies?supplier=zf&buyer=zx&link=semi.gas").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
		web.delete().uri("/api/v1/supplies?supplier=zf&buyer=zx").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("link");
		assertThat(cypher("MATCH ()-[s:SUPPLIES]->() RETURN s.link AS l")).extracting(r -> r.get("l").asString())
			.containsExactly("semi.wafer");
	}

	@Test
	void malformedBodiesAreBadRequestsNeverServerErrors() {
		record Case(String method, String uri, String body) {
		}
		for (Case c : List.of(new Case("PUT", "/api/v1/enterprises/zf/operates/semi.gas", "{\"share\": \"much\"}"),
				new Case("PUT", "/api/v1/enterprises/zf/operates/semi.gas", "{\"share\": "),
				new Case("POST", "/api/v1/supplies", "[]"),
				new Case("POST", "/api/v1/supplies", "null"),
				new Case("POST", "/api/v1/feeds", "{\"from\": 1, \"to\": {}}"),
				new Case("POST", "/api/v1/links", "{\"id\": \"x\", \"name\": \"x\", \"stage\": \"UPSTREAM\", \"clusters\": {\"a\": 1}}"),
				new Case("POST", "/api/v1/enterprises", "{\"id\": \"x\", \"name\": \"x\", \"local\": \"perhaps\"}"),
				new Case("PUT", "/api/v1/clusters/x", ""))) {
			web.method(org.springframework.http.HttpMethod.valueOf(c.method()))
				.uri(c.uri())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(c.body())
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").isEqualTo("/problems/invalid-request");
		}
		assertThat(cypher("MATCH ()-[r]->() RETURN r")).isEmpty();
	}
}
