package org.chainchief.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EnterpriseResourceTest extends IntegrationTest {

	private static Map<String, Object> enterprise(String id, String name, boolean local) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("name", name);
		body.put("local", local);
		return body;
	}

	@Test
	void createReadReplaceDeleteRoundTrip() {
		Map<String, Object> zx = enterprise("E-zx", "中欣晶圆", true);
		zx.put("nameEn", "Zhongxin Wafer");
		zx.put("region", "浙江省丽水市");
		zx.put("country", "CHN");
		zx.put("revenue", 12000);
		zx.put("tags", List.of("专精特新", "高新"));
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(zx).exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/enterprises/E-zx")
			.expectBody()
			.jsonPath("$.name").isEqualTo("中欣晶圆")
			.jsonPath("$.revenue").isEqualTo(12000.0)
			.jsonPath("$.aboveScale").isEqualTo(true)
			.jsonPath("$.tags").isEqualTo(List.of("专精特新", "高新"));

		cypher("""
				CREATE (w:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (g:Link {id: 'semi.gas', name: '特种气体', stage: 'UPSTREAM'}),
				       (f:Link {id: 'semi.fab', name: '晶圆制造', stage: 'MIDSTREAM'}),
				       (zf:Enterprise {id: 'E-zf', name: '正帆科技', local: true}),
				       (ln:Enterprise {id: 'E-ln', name: '爱发科', local: false}),
				       (gx:Enterprise {id: 'E-gx', name: '广芯微', local: true})
				WITH w, g, f, zf, ln, gx
				MATCH (zx:Enterprise {id: 'E-zx'})
				CREATE (zx)-[:OPERATES_IN {share: 0.02}]->(w), (zx)-[:OPERATES_IN]->(f),
				       (zf)-[:SUPPLIES {link: 'semi.gas'}]->(zx), (ln)-[:SUPPLIES {link: 'semi.gas'}]->(zx),
				       (zx)-[:SUPPLIES {link: 'semi.wafer'}]->(gx)
				""");
		web.get().uri("/api/v1/enterprises/E-zx").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.local").isEqualTo(true)
			.jsonPath("$.region").isEqualTo("浙江省丽水市")
			.jsonPath("$.links[*].id").isEqualTo(List.of("semi.wafer", "semi.fab"))
			.jsonPath("$.links[0].share").isEqualTo(0.02)
			.jsonPath("$.links[0].stage").isEqualTo("UPSTREAM")
			.jsonPath("$.links[1].share").isEmpty()
			.jsonPath("$.suppliers.length()").isEqualTo(1)
			.jsonPath("$.suppliers[0].link").isEqualTo("semi.gas")
			.jsonPath("$.suppliers[0].linkName").isEqualTo("特种气体")
			// pinyin: 爱发科 (ai) before 正帆科技 (zheng), although 爱 U+7231 comes after 正 U+6B63
			.jsonPath("$.suppliers[0].enterprises[*].id").isEqualTo(List.of("E-ln", "E-zf"))
			.jsonPath("$.suppliers[0].enterprises[1].local").isEqualTo(true)
			.jsonPath("$.customers[0].link").isEqualTo("semi.wafer")
			.jsonPath("$.customers[0].enterprises[*].name").isEqualTo(List.of("广芯微"));

		Map<String, Object> replaced = enterprise("E-zx", "中欣晶圆材料", true);
		replaced.put("revenue", 1500);
		web.put().uri("/api/v1/enterprises/E-zx").contentType(MediaType.APPLICATION_JSON).bodyValue(replaced).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("中欣晶圆材料")
			.jsonPath("$.aboveScale").isEqualTo(false)
			.jsonPath("$.region").isEmpty()
			.jsonPath("$.tags").isEmpty();
		assertThat(cypher("MATCH (e:Enterprise {id: 'E-zx'})-[r]-() RETURN count(r) AS n").get(0).get("n").asLong())
			.isEqualTo(5);

		web.delete().uri("/api/v1/enterprises/E-zx").exchange().expectStatus().isNoContent();
		web.get().uri("/api/v1/enterprises/E-zx").exchange().expectStatus().isNotFound();
		assertThat(cypher("MATCH ()-[r:SUPPLIES|OPERATES_IN]->() RETURN count(r) AS n").get(0).get("n").asLong())
			.isZero();
		assertThat(cypher("MATCH (l:Link) RETURN count(l) AS n").get(0).get("n").asLong()).isEqualTo(3);
	}

	@Test
	void aboveScaleIsDerivedOnlyWhenAbsent() {
		Map<String, Object> small = enterprise("E-small", "小厂", true);
		small.put("revenue", 1999.5);
		Map<String, Object> threshold = enterprise("E-threshold", "门槛厂", true);
		threshold.put("revenue", 2000);
		Map<String, Object> declared = enterprise("E-declared", "申报厂", true);
		declared.put("revenue", 50000);
		declared.put("aboveScale", false);
		Map<String, Object> unknown = enterprise("E-unknown", "未知厂", false);
		for (var body : List.of(small, threshold, declared, unknown)) {
			web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				.expectStatus().isCreated();
		}
		assertThat(cypher("MATCH (e:Enterprise) RETURN e.id AS id, e.aboveScale AS a ORDER BY id"))
			.extracting(r -> r.get("id").asString() + "=" + (r.get("a").isNull() ? "null" : r.get("a").asBoolean()))
			.containsExactly("E-declared=false", "E-small=false", "E-threshold=true", "E-unknown=null");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Map<String, Object> noLocal = new HashMap<>(Map.of("id", "E-x", "name", "某厂"));
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(noLocal).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors[0].field").isEqualTo("local");
		Map<String, Object> badCountry = enterprise("E-x", "某厂", true);
		badCountry.put("country", "cn");
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(badCountry).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
		Map<String, Object> negative = enterprise("E-x", "某厂", true);
		negative.put("revenue", -1);
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue(negative).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("revenue");
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"id\": ")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		assertThat(cypher("MATCH (e:Enterprise) RETURN e")).isEmpty();

		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(enterprise("E-x", "某厂", true)).exchange()
			.expectStatus().isCreated();
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(enterprise("E-x", "另一厂", false)).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/conflict")
			.jsonPath("$.status").isEqualTo(409)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri("/api/v1/enterprises/E-x").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(enterprise("E-y", "某厂", true)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri("/api/v1/enterprises/E-nope").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(enterprise("E-nope", "无", true)).exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/not-found")
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.delete().uri("/api/v1/enterprises/E-nope").exchange().expectStatus().isNotFound();
		assertThat(cypher("MATCH (e:Enterprise) RETURN e.name AS n")).extracting(r -> r.get("n").asString())
			.containsExactly("某厂");
	}
}
