package org.chainchief.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.chainchief.IntegrationTest;
import org.chainchief.TestClock;
import org.chainchief.importer.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

/** The demo zone's semiconductor chain shows targets, measures, projects and teams. */
class DemoPlanTest extends IntegrationTest {

	@Autowired
	TestClock.Settable clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theSemiconductorChainHasLiveTargetsAnOverdueMeasureAndProjectsAtSeveralStages() throws IOException {
		byte[] demo = new ClassPathResource("demo/demo-zone.ndjson").getContentAsByteArray();
		ImportReport report = web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(demo).exchange().expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
		assertThat(report.rejected()).isEmpty();
		clock.today(LocalDate.of(2026, 12, 1));
		String c = "/api/v1/clusters/semiconductor";
		web.get().uri(c + "/targets").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[?(@.live == true)].id").isEqualTo(List.of("G-semi-002", "G-semi-003", "G-semi-004"))
			// 60 % of the 25 links have a local enterprise (the walk-through's figure)
			.jsonPath("$[?(@.id == 'G-semi-003')].current").isEqualTo(List.of(60.0))
			.jsonPath("$[?(@.id == 'G-semi-004')].progress.direction").isEqualTo(List.of("DOWN"))
			.jsonPath("$[?(@.id == 'G-semi-001')].progress.progress").isEqualTo(List.of(0.2));
		web.get().uri(c + "/measures").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[?(@.overdue == true)].id").isEqualTo(List.of("M-semi-001"));
		web.get().uri(c + "/projects/pipeline?year=2026").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.stages[*].count").isEqualTo(List.of(1, 1, 0, 1, 1))
			.jsonPath("$.overdue[*].id").isEqualTo(List.of("P-semi-001", "P-semi-003"));
		web.get().uri(c + "/teams").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].links").isEqualTo(List.of("semi.sic", "semi.wafer.epi"))
			.jsonPath("$[0].field").isNotEmpty();
	}
}
