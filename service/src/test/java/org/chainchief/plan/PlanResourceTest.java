package org.chainchief.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.chainchief.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class PlanResourceTest extends IntegrationTest {

	private static final String C = "/api/v1/clusters/c1";

	@Autowired
	TestClock.Settable clock;

	@BeforeEach
	void chain() {
		cypher("""
				CREATE (c:Cluster {id: 'c1', name: '半导体'}), (:Cluster {id: 'c2', name: '其他'}),
				       (a:Link {id: 'a', name: '硅片', stage: 'UPSTREAM'}), (b:Link {id: 'b', name: '光刻胶', stage: 'UPSTREAM'}),
				       (d:Link {id: 'd', name: '晶圆制造', stage: 'MIDSTREAM'}),
				       (c)-[:HAS_LINK]->(a), (c)-[:HAS_LINK]->(b), (c)-[:HAS_LINK]->(d), (a)-[:FEEDS]->(d), (b)-[:FEEDS]->(d),
				       (:Enterprise {id: 'e1', name: '中欣晶圆', local: true, revenue: 12000.0, aboveScale: true})-[:OPERATES_IN]->(a),
				       (:Enterprise {id: 'o1', name: '东京应化', local: false})-[:OPERATES_IN {share: 0.95}]->(b),
				       (:Enterprise {id: 'e2', name: '广芯微', local: true, revenue: 800.0, aboveScale: false})
				""");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static Map<String, Object> body(Object... pairs) {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	private WebTestClient.ResponseSpec post(String path, Map<String, Object> body) {
		return web.post().uri(C + path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private WebTestClient.ResponseSpec put(String path, Map<String, Object> body) {
		return web.put().uri(C + path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private void badRequest(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void targetsAreCreatedReadReplacedAndDeletedWithValidation() {
		post("/targets", body("id", "G1", "name", "产值", "metric", "产值", "value", 200, "unit", "亿元", "year", 2027,
				"baseline", 100, "current", 130, "currentAt", "2026-06-30"))
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/clusters/c1/targets/G1")
			.expectBody()
			.jsonPath("$.cluster").isEqualTo("c1")
			.jsonPath("$.live").isEqualTo(false)
			.jsonPath("$.current").isEqualTo(130.0)
			.jsonPath("$.currentAt").isEqualTo("2026-06-30")
			.jsonPath("$.progress.direction").isEqualTo("UP")
			.jsonPath("$.progress.progress").isEqualTo(0.3)
			.jsonPath("$.progress.achieved").isEqualTo(false);
		web.get().uri(C + "/targets/G1").exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("产值");
		web.get().uri(C + "/targets").exchange().expectStatus().isOk().expectBody().jsonPath("$[*].id").isEqualTo(List.of("G1"));

		post("/targets", body("id", "G1", "name", "again")).expectStatus().isEqualTo(409);
		web.post().uri("/api/v1/clusters/nope/targets").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body("id", "G9", "name", "x")).exchange()
			.expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		badRequest(post("/targets", body("id", "G2", "name", " ")), "name");
		badRequest(post("/targets", body("id", "G2", "name", "x", "cluster", "c2")), "cluster");
		badRequest(post("/targets", body("id", "G2", "name", "x", "year", 20270)), "year");
		badRequest(post("/targets", body("id", "G2", "name", "完整度", "metric", "completeness", "current", 0.5)), "current");
		badRequest(put("/targets/G1", body("id", "G3", "name", "x")), "id");
		web.get().uri(C + "/targets/nope").exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("itemId");
		web.get().uri("/api/v1/clusters/c2/targets/G1").exchange().expectStatus().isNotFound();
		web.get().uri("/api/v1/clusters/nope/targets").exchange().expectStatus().isNotFound();

		put("/targets/G1", body("id", "G1", "name", "产值（调整）", "value", 150, "current", 175))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("产值（调整）")
			.jsonPath("$.unit").doesNotExist()
			.jsonPath("$.progress.progress").isEqualTo(1.0)
			.jsonPath("$.progress.raw").isEqualTo(1.166667)
			.jsonPath("$.progress.achieved").isEqualTo(true)
			.jsonPath("$.progress.note").isEqualTo("target exceeded");
		web.delete().uri("/api/v1/clusters/c2/targets/G1").exchange().expectStatus().isNotFound();
		web.delete().uri(C + "/targets/G1").exchange().expectStatus().isNoContent();
		web.delete().uri(C + "/targets/G1").exchange().expectStatus().isNotFound();
		assertThat(cypher("MATCH (n:Target) RETURN n")).isEmpty();
	}

	@Test
	void liveTargetsFollowTheGraph() {
		post("/targets", body("id", "G-c", "name", "链条完整度", "metric", "completeness", "value", 100, "unit", "%",
				"baseline", 0)).expectStatus().isCreated();
		post("/targets", body("id", "G-m", "name", "缺链数", "metric", "missingLinks", "value", 0, "baseline", 3))
			.expectStatus().isCreated();
		post("/targets", body("id", "G-r", "name", "本地营收", "metric", "localRevenue", "value", 2, "unit", "亿元"))
			.expectStatus().isCreated();
		post("/targets", body("id", "G-s", "name", "规上企业", "metric", "aboveScaleEnterprises", "value", 3, "baseline", 1))
			.expectStatus().isCreated();
		clock.today(LocalDate.of(2026, 7, 1));
		web.get().uri(C + "/targets").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].id").isEqualTo("G-c")
			.jsonPath("$[0].live").isEqualTo(true)
			.jsonPath("$[0].current").isEqualTo(33.333333)
			.jsonPath("$[0].currentAt").isEqualTo("2026-07-01")
			.jsonPath("$[0].progress.progress").isEqualTo(0.333333)
			// lower is better: 3 → 0 missing links, 2 missing now: a third of the way
			.jsonPath("$[1].current").isEqualTo(2.0)
			.jsonPath("$[1].progress.direction").isEqualTo("DOWN")
			.jsonPath("$[1].progress.progress").isEqualTo(0.333333)
			.jsonPath("$[1].progress.achieved").isEqualTo(false)
			.jsonPath("$[2].current").isEqualTo(1.2)
			.jsonPath("$[2].progress.progress").isEqualTo(0.6)
			.jsonPath("$[3].current").isEqualTo(1.0)
			.jsonPath("$[3].progress.progress").isEqualTo(0.0);

		// a local enterprise enters the missing photoresist link, another the fab: the live values follow
		web.put().uri("/api/v1/enterprises/e2/operates/b").exchange().expectStatus().isCreated();
		cypher("MATCH (e:Enterprise {id: 'e1'}), (d:Link {id: 'd'}) CREATE (e)-[:OPERATES_IN]->(d)");
		web.get().uri(C + "/targets").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].current").isEqualTo(100.0)
			.jsonPath("$[0].progress.achieved").isEqualTo(true)
			.jsonPath("$[1].current").isEqualTo(0.0)
			.jsonPath("$[1].progress.progress").isEqualTo(1.0)
			.jsonPath("$[1].progress.achieved").isEqualTo(true)
			.jsonPath("$[2].current").isEqualTo(1.28);
	}

	@Test
	void progressMovingAwayIsClampedAndExplained() {
		post("/targets", body("id", "G1", "name", "缺链", "metric", "缺链数", "value", 2, "baseline", 5, "current", 6))
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.progress.direction").isEqualTo("DOWN")
			.jsonPath("$.progress.raw").isEqualTo(-0.333333)
			.jsonPath("$.progress.progress").isEqualTo(0.0)
			.jsonPath("$.progress.note").isEqualTo("moved away from the target since the baseline");
		post("/targets", body("id", "G2", "name", "无现值", "value", 2))
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.progress.progress").doesNotExist()
			.jsonPath("$.progress.note").isEqualTo("no current value");
	}

	@Test
	void measuresAreOverdueAfterTheirDueDateUnlessDone() {
		post("/targets", body("id", "G1", "name", "完整度", "metric", "completeness", "value", 1)).expectStatus().isCreated();
		post("/measures", body("id", "M1", "name", "补链：招引光刻胶企业", "owner", "招商局", "due", "2026-06-30", "status",
				"推进中", "links", List.of("b", "a"), "targets", List.of("G1")))
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.status").isEqualTo("IN_PROGRESS")
			.jsonPath("$.statusLabel").isEqualTo("推进中")
			.jsonPath("$.links").isEqualTo(List.of("a", "b"))
			.jsonPath("$.linkNames").isEqualTo(List.of("硅片", "光刻胶"))
			.jsonPath("$.targetNames").isEqualTo(List.of("完整度"));
		post("/measures", body("id", "M2", "name", "已办", "due", "2026-06-01", "status", "DONE")).expectStatus().isCreated();
		post("/measures", body("id", "M3", "name", "无时限")).expectStatus().isCreated()
			.expectBody().jsonPath("$.status").isEqualTo("PLANNED");

		clock.today(LocalDate.of(2026, 7, 10));
		web.get().uri(C + "/measures").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].overdue").isEqualTo(true)
			.jsonPath("$[0].daysOverdue").isEqualTo(10)
			.jsonPath("$[1].overdue").isEqualTo(false)
			.jsonPath("$[2].overdue").isEqualTo(false);
		clock.today(LocalDate.of(2026, 6, 30));
		web.get().uri(C + "/measures/M1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.overdue").isEqualTo(false);

		badRequest(post("/measures", body("id", "M4", "name", "x", "links", List.of("a", "zz"))), "links[1]");
		badRequest(post("/measures", body("id", "M4", "name", "x", "targets", List.of("G-none"))), "targets[0]");
		post("/measures", body("id", "M4", "name", "x", "status", "搁置")).expectStatus().isBadRequest();
		assertThat(cypher("MATCH (n:Measure {id: 'M4'}) RETURN n")).isEmpty();
		web.delete().uri(C + "/targets/G1").exchange().expectStatus().isNoContent();
		web.get().uri(C + "/measures/M1").exchange().expectBody().jsonPath("$.targets").isEqualTo(List.of());
	}

	@Test
	void thePipelineShowsStagesLagsOverdueStagesAndTheYearsCounts() {
		post("/projects", body("id", "P1", "name", "扩产", "link", "a", "enterprise", "e1", "investment", 50000,
				"signed", "2026-01-10", "landed", "2026-03-01", "plannedProducing", "2026-06-01")).expectStatus().isCreated()
			.expectBody().jsonPath("$.links").isEqualTo(List.of("a")).jsonPath("$.enterpriseName").isEqualTo("中欣晶圆");
		post("/projects", body("id", "P2", "name", "在谈", "plannedSigned", "2026-09-01")).expectStatus().isCreated();
		post("/projects", body("id", "P3", "name", "上规", "links", List.of("a", "d"), "investment", 30000, "signed",
				"2025-02-01", "landed", "2025-04-01", "producing", "2025-10-01", "plannedAboveScale", "2026-02-01",
				"aboveScale", "2026-03-01")).expectStatus().isCreated();
		post("/projects", body("id", "P4", "name", "拖期", "plannedSigned", "2026-05-01", "plannedLanded", "2026-06-15"))
			.expectStatus().isCreated();
		badRequest(post("/projects", body("id", "P5", "name", "x", "signed", "2026-03-01", "landed", "2026-02-01")), "landed");
		badRequest(post("/projects", body("id", "P5", "name", "x", "plannedLanded", "2026-03-01", "plannedProducing",
				"2026-02-01")), "plannedProducing");
		badRequest(post("/projects", body("id", "P5", "name", "x", "enterprise", "nobody")), "enterprise");
		badRequest(post("/projects", body("id", "P5", "name", "x", "links", List.of("zz"))), "links[0]");

		clock.today(LocalDate.of(2026, 7, 1));
		web.get().uri(C + "/projects/pipeline?year=2026").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.asOf").isEqualTo("2026-07-01")
			.jsonPath("$.stages[*].stage").isEqualTo(List.of("NOT_SIGNED", "SIGNED", "LANDED", "PRODUCING", "ABOVE_SCALE"))
			.jsonPath("$.stages[0].projects[*].id").isEqualTo(List.of("P2", "P4"))
			.jsonPath("$.stages[2].projects[*].id").isEqualTo(List.of("P1"))
			.jsonPath("$.stages[2].investment").isEqualTo(50000.0)
			.jsonPath("$.stages[4].projects[*].id").isEqualTo(List.of("P3"))
			.jsonPath("$.stages[2].projects[0].nextStage").isEqualTo("PRODUCING")
			.jsonPath("$.stages[2].projects[0].lags.signedToLanded").isEqualTo(50)
			.jsonPath("$.lags[0].count").isEqualTo(2)
			.jsonPath("$.lags[0].meanDays").isEqualTo(54.5)
			.jsonPath("$.lags[2].medianDays").isEqualTo(151.0)
			// P4 is 61 days past its planned signing, P1 30 days past its planned production
			.jsonPath("$.overdue[*].id").isEqualTo(List.of("P4", "P1"))
			.jsonPath("$.overdue[0].overdueStages").isEqualTo(List.of("SIGNED", "LANDED"))
			.jsonPath("$.overdue[0].daysOverdue").isEqualTo(61)
			.jsonPath("$.overdue[1].overdueStages").isEqualTo(List.of("PRODUCING"))
			.jsonPath("$.yearCounts[*].milestone").isEqualTo(List.of("SIGNED", "LANDED", "PRODUCING", "ABOVE_SCALE"))
			.jsonPath("$.yearCounts[*].planned").isEqualTo(List.of(2, 1, 1, 1))
			.jsonPath("$.yearCounts[*].actual").isEqualTo(List.of(1, 1, 0, 1))
			.jsonPath("$.yearCounts[*].plannedReached").isEqualTo(List.of(0, 0, 0, 1));
		web.get().uri(C + "/projects/pipeline").exchange().expectStatus().isOk().expectBody().jsonPath("$.year").isEqualTo(2026);
		badRequest(web.get().uri(C + "/projects/pipeline?year=99").exchange(), "year");
		web.get().uri("/api/v1/clusters/nope/projects/pipeline").exchange().expectStatus().isNotFound();
		web.get().uri(C + "/projects").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[*].id").isEqualTo(List.of("P1", "P2", "P3", "P4"))
			.jsonPath("$[2].linkNames").isEqualTo(List.of("硅片", "晶圆制造"));
	}

	@Test
	void teamsServeLinks() {
		post("/teams", body("id", "T1", "name", "外延团队", "leader", "陈教授", "institution", "浙江大学", "field", "SiC 外延",
				"links", List.of("a"))).expectStatus().isCreated()
			.expectBody().jsonPath("$.linkNames").isEqualTo(List.of("硅片"));
		put("/teams/T1", body("id", "T1", "name", "外延团队", "links", List.of("a", "b"))).expectStatus().isOk()
			.expectBody().jsonPath("$.links").isEqualTo(List.of("a", "b")).jsonPath("$.leader").doesNotExist();
		web.get().uri("/api/v1/clusters/c2/teams/T1").exchange().expectStatus().isNotFound();
		badRequest(post("/teams", body("id", "T 2", "name", "x")), "id");
		web.delete().uri(C + "/teams/T1").exchange().expectStatus().isNoContent();
		assertThat(cypher("MATCH (n:Team) RETURN n")).isEmpty();
	}
}
