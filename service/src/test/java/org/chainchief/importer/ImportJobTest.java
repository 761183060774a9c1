package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.chainchief.IntegrationTest;
import org.chainchief.importer.ImportReport.KindCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.test.StepVerifier;

class ImportJobTest extends IntegrationTest {

	@Autowired
	ImportJobs jobs;

	@Test
	void anImportStartedInTheBackgroundReportsProgressAndItsReport() throws IOException {
		var started = web.post().uri("/api/v1/imports").contentType(ImportTest.NDJSON)
			.bodyValue(ImportTest.fixture("small-chain.ndjson").getBytes(StandardCharsets.UTF_8)).exchange()
			.expectStatus().isAccepted().expectBody(ImportJob.class).returnResult();
		ImportJob job = started.getResponseBody();
		assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
		assertThat(job.report()).isNull();
		assertThat(job.startedAt()).isNotNull();
		assertThat(started.getResponseHeaders().getLocation()).hasToString("/api/v1/imports/" + job.id());

		// wait for the end without sleeping: the job's completion, then ask over HTTP as a client would
		StepVerifier.create(jobs.finished(job.id()))
			.assertNext(done -> assertThat(done.status()).isEqualTo(ImportJob.Status.DONE))
			.expectComplete()
			.verify(Duration.ofSeconds(120));
		ImportJob done = web.get().uri("/api/v1/imports/{id}", job.id()).exchange().expectStatus().isOk()
			.expectBody(ImportJob.class).returnResult().getResponseBody();

		assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.phase()).isEqualTo(new ImportJob.Phase(3, 3, "relations, projects, teams, measures"));
		assertThat(done.recordsTotal()).isEqualTo(22);
		assertThat(done.recordsRead()).as("the last pass reads every record too").isEqualTo(22);
		assertThat(done.recordsWritten()).isEqualTo(22);
		assertThat(done.recordsRejected()).isZero();
		assertThat(done.finishedAt()).isNotNull();
		assertThat(done.error()).isNull();
		assertThat(done.report().records()).isEqualTo(22);
		assertThat(done.report().counts()).containsEntry("link", new KindCounts(4, 0, 0, 0));
		assertThat(cypher("MATCH (l:Link) RETURN count(l) AS n").get(0).get("n").asLong()).isEqualTo(4);
	}

	@Test
	void aWorkbookCanBeImportedInTheBackgroundAndItsRejectionsAreInTheReport() throws IOException {
		byte[] book = SpreadsheetImportTest.chainWorkbook();
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(book)).filename("清单.xlsx");
		ImportJob job = web.post().uri("/api/v1/imports").body(BodyInserters.fromMultipartData(parts.build()))
			.exchange().expectStatus().isAccepted().expectBody(ImportJob.class).returnResult().getResponseBody();

		ImportJob done = jobs.finished(job.id()).block(Duration.ofSeconds(120));

		assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.recordsTotal()).isEqualTo(10);
		assertThat(done.recordsRejected()).isEqualTo(2);
		assertThat(done.recordsWritten()).isEqualTo(8);
		assertThat(done.report().rejected()).extracting(r -> r.sheet() + "!" + r.line() + " " + r.column())
			.containsExactly("link!6 stage", "企业环节!3 环节编号");
	}

	@Test
	void headerFaultsAreRefusedAtOnceAndUnknownJobsAreNotFound() {
		web.post().uri(b -> b.path("/api/v1/imports").queryParam("kind", "企业").build())
			.contentType(MediaType.parseMediaType("text/csv")).bodyValue("企业名称\n甲\n".getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		web.get().uri("/api/v1/imports/{id}", "no-such-job").exchange().expectStatus().isNotFound().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.type").isEqualTo("/problems/not-found");
	}
}
