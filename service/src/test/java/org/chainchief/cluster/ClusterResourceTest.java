package org.chainchief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ClusterResourceTest extends IntegrationTest {

	@Test
	void createReadReplaceDeleteRoundTrip() {
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semiconductor", "name", "半导体全链条", "chief", "张三"))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/clusters/semiconductor")
			.expectBody()
			.jsonPath("$.id").isEqualTo("semiconductor")
			.jsonPath("$.name").isEqualTo("半导体全链条")
			.jsonPath("$.chief").isEqualTo("张三");

		web.get().uri("/api/v1/clusters/semiconductor").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("半导体全链条").jsonPath("$.linkCount").isEqualTo(0);

		web.put().uri("/api/v1/clusters/semiconductor").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semiconductor", "name", "半导体", "nameEn", "Semiconductors"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("半导体")
			.jsonPath("$.nameEn").isEqualTo("Semiconductors")
			.jsonPath("$.chief").doesNotExist();
		assertThat(cypher("MATCH (c:Cluster {id: 'semiconductor'}) RETURN c.chief AS chief, c.name AS name"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("chief").isNull()).isTrue();
				assertThat(r.get("name").asString()).isEqualTo("半导体");
			});

		web.delete().uri("/api/v1/clusters/semiconductor").exchange().expectStatus().isNoContent();
		web.get().uri("/api/v1/clusters/semiconductor").exchange().expectStatus().isNotFound();
	}

	@Test
	void duplicateIdIsAConflict() {
		cypher("CREATE (:Cluster {id: 'semi', name: '半导体'})");
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "semi", "name", "另一个"))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/conflict")
			.jsonPath("$.status").isEqualTo(409)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		assertThat(cypher("MATCH (c:Cluster) RETURN c.name AS name")).singleElement()
			.extracting(r -> r.get("name").asString()).isEqualTo("半导体");
	}

	@Test
	void invalidBodiesAndUnknownIdsAreProblems() {
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "has space", "name", "x"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "x"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("name");

		cypher("CREATE (:Cluster {id: 'semi', name: '半导体'})");
		web.put().uri("/api/v1/clusters/semi").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "other", "name", "半导体"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("id");

		web.put().uri("/api/v1/clusters/nope").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "nope", "name", "无"))
			.exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/not-found")
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.errors[0].field").isEqualTo("id");
		assertThat(cypher("MATCH (c:Cluster {id: 'nope'}) RETURN c")).isEmpty();

		web.delete().uri("/api/v1/clusters/nope").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
		web.get().uri("/api/v1/clusters/nope/chain").exchange().expectStatus().isNotFound();
	}

	@Test
	void deletingAClusterKeepsSharedLinksAndEnterprises() {
		cypher("""
				CREATE (semi:Cluster {id: 'semi', name: '半导体'}), (prec:Cluster {id: 'prec', name: '精密制造'})
				CREATE (own:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (sub:Link {id: 'semi.wafer.12', name: '12英寸硅片', stage: 'UPSTREAM'}),
				       (shared:Link {id: 'gas', name: '特种气体', stage: 'UPSTREAM'}),
				       (other:Link {id: 'prec.cnc', name: '数控机床', stage: 'MIDSTREAM'})
				CREATE (semi)-[:HAS_LINK]->(own), (semi)-[:HAS_LINK]->(sub), (semi)-[:HAS_LINK]->(shared),
				       (prec)-[:HAS_LINK]->(shared), (prec)-[:HAS_LINK]->(other),
				       (sub)-[:PART_OF]->(own), (shared)-[:FEEDS]->(own), (shared)-[:FEEDS]->(other)
				CREATE (zx:Enterprise {id: 'zx', name: '中欣晶圆', local: true}),
				       (zf:Enterprise {id: 'zf', name: '正帆科技', local: true})
				CREATE (zx)-[:OPERATES_IN]->(own), (zf)-[:OPERATES_IN]->(shared),
				       (zf)-[:SUPPLIES {link: 'gas'}]->(zx), (zx)-[:SUPPLIES {link: 'semi.wafer'}]->(zf)
				CREATE (:Target {id: 't1', name: '产值'})-[:OF_CLUSTER]->(semi),
				       (:Measure {id: 'm1', name: '补链'})-[:OF_CLUSTER]->(semi),
				       (:Team {id: 'team1', name: '团队'})-[:IN_CLUSTER]->(semi),
				       (:Project {id: 'p1', name: '项目'})-[:IN_CLUSTER]->(semi),
				       (:Target {id: 't2', name: '产值'})-[:OF_CLUSTER]->(prec)
				""");

		web.delete().uri("/api/v1/clusters/semi").exchange().expectStatus().isNoContent();

		assertThat(cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN n.id AS id ORDER BY id"))
			.extracting(r -> r.get("id").asString())
			.containsExactly("gas", "prec", "prec.cnc", "t2", "zf", "zx");
		assertThat(cypher("MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel ORDER BY rel"))
			.extracting(r -> r.get("rel").asString())
			.containsExactly("gas FEEDS prec.cnc", "prec HAS_LINK gas", "prec HAS_LINK prec.cnc", "t2 OF_CLUSTER prec",
					"zf OPERATES_IN gas", "zf SUPPLIES zx");
	}

	@Test
	void chainListsLinksByStageThenPinyinAndOnlyFeedsInsideTheCluster() {
		cypher("""
				CREATE (semi:Cluster {id: 'semi', name: '半导体'}), (prec:Cluster {id: 'prec', name: '精密制造'})
				CREATE (gas:Link {id: 'gas', name: '特种气体', stage: 'UPSTREAM', chokepoint: true}),
				       (wafer:Link {id: 'wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (wafer12:Link {id: 'wafer12', name: '12英寸硅片', stage: 'UPSTREAM'}),
				       (fab:Link {id: 'fab', name: '晶圆制造', stage: 'MIDSTREAM'}),
				       (dev:Link {id: 'dev', name: '功率器件', stage: 'DOWNSTREAM'}),
				       (cnc:Link {id: 'cnc', name: '数控机床', stage: 'MIDSTREAM'})
				CREATE (semi)-[:HAS_LINK]->(gas), (semi)-[:HAS_LINK]->(wafer), (semi)-[:HAS_LINK]->(wafer12),
				       (semi)-[:HAS_LINK]->(fab), (semi)-[:HAS_LINK]->(dev), (prec)-[:HAS_LINK]->(cnc),
				       (prec)-[:HAS_LINK]->(gas),
				       (wafer12)-[:PART_OF]->(wafer),
				       (gas)-[:FEEDS]->(fab), (wafer)-[:FEEDS]->(fab), (fab)-[:FEEDS]->(dev), (gas)-[:FEEDS]->(cnc),
				       (cnc)-[:FEEDS]->(fab)
				CREATE (:Enterprise {id: 'zf', name: '正帆科技', local: true})-[:OPERATES_IN]->(gas),
				       (:Enterprise {id: 'ln', name: '林德', local: false})-[:OPERATES_IN]->(gas),
				       (:Enterprise {id: 'ap', name: '空气化工', local: false})-[:OPERATES_IN]->(gas),
				       (:Enterprise {id: 'zx', name: '中欣晶圆', local: true})-[:OPERATES_IN]->(wafer)
				""");

		web.get().uri("/api/v1/clusters/semi/chain").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.cluster.id").isEqualTo("semi")
			.jsonPath("$.cluster.name").isEqualTo("半导体")
			// UPSTREAM: 12英寸硅片 (digits first), 硅片 (gui), 特种气体 (te); MIDSTREAM 晶圆制造; DOWNSTREAM 功率器件
			.jsonPath("$.links[*].id").isEqualTo(java.util.List.of("wafer12", "wafer", "gas", "fab", "dev"))
			.jsonPath("$.links[0].parent").isEqualTo("wafer")
			.jsonPath("$.links[1].parent").isEmpty()
			.jsonPath("$.links[2].chokepoint").isEqualTo(true)
			.jsonPath("$.links[1].chokepoint").isEqualTo(false)
			.jsonPath("$.links[2].localCount").isEqualTo(1)
			.jsonPath("$.links[2].supplierCount").isEqualTo(3)
			.jsonPath("$.links[1].localCount").isEqualTo(1)
			.jsonPath("$.links[3].stage").isEqualTo("MIDSTREAM")
			.jsonPath("$.feeds.length()").isEqualTo(3)
			.jsonPath("$.feeds[0].from").isEqualTo("fab")
			.jsonPath("$.feeds[0].to").isEqualTo("dev")
			.jsonPath("$.feeds[1].from").isEqualTo("gas")
			.jsonPath("$.feeds[1].to").isEqualTo("fab")
			.jsonPath("$.feeds[2].from").isEqualTo("wafer")
			.jsonPath("$.feeds[2].to").isEqualTo("fab");
	}
}
