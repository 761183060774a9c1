package org.chainchief.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Import and export", description = "Bulk import (idempotent, atomic per batch) and full export")
final class ImportController {

	static final String NDJSON = "application/x-ndjson";

	private static final String EXAMPLE = """
			{"kind":"cluster","id":"semiconductor","name":"半导体全链条","nameEn":"Semiconductor full chain"}
			{"kind":"link","id":"semi.wafer","name":"硅片","stage":"UPSTREAM","clusters":["semiconductor"]}
			{"kind":"link","id":"semi.fab","name":"晶圆制造","stage":"MIDSTREAM","clusters":["semiconductor"]}
			{"kind":"feeds","from":"semi.wafer","to":"semi.fab"}
			{"kind":"enterprise","id":"E1","name":"中欣晶圆","local":true,"region":"浙江省丽水市","country":"CHN"}
			{"kind":"operates","enterprise":"E1","link":"semi.wafer","share":0.05}
			""";

	private final ImportService imports;

	private final ExportService exports;

	private final org.chainchief.limits.NdjsonLimits limits;

	ImportController(ImportService imports, ExportService exports, org.chainchief.limits.NdjsonLimits limits) {
		this.imports = imports;
		this.exports = exports;
		this.limits = limits;
	}

	@PostMapping(path = "/import", consumes = NDJSON)
	@Operation(operationId = "importRecords", summary = "Import records (NDJSON, CSV, Excel)",
			description = "One JSON object per line, `kind` first: cluster, link, feeds, enterprise, operates, supplies, "
					+ "project, team, target, measure. Records are matched by id (relations by their ends), so importing "
					+ "the same file twice leaves the graph as after once. References may point forwards. Bad lines are "
					+ "not written and are listed with line number, field and reason. Writes are batched by kind, one "
					+ "transaction per batch. The body is streamed to a temporary file, never held in memory.\n\n"
					+ SpreadsheetImportController.DESCRIPTION,
			parameters = {
					@Parameter(name = "kind", in = ParameterIn.QUERY, description = SpreadsheetImportController.KIND_HELP,
							example = "企业", schema = @Schema(type = "string")),
					@Parameter(name = "charset", in = ParameterIn.QUERY,
							description = SpreadsheetImportController.CHARSET_HELP, example = "GBK",
							schema = @Schema(type = "string")) },
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = NDJSON, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "chain", value = EXAMPLE)),
							@Content(mediaType = ImportUploads.CSV, schema = @Schema(type = "string"),
									examples = @ExampleObject(name = "enterprises", value = SpreadsheetImportController.CSV_EXAMPLE)),
							@Content(mediaType = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
									schema = @Schema(implementation = SpreadsheetImportController.WorkbookUpload.class)),
							@Content(mediaType = ImportUploads.XLSX, schema = @Schema(type = "string", format = "binary")) }),
			responses = { @ApiResponse(responseCode = "200", description = "What was created, updated, unchanged and rejected"),
					@ApiResponse(responseCode = "400", description = SpreadsheetImportController.BAD_REQUEST,
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = org.springframework.http.ProblemDetail.class))) })
	Mono<ImportReport> importNdjson(@RequestBody Flux<DataBuffer> body) {
		return Mono.usingWhen(temporaryFile(".ndjson"), file -> DataBufferUtils.write(limits.check(body), file)
			.then(imports.run(ImportSource.ndjson(file))), ImportController::delete);
	}

	@GetMapping(path = "/export", produces = NDJSON)
	@Operation(operationId = "exportGraph", summary = "Export the whole graph (NDJSON)",
			description = "Streams every record in the import format, kind by kind, ordered by id; importing it into an "
					+ "empty graph reproduces the graph.",
			responses = @ApiResponse(responseCode = "200", description = "One record per line",
					content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "chain", value = EXAMPLE))))
	Mono<Void> export(ServerHttpResponse response) {
		response.getHeaders().setContentType(MediaType.parseMediaType(NDJSON));
		return response.writeWith(exports.ndjson(response.bufferFactory()));
	}

	/** A new temporary file for an upload (created off the event loop). */
	static Mono<Path> temporaryFile(String suffix) {
		return Mono.fromCallable(() -> Files.createTempFile("chain-chief-import-", suffix))
			.subscribeOn(Schedulers.boundedElastic());
	}

	static Mono<Void> delete(Path file) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}
}
