package org.chainchief.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class AuditTrailTest extends IntegrationTest {

	@BeforeEach
	void clusters() {
		cypher("CREATE (:Cluster {id: 'semi', name: '半导体'}), (:Cluster {id: 'prec', name: '精密'})");
	}

	private long entries() {
		return cypher("MATCH (a:AuditEntry) RETURN count(a) AS n").get(0).get("n").asLong();
	}

	private JsonNode page(String query) {
		return web.get().uri("/api/v1/audit" + query).exchange().expectStatus().isOk().expectBody(JsonNode.class)
			.returnResult().getResponseBody();
	}

	@Test
	void everyWriteHasOneEntryWithWhoWhatAndTheChangedFields() {
		var chief = asChief("semi");
		chief.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semi.wafer", "name", "硅片", "stage", "UPSTREAM", "clusters", List.of("semi")))
			.exchange().expectStatus().isCreated();
		chief.put().uri("/api/v1/links/semi.wafer").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semi.wafer", "name", "单晶硅片", "stage", "UPSTREAM", "clusters", List.of("semi")))
			.exchange().expectStatus().isOk();
		web.delete().uri("/api/v1/links/semi.wafer").exchange().expectStatus().isNoContent();
		assertThat(entries()).isEqualTo(3);

		JsonNode page = page("?kind=link");
		assertThat(page.get("total").asLong()).isEqualTo(3);
		JsonNode delete = page.get("items").get(0);
		JsonNode update = page.get("items").get(1);
		JsonNode create = page.get("items").get(2);
		assertThat(create.get("action").asString()).isEqualTo("CREATE");
		assertThat(create.get("actor").asString()).isEqualTo("chief-semi");
		assertThat(create.get("roles").get(0).asString()).isEqualTo("CHIEF");
		assertThat(create.get("target").asString()).isEqualTo("semi.wafer");
		assertThat(create.get("after").get("name").asString()).isEqualTo("硅片");
		assertThat(create.get("clusters").get(0).asString()).isEqualTo("semi");
		assertThat(update.get("action").asString()).isEqualTo("UPDATE");
		assertThat(update.get("fields").toString()).isEqualTo("[\"name\"]");
		assertThat(update.get("before").get("name").asString()).isEqualTo("硅片");
		assertThat(update.get("after").get("name").asString()).isEqualTo("单晶硅片");
		assertThat(delete.get("action").asString()).isEqualTo("DELETE");
		assertThat(delete.get("actor").asString()).isEqualTo("admin");
		assertThat(delete.get("after").isNull()).isTrue();

		// Filters, paging, the cluster's trail.
		assertThat(page("?actor=chief-semi").get("total").asLong()).isEqualTo(2);
		assertThat(page("?size=1&page=1").get("items").get(0).get("action").asString()).isEqualTo("UPDATE");
		assertThat(page("?since=2999-01-01").get("total").asLong()).isZero();
		web.get().uri("/api/v1/audit?since=yesterday").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("since");
		web.get().uri("/api/v1/clusters/semi/audit").exchange().expectBody().jsonPath("$.total").isEqualTo(3);
		web.get().uri("/api/v1/clusters/prec/audit").exchange().expectBody().jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void aFailedOrRefusedWriteLeavesNoEntryAndARepeatedOneChangesNothing() {
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "x", "name", "x", "stage", "UPSTREAM", "clusters", List.of("nope")))
			.exchange().expectStatus().isBadRequest();
		asChief("prec").post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "x", "name", "x", "stage", "UPSTREAM", "clusters", List.of("semi")))
			.exchange().expectStatus().isForbidden();
		web.put().uri("/api/v1/clusters/nope").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "nope", "name", "x")).exchange().expectStatus().isNotFound();
		assertThat(entries()).isZero();
		cypher("MATCH (s:Cluster {id: 'semi'}) CREATE (s)-[:HAS_LINK]->(:Link {id: 'a', name: 'a', stage: 'UPSTREAM'}), "
				+ "(s)-[:HAS_LINK]->(:Link {id: 'b', name: 'b', stage: 'MIDSTREAM'})");
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("from", "a", "to", "b"))
			.exchange().expectStatus().isCreated();
		web.post().uri("/api/v1/feeds").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("from", "a", "to", "b"))
			.exchange().expectStatus().isOk();
		JsonNode page = page("");
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("target").asString()).isEqualTo("a → b");
		assertThat(page.get("items").get(0).get("kind").asString()).isEqualTo("feeds");
	}

	@Test
	void anImportIsOneEntryWithItsCounts() {
		String lines = """
				{"kind":"link","id":"semi.wafer","name":"硅片","stage":"UPSTREAM","clusters":["semi"]}
				{"kind":"link","id":"semi.fab","name":"晶圆制造","stage":"MIDSTREAM","clusters":["semi"]}
				{"kind":"feeds","from":"semi.wafer","to":"semi.fab"}
				{"kind":"feeds","from":"semi.wafer","to":"nope"}
				""";
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(lines)
			.exchange().expectStatus().isOk();
		assertThat(entries()).isEqualTo(1);
		JsonNode entry = page("?kind=import").get("items").get(0);
		assertThat(entry.get("action").asString()).isEqualTo("IMPORT");
		assertThat(entry.get("actor").asString()).isEqualTo("admin");
		assertThat(entry.get("clusters").toString()).isEqualTo("[\"semi\"]");
		JsonNode summary = entry.get("summary");
		assertThat(summary.get("records").asLong()).isEqualTo(4);
		assertThat(summary.get("accepted").asLong()).isEqualTo(3);
		assertThat(summary.get("rejected").asLong()).isEqualTo(1);
		assertThat(summary.get("counts").get("link").get("created").asLong()).isEqualTo(2);
		assertThat(summary.get("rejections").get(0).get("line").asLong()).isEqualTo(4);
		// A workbook or CSV upload is named by its file.
		var parts = new org.springframework.http.client.MultipartBodyBuilder();
		parts.part("file", "环节编号,环节名称,所处阶段,所属集群\nsemi.epi,外延,中游,semi\n".getBytes(StandardCharsets.UTF_8))
			.filename("环节.csv").contentType(MediaType.parseMediaType("text/csv"));
		web.post().uri("/api/v1/import").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(parts.build()))
			.exchange().expectStatus().isOk();
		assertThat(page("?kind=import").get("items").get(0).get("target").asString()).isEqualTo("环节.csv");
	}

	@Test
	void csvExportHasABomAndChineseHeaders() {
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "新", "name", "新能源")).exchange().expectStatus().isCreated();
		var result = web.get().uri("/api/v1/audit/export").exchange().expectStatus().isOk()
			.expectHeader().value("Content-Disposition", v -> assertThat(v).contains("filename*=UTF-8''"))
			.expectBody().returnResult();
		String csv = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF时间,操作人,角色,对象类型,对象,操作,所属集群,变更字段,变更前,变更后,摘要");
		assertThat(csv).contains("admin,ADMIN,cluster,新,CREATE,新");
	}
}
