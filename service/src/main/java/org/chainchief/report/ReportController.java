package org.chainchief.report;

import org.chainchief.support.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** The lists of a cluster as CSV, and the cluster and zone workbooks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lists and exports", description = "The lists a government office keeps (CSV with BOM, Excel workbooks), Chinese headers and file names")
final class ReportController {

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/clusters/{id}/{list}.csv", produces = "text/csv")
	@Operation(operationId = "getClusterListCsv", summary = "One list of the cluster as CSV",
			description = "`list`: gaps (缺口清单), recruits (招商清单), projects (骨干项目), teams (顶尖团队), targets (目标), "
					+ "measures (措施), enterprises (企业清单). UTF-8 with a byte-order mark, Chinese headers, RFC 4180 quoting; "
					+ "downloads as `<cluster name>-<list>.csv`. Same figures as the JSON resources (gap report and "
					+ "recruitment list with their default parameters). 404 for an unknown cluster or list.",
			responses = @ApiResponse(responseCode = "200", description = "The CSV file",
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
	Mono<ResponseEntity<byte[]>> csv(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "gaps, recruits, projects, teams, targets, measures or enterprises", example = "gaps",
					schema = @Schema(allowableValues = { "gaps", "recruits", "projects", "teams", "targets", "measures",
							"enterprises" })) @PathVariable String list) {
		ClusterList which = ClusterList.of(list);
		if (which == null) {
			return Mono.error(ApiProblem.notFound("list (one of " + ClusterList.paths() + ")", list, "list"));
		}
		return reports.csv(id, which).map(d -> Downloads.response(d, Downloads.CSV_TYPE));
	}

	@GetMapping(path = "/clusters/{id}/report.xlsx", produces = Downloads.XLSX)
	@Operation(operationId = "getClusterWorkbook", summary = "The cluster's lists as one Excel workbook",
			description = "Sheets 底数 (baseline), 缺口清单, 招商清单, 骨干项目, 顶尖团队, 目标, 措施, 企业清单: Chinese headers, frozen "
					+ "header row, auto-filter, fitted widths, numbers and dates typed, statuses coloured (缺链 red, 弱链 "
					+ "amber, 强链 green; overdue red; achieved green). 404 for an unknown cluster.",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary"))))
	Mono<ResponseEntity<byte[]>> clusterWorkbook(
			@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return reports.clusterWorkbook(id).map(d -> Downloads.response(d, MediaType.parseMediaType(Downloads.XLSX)));
	}

	@GetMapping(path = "/report.xlsx", produces = Downloads.XLSX)
	@Operation(operationId = "getZoneWorkbook", summary = "The zone's workbook: every cluster's baseline and gaps",
			description = "Sheet 各集群底数: one row per cluster (links, completeness, missing/weak/strong, chokepoints and "
					+ "those with a local supplier, local, above-scale and head enterprises, local revenue, targets and "
					+ "targets met); then one gap sheet per cluster (`<name>-缺口`).",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary"))))
	Mono<ResponseEntity<byte[]>> zoneWorkbook() {
		return reports.zoneWorkbook().map(d -> Downloads.response(d, MediaType.parseMediaType(Downloads.XLSX)));
	}
}
