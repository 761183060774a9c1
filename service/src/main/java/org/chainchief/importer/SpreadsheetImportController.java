package org.chainchief.importer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spreadsheet doors of the import: CSV (one kind per file) and Excel workbooks (one sheet per kind), through
 * the same validation, batching and idempotence as NDJSON; and the template to fill in.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Import and export")
final class SpreadsheetImportController {

	static final String CSV_EXAMPLE = """
			统一社会信用代码,企业名称,是否本地,所在地区,营业收入(万元),是否规上,标签
			91331100MA2EXAMPLE1,示例晶圆有限公司,是,浙江省丽水市,"12,000",是,专精特新、高新技术企业
			""";

	static final String DESCRIPTION = "**CSV** (`text/csv`): one record kind per file, named by `kind`; a header row "
			+ "naming the columns (field names or Chinese headers, see the template), one record per row. **Excel** "
			+ "(`.xlsx`, as the multipart part `file` or as the raw body): one sheet per kind, each sheet named after its "
			+ "kind (English or Chinese), header in the first row (rows above it that name no column, such as a title, "
			+ "are skipped). Empty rows are skipped. Values: booleans 是/否, true/false, 1/0, Y/N; lists separated by "
			+ "; ， 、; numbers may have thousands separators or a % sign; dates as Excel dates or 2025-03-10; stage "
			+ "上游/中游/下游. Rejected rows are listed with sheet, row number (as the spreadsheet shows it), column and "
			+ "reason. A header lacking a required column, or naming one field twice, is refused as a whole (400) before "
			+ "anything is written. Unknown columns and sheets not named after a kind are not imported and are listed in "
			+ "`notes`.";

	static final String BAD_REQUEST = "Missing or unknown `kind` (CSV), unknown `charset`, a header lacking a required "
			+ "column, a file that is not CSV or .xlsx";

	static final String KIND_HELP = "Record kind of every row of a CSV body, English or Chinese: cluster/产业集群, "
			+ "enterprise/企业, link/环节, feeds/上下游, operates/企业环节, supplies/供应关系, project/骨干项目, team/顶尖团队, "
			+ "target/目标, measure/措施. For a CSV file uploaded as multipart, the file name (企业.csv) may name it instead.";

	static final String CHARSET_HELP = "Encoding of a CSV body, e.g. GBK, GB18030, UTF-8. Default: the Content-Type's "
			+ "charset, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK).";

	private final ImportService imports;

	private final ImportUploads uploads;

	private final Mono<byte[]> template = Mono.fromCallable(SpreadsheetTemplate::workbook)
		.subscribeOn(Schedulers.boundedElastic())
		.cache();

	SpreadsheetImportController(ImportService imports, ImportUploads uploads) {
		this.imports = imports;
		this.uploads = uploads;
	}

	/** Documented together with NDJSON by {@link ImportController} (OpenAPI has one operation per path and method). */
	@PostMapping(path = "/import", consumes = { ImportUploads.CSV, MediaType.MULTIPART_FORM_DATA_VALUE, ImportUploads.XLSX })
	@Operation(hidden = true)
	Mono<ImportReport> importSpreadsheet(
			@Parameter(description = KIND_HELP, example = "企业") @RequestParam(required = false) String kind,
			@Parameter(description = CHARSET_HELP, example = "GBK") @RequestParam(required = false) String charset,
			ServerWebExchange exchange) {
		return Mono.usingWhen(uploads.receive(exchange, kind, charset), upload -> imports.run(upload.source()),
				ImportUploads.Upload::discard);
	}

	@GetMapping(path = "/import/template.xlsx", produces = ImportUploads.XLSX)
	@Operation(operationId = "getImportTemplate", summary = "Download the Excel import template",
			description = "A workbook with a 说明 sheet (every column of every kind: Chinese header, other accepted "
					+ "headers, field name, required, meaning, values) and one sheet per record kind named in Chinese, "
					+ "with Chinese headers and example rows. Importing it unchanged creates the example records and "
					+ "rejects none.",
			responses = @ApiResponse(responseCode = "200", description = "The template",
					content = @Content(mediaType = ImportUploads.XLSX, schema = @Schema(type = "string", format = "binary"))))
	Mono<ResponseEntity<byte[]>> template() {
		return template.map(bytes -> ResponseEntity.ok()
			.contentType(ImportUploads.XLSX_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("chain-chief-import-template.xlsx")
						.build()
						.toString())
			.body(bytes));
	}

	/** The multipart form of a workbook upload (for the API description). */
	@Schema(description = "A spreadsheet upload")
	record WorkbookUpload(
			@Schema(description = "The .xlsx workbook (or a .csv file of one kind)", type = "string", format = "binary",
					requiredMode = Schema.RequiredMode.REQUIRED) String file) {
	}
}
