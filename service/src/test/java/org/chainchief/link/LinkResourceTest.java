package org.chainchief.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class LinkResourceTest extends IntegrationTest {

	@BeforeEach
	void clusters() {
		cypher("CREATE (:Cluster {id: 'semi', name: '半导体'}), (:Cluster {id: 'prec', name: '精密制造'})");
	}

	private static Map<String, Object> link(String id, String name, String stage, List<String> clusters, String parent) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("name", name);
		body.put("stage", stage);
		body.put("clusters", clusters);
		body.put("parent", parent);
		return body;
	}

	private void post(Map<String, Object> body) {
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	@Test
	void createReadReplaceDeleteRoundTrip() {
		post(link("semi.materials", "材料", "UPSTREAM", List.of("semi"), null));
		Map<String, Object> wafer = link("semi.wafer", "硅片", "UPSTREAM", List.of("semi", "prec"), "semi.materials");
		wafer.put("nameEn", "Silicon wafers");
		wafer.put("chokepoint", true);
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON).bodyValue(wafer).exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/links/semi.wafer")
			.expectBody()
			.jsonPath("$.id").isEqualTo("semi.wafer")
			.jsonPath("$.stage").isEqualTo("UPSTREAM")
			.jsonPath("$.clusters").isEqualTo(List.of("prec", "semi"))
			.jsonPath("$.parent").isEqualTo("semi.materials")
			.jsonPath("$.chokepoint").isEqualTo(true);
		post(link("semi.fab", "晶圆制造", "MIDSTREAM", List.of("semi"), null));
		cypher("""
				MATCH (w:Link {id: 'semi.wafer'}), (f:Link {id: 'semi.fab'}), (m:Link {id: 'semi.materials'})
				CREATE (w)-[:FEEDS]->(f), (m)-[:FEEDS]->(w),
				       (:Enterprise {id: 'zx', name: '中欣晶圆', local: true})-[:OPERATES_IN {share: 0.02}]->(w),
				       (:Enterprise {id: 'sumco', name: '胜高', local: false})-[:OPERATES_IN {share: 0.25}]->(w),
				       (:Enterprise {id: 'sec', name: '信越化学', local: false})-[:OPERATES_IN {share: 0.3}]->(w),
				       (:Link {id: 'semi.wafer.12', name: '12英寸硅片', stage: 'UPSTREAM'})-[:PART_OF]->(w)
				""");

		web.get().uri("/api/v1/links/semi.wafer").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("硅片")
			.jsonPath("$.nameEn").isEqualTo("Silicon wafers")
			.jsonPath("$.clusters").isEqualTo(List.of("prec", "semi"))
			.jsonPath("$.parent").isEqualTo("semi.materials")
			.jsonPath("$.children").isEqualTo(List.of("semi.wafer.12"))
			.jsonPath("$.upstream").isEqualTo(List.of("semi.materials"))
			.jsonPath("$.downstream").isEqualTo(List.of("semi.fab"))
			// local first, then by share, largest first
			.jsonPath("$.enterprises[*].id").isEqualTo(List.of("zx", "sec", "sumco"))
			.jsonPath("$.enterprises[0].local").isEqualTo(true)
			.jsonPath("$.enterprises[0].share").isEqualTo(0.02)
			.jsonPath("$.enterprises[1].local").isEqualTo(false);

		// Replace: leaves prec, loses its parent, chokepoint undeclared; FEEDS, sub-links and enterprises stay.
		web.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "单晶硅片", "UPSTREAM", List.of("semi"), null))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("单晶硅片")
			.jsonPath("$.clusters").isEqualTo(List.of("semi"))
			.jsonPath("$.parent").isEmpty()
			.jsonPath("$.chokepoint").isEmpty();
		web.get().uri("/api/v1/links/semi.wafer").exchange()
			.expectBody()
			.jsonPath("$.chokepoint").isEqualTo(false)
			.jsonPath("$.parent").isEmpty()
			.jsonPath("$.children").isEqualTo(List.of("semi.wafer.12"))
			.jsonPath("$.upstream").isEqualTo(List.of("semi.materials"))
			.jsonPath("$.enterprises.length()").isEqualTo(3);

		cypher("""
				MATCH (zx:Enterprise {id: 'zx'}), (sec:Enterprise {id: 'sec'})
				CREATE (sec)-[:SUPPLIES {link: 'semi.wafer'}]->(zx), (sec)-[:SUPPLIES {link: 'semi.fab'}]->(zx)
				""");
		web.delete().uri("/api/v1/links/semi.wafer").exchange().expectStatus().isNoContent();
		web.get().uri("/api/v1/links/semi.wafer").exchange().expectStatus().isNotFound();
		assertThat(cypher("MATCH ()-[s:SUPPLIES]->() RETURN s.link AS link")).singleElement()
			.extracting(r -> r.get("link").asString()).isEqualTo("semi.fab");
		assertThat(cypher("MATCH (e:Enterprise) RETURN count(e) AS n").get(0).get("n").asLong()).isEqualTo(3);
		assertThat(cypher("MATCH (l:Link {id: 'semi.wafer.12'}) RETURN EXISTS { (l)-[:PART_OF]->() } AS p"))
			.singleElement().extracting(r -> r.get("p").asBoolean()).isEqualTo(false);
	}

	@Test
	void unknownReferencesAreRefusedWithoutWritingAnything() {
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi", "nope"), null))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("clusters[1]");
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi"), "semi.materials"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parent");
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi"), "semi.wafer"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parent")
			.jsonPath("$.errors[0].reason").isEqualTo("a link cannot be its own parent");
		assertThat(cypher("MATCH (l:Link) RETURN l")).isEmpty();

		Map<String, Object> badStage = link("semi.wafer", "硅片", "SIDEWAYS", List.of("semi"), null);
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON).bodyValue(badStage).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/invalid-request");
		Map<String, Object> noStage = link("semi.wafer", "硅片", null, List.of("semi"), null);
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON).bodyValue(noStage).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("stage");
		assertThat(cypher("MATCH (l:Link) RETURN l")).isEmpty();
	}

	@Test
	void duplicatesConflictsAndReplaceRules() {
		post(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi"), null));
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "另一个", "MIDSTREAM", List.of("prec"), null))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/conflict")
			.jsonPath("$.status").isEqualTo(409)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		assertThat(cypher("MATCH (c:Cluster)-[:HAS_LINK]->(l:Link) RETURN c.id + ':' + l.name AS x"))
			.extracting(r -> r.get("x").asString()).containsExactly("semi:硅片");

		post(link("semi.wafer.12", "12英寸硅片", "UPSTREAM", List.of("semi"), "semi.wafer"));
		web.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi"), "semi.wafer.12"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("parent");
		web.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("other", "硅片", "UPSTREAM", List.of("semi"), null))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri("/api/v1/links/nope").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("nope", "无", "UPSTREAM", List.of("semi"), null))
			.exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/not-found")
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi", "ghost"), null))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("clusters[1]");
		assertThat(cypher("MATCH (l:Link {id: 'semi.wafer.12'})-[:PART_OF]->(p) RETURN p.id AS p"))
			.extracting(r -> r.get("p").asString()).containsExactly("semi.wafer");
		web.delete().uri("/api/v1/links/nope").exchange().expectStatus().isNotFound();
		web.get().uri("/api/v1/links/nope").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void feedsAreIdempotentAndChecked() {
		post(link("semi.wafer", "硅片", "UPSTREAM", List.of("semi"), null));
		post(link("semi.fab", "晶圆制造", "MIDSTREAM", List.of("semi"), null));

		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.wafer", "to", "semi.fab"))
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.from").isEqualTo("semi.wafer").jsonPath("$.to").isEqualTo("semi.fab");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.wafer", "to", "semi.fab"))
			.exchange()
			.expectStatus().isOk();
		assertThat(cypher("MATCH ()-[f:FEEDS]->() RETURN count(f) AS n").get(0).get("n").asLong()).isEqualTo(1);

		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.ghost", "to", "semi.fab"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("from");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.fab", "to", "semi.ghost"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.fab", "to", "semi.fab"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("from", "semi.fab"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("to");

		web.delete().uri("/api/v1/feeds?from=semi.wafer&to=semi.fab").exchange().expectStatus().isNoContent();
		web.delete().uri("/api/v1/feeds?from=semi.wafer&to=semi.fab").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
		web.delete().uri("/api/v1/feeds?from=semi.wafer").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
		assertThat(cypher("MATCH ()-[f:FEEDS]->() RETURN f")).isEmpty();
	}
}
