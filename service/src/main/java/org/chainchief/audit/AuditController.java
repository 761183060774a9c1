package org.chainchief.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The audit trail, read-only: there is no operation that changes or deletes an entry. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit", description = "Who changed what, when (read-only)")
final class AuditController {

	static final String CSV = "text/csv";

	private static final String[] HEADERS = { "时间", "操作人", "角色", "对象类型", "对象", "操作", "所属集群", "变更字段", "变更前",
			"变更后", "摘要" };

	private final AuditRepository audit;

	AuditController(AuditRepository audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	@Operation(operationId = "audit", summary = "Query the audit trail (ADMIN, ANALYST)",
			description = "Entries newest first, filtered by actor, time, kind and cluster, paged like the enterprise search.")
	Mono<AuditPage> query(@Parameter(description = "Only entries by this caller", example = "chief-semiconductor")
			@RequestParam(required = false) String actor,
			@Parameter(description = "Only entries at or after: a date (UTC midnight) or an ISO-8601 date-time", example = "2026-12-01")
			@RequestParam(required = false) String since,
			@Parameter(description = "Only entries about this kind", example = "link") @RequestParam(required = false) String kind,
			@Parameter(description = "Only entries about objects of this cluster", example = "semiconductor")
			@RequestParam(required = false) String cluster,
			@Parameter(description = "Page number, 0-based", example = "0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Page size, 1..200", example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return Mono.fromSupplier(() -> build(actor, since, kind, cluster, page, size)).flatMap(audit::page);
	}

	@GetMapping("/clusters/{id}/audit")
	@Operation(operationId = "clusterAudit", summary = "The audit trail of one cluster (ADMIN, ANALYST, its CHIEF)",
			description = "Entries about the cluster and the objects in it (its links, their enterprises and relations), newest first.")
	Mono<AuditPage> cluster(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Only entries by this caller") @RequestParam(required = false) String actor,
			@Parameter(description = "Only entries at or after (date or ISO-8601 date-time)", example = "2026-12-01")
			@RequestParam(required = false) String since,
			@Parameter(description = "Only entries about this kind", example = "link") @RequestParam(required = false) String kind,
			@Parameter(description = "Page number, 0-based", example = "0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Page size, 1..200", example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return Mono.fromSupplier(() -> build(actor, since, kind, id, page, size)).flatMap(audit::page);
	}

	@GetMapping(path = "/audit/export", produces = CSV)
	@Operation(operationId = "exportAudit", summary = "Export the audit trail as CSV (ADMIN, ANALYST)",
			description = "The entries matching the filters (at most 100,000, newest first) as UTF-8 CSV with a BOM and "
					+ "Chinese headers (时间, 操作人, 角色, 对象类型, 对象, 操作, 所属集群, 变更字段, 变更前, 变更后, 摘要), so Excel opens it as is.",
			responses = @ApiResponse(responseCode = "200", description = "CSV",
					content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
	Mono<ResponseEntity<byte[]>> export(@Parameter(description = "Only entries by this caller") @RequestParam(required = false) String actor,
			@Parameter(description = "Only entries at or after (date or ISO-8601 date-time)") @RequestParam(required = false) String since,
			@Parameter(description = "Only entries about this kind") @RequestParam(required = false) String kind,
			@Parameter(description = "Only entries about objects of this cluster") @RequestParam(required = false) String cluster) {
		return Mono.fromSupplier(() -> build(actor, since, kind, cluster, 0, 1))
			.flatMap(audit::all)
			.publishOn(Schedulers.boundedElastic())
			.map(entries -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("审计日志.csv", StandardCharsets.UTF_8).build().toString())
				.body(csv(entries)));
	}

	private static AuditQuery build(String actor, String since, String kind, String cluster, int page, int size) {
		return new AuditQuery(blankToNull(actor), AuditQuery.since(since), blankToNull(kind), blankToNull(cluster), page,
				size);
	}

	static byte[] csv(List<AuditEntry> entries) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out)) {
			for (AuditEntry e : entries) {
				printer.printRecord(e.at(), e.actor(), String.join(";", e.roles()), e.kind(), e.target(), e.action(),
						String.join(";", e.clusters()), String.join(";", e.fields()), text(e.before()), text(e.after()),
						text(e.summary()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(Object node) {
		return node == null ? "" : node.toString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
