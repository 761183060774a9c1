package org.chainchief.importer;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chainchief.support.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.chainchief.access.Caller;
import reactor.core.publisher.Mono;

/** Imports started in the background, with their progress. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Import and export")
final class ImportJobController {

	private final ImportUploads uploads;

	private final ImportJobs jobs;

	ImportJobController(ImportUploads uploads, ImportJobs jobs) {
		this.uploads = uploads;
		this.jobs = jobs;
	}

	@PostMapping(path = "/imports", consumes = { ImportController.NDJSON, ImportUploads.CSV,
			MediaType.MULTIPART_FORM_DATA_VALUE, ImportUploads.XLSX })
	@Operation(operationId = "startImport", summary = "Start an import in the background",
			description = "Takes the same bodies and parameters as `POST /api/v1/import` (NDJSON, CSV, Excel). The body "
					+ "is received and its header checked (faults are a 400 at once); then the import runs in the "
					+ "background and this answers 202 with the job and its `Location`. Poll `GET /api/v1/imports/{id}` "
					+ "for progress and, when DONE, the report, on any instance beside the same database: jobs are kept in "
					+ "the graph (the last 100 finished ones). One import runs at a time across all instances: a job "
					+ "started while another import runs ends FAILED with that reason.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = ImportController.NDJSON, schema = @Schema(type = "string")),
					@Content(mediaType = ImportUploads.CSV, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = SpreadsheetImportController.WorkbookUpload.class),
							encoding = @Encoding(name = "file", contentType = ImportUploads.XLSX)),
					@Content(mediaType = ImportUploads.XLSX, schema = @Schema(type = "string", format = "binary")) }),
			responses = { @ApiResponse(responseCode = "202", description = "Started; the job as it is at the start",
					headers = @Header(name = "Location", description = "The job's URL", schema = @Schema(type = "string"))),
					@ApiResponse(responseCode = "400", description = "As for POST /api/v1/import",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = org.springframework.http.ProblemDetail.class))) })
	Mono<ResponseEntity<ImportJob>> start(
			@Parameter(description = SpreadsheetImportController.KIND_HELP, example = "企业") @RequestParam(required = false) String kind,
			@Parameter(description = SpreadsheetImportController.CHARSET_HELP, example = "GBK") @RequestParam(required = false) String charset,
			ServerWebExchange exchange) {
		return Caller.current()
			.flatMap(caller -> uploads.receive(exchange, kind, charset).map(upload -> jobs.start(upload, caller)))
			.map(job -> ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job));
	}

	@GetMapping("/imports/{id}")
	@Operation(operationId = "getImportJob", summary = "Progress and outcome of a background import",
			description = "RUNNING with the current pass (1 clusters and enterprises, 2 links and targets, 3 relations, "
					+ "projects, teams, measures) and counts; then DONE with the report, or FAILED with the reason "
					+ "(also when the instance running it stopped reporting for 30 s: it crashed or lost the "
					+ "database). Any instance beside the same database answers; progress seen from another "
					+ "instance is at most 2 s old.",
			responses = { @ApiResponse(responseCode = "200", description = "The job"),
					@ApiResponse(responseCode = "404", description = "No such job (or forgotten: the last 100 finished ones are kept)",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = org.springframework.http.ProblemDetail.class))) })
	Mono<ImportJob> job(@Parameter(description = "Job id from the Location of POST /api/v1/imports",
			example = "2f6c1f0e-8c1a-4d8e-9d43-5d1b3c0b7a11") @PathVariable String id) {
		return jobs.get(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("import", id)));
	}
}
