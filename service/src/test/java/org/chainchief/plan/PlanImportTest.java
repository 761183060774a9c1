package org.chainchief.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainchief.IntegrationTest;
import org.chainchief.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The new fields of targets, measures, projects and teams through the NDJSON and Excel import and the export. */
class PlanImportTest extends IntegrationTest {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final String ZONE = """
			{"kind":"cluster","id":"c1","name":"半导体"}
			{"kind":"link","id":"a","name":"硅片","stage":"UPSTREAM","clusters":["c1"]}
			{"kind":"link","id":"b","name":"光刻胶","stage":"UPSTREAM","clusters":["c1"]}
			{"kind":"enterprise","id":"e1","name":"中欣晶圆","local":true}
			{"kind":"measure","id":"M1","cluster":"c1","name":"补链","owner":"招商局","due":"2026-06-30","status":"已完成","links":["b","a"],"targets":["G1"]}
			{"kind":"target","id":"G1","cluster":"c1","name":"产值","metric":"产值","value":200,"unit":"亿元","year":2027,"baseline":100,"current":130,"currentAt":"2026-06-30"}
			{"kind":"target","id":"G2","cluster":"c1","name":"完整度","metric":"completeness","value":100,"unit":"%"}
			{"kind":"project","id":"P1","name":"扩产","cluster":"c1","links":["a","b"],"enterprise":"e1","investment":5000,"plannedSigned":"2026-01-01","signed":"2026-01-10","plannedLanded":"2026-03-01"}
			{"kind":"project","id":"P2","name":"旧格式","cluster":"c1","link":"a","signed":"2025-03-10","landed":"2025-06-01","producing":null,"aboveScale":null}
			{"kind":"team","id":"T1","name":"外延团队","leader":"陈教授","institution":"浙江大学","field":"SiC 外延","cluster":"c1","links":["a"]}
			{"kind":"team","id":"T2","name":"旧团队","cluster":"c1","link":"b"}
			""";

	ImportReport importNdjson(String body) {
		return web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
	}

	List<String> export() {
		String body = web.get().uri("/api/v1/export").accept(NDJSON).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		return body == null ? List.of() : body.lines().filter(l -> !l.isBlank()).toList();
	}

	@Test
	void newFieldsRoundTripThroughNdjsonImportAndExport() {
		ImportReport report = importNdjson(ZONE);
		assertThat(report.rejected()).isEmpty();
		assertThat(report.accepted()).isEqualTo(11);

		List<String> lines = export();
		assertThat(lines).contains(
				"{\"kind\":\"project\",\"id\":\"P1\",\"name\":\"扩产\",\"cluster\":\"c1\",\"links\":[\"a\",\"b\"],\"enterprise\":\"e1\",\"investment\":5000.0,\"plannedSigned\":\"2026-01-01\",\"signed\":\"2026-01-10\",\"plannedLanded\":\"2026-03-01\"}",
				// the older single link reads back as links
				"{\"kind\":\"project\",\"id\":\"P2\",\"name\":\"旧格式\",\"cluster\":\"c1\",\"links\":[\"a\"],\"signed\":\"2025-03-10\",\"landed\":\"2025-06-01\"}",
				"{\"kind\":\"team\",\"id\":\"T1\",\"name\":\"外延团队\",\"leader\":\"陈教授\",\"institution\":\"浙江大学\",\"field\":\"SiC 外延\",\"cluster\":\"c1\",\"links\":[\"a\"]}",
				"{\"kind\":\"target\",\"id\":\"G1\",\"cluster\":\"c1\",\"name\":\"产值\",\"metric\":\"产值\",\"value\":200.0,\"unit\":\"亿元\",\"year\":2027,\"baseline\":100.0,\"current\":130.0,\"currentAt\":\"2026-06-30\"}",
				"{\"kind\":\"measure\",\"id\":\"M1\",\"cluster\":\"c1\",\"name\":\"补链\",\"owner\":\"招商局\",\"due\":\"2026-06-30\",\"status\":\"DONE\",\"links\":[\"a\",\"b\"],\"targets\":[\"G1\"]}");

		// importing the same again changes nothing; the export into an empty graph and back gives the same lines
		ImportReport again = importNdjson(ZONE);
		assertThat(again.counts().values()).allSatisfy(c -> assertThat(c.created() + c.updated()).isZero());
		emptyGraph();
		importNdjson(String.join("\n", lines));
		assertThat(export()).containsExactlyElementsOf(lines);
	}

	@Test
	void badNewFieldsAreRejectedWithTheirField() {
		ImportReport report = importNdjson("""
				{"kind":"cluster","id":"c1","name":"半导体"}
				{"kind":"measure","id":"M1","cluster":"c1","name":"x","status":"搁置"}
				{"kind":"measure","id":"M2","cluster":"c1","name":"x","targets":["G-none"]}
				{"kind":"target","id":"G1","cluster":"c1","name":"x","metric":"missingLinks","current":3}
				{"kind":"project","id":"P1","name":"x","cluster":"c1","plannedLanded":"2026-03-01","plannedProducing":"2026-01-01"}
				{"kind":"project","id":"P2","name":"x","cluster":"c1","links":["zz"]}
				""");
		assertThat(report.rejected()).extracting(r -> r.line() + ":" + r.field())
			.containsExactly("2:status", "3:targets", "4:current", "5:plannedProducing", "6:links");
		assertThat(report.rejected().get(0).reason()).contains("计划", "推进中", "已完成");
		assertThat(report.rejected().get(1).reason()).isEqualTo("unknown target of this cluster 'G-none'");
	}

	@Test
	void anExcelWorkbookWithChineseHeadersImportsTheNewFields() throws IOException {
		importNdjson("""
				{"kind":"cluster","id":"c1","name":"半导体"}
				{"kind":"link","id":"a","name":"硅片","stage":"UPSTREAM","clusters":["c1"]}
				""");
		byte[] book;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			row(workbook.createSheet("目标"), 0, "目标编号", "所属集群", "目标名称", "指标", "目标值", "单位", "基期值", "当前值", "当前值日期");
			Row target = row(workbook.getSheet("目标"), 1, "G1", "c1", "产值", "产值", null, "亿元", null, null, null);
			target.createCell(4).setCellValue(200);
			target.createCell(6).setCellValue(100);
			target.createCell(7).setCellValue(150);
			target.createCell(8).setCellValue(LocalDate.of(2026, 6, 30));
			target.getCell(8).setCellStyle(dates);
			row(workbook.createSheet("措施"), 0, "措施编号", "所属集群", "措施名称", "责任单位", "完成时限", "状态", "服务环节", "服务目标");
			row(workbook.getSheet("措施"), 1, "M1", "c1", "补链", "招商局", "2026年6月30日", "推进中", "a", "G1");
			row(workbook.createSheet("骨干项目"), 0, "项目编号", "项目名称", "所属集群", "所补环节", "计划落地日期", "落地日期");
			Row project = row(workbook.getSheet("骨干项目"), 1, "P1", "扩产", "c1", "a", null, "2026/3/5");
			project.createCell(4).setCellValue(LocalDate.of(2026, 3, 1));
			project.getCell(4).setCellStyle(dates);
			row(workbook.createSheet("顶尖团队"), 0, "团队编号", "团队名称", "所属集群", "研究领域", "服务环节");
			row(workbook.getSheet("顶尖团队"), 1, "T1", "外延团队", "c1", "SiC 外延", "a");
			workbook.write(out);
			book = out.toByteArray();
		}
		ImportReport report = web.post().uri("/api/v1/import").contentType(XLSX).bodyValue(book).exchange()
			.expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
		assertThat(report.rejected()).isEmpty();
		assertThat(report.accepted()).isEqualTo(4);

		web.get().uri("/api/v1/clusters/c1/targets/G1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.current").isEqualTo(150.0)
			.jsonPath("$.currentAt").isEqualTo("2026-06-30")
			.jsonPath("$.progress.progress").isEqualTo(0.5);
		web.get().uri("/api/v1/clusters/c1/measures/M1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("IN_PROGRESS")
			.jsonPath("$.due").isEqualTo("2026-06-30")
			.jsonPath("$.targets").isEqualTo(List.of("G1"))
			.jsonPath("$.links").isEqualTo(List.of("a"));
		web.get().uri("/api/v1/clusters/c1/projects/P1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.plannedLanded").isEqualTo("2026-03-01")
			.jsonPath("$.landed").isEqualTo("2026-03-05")
			.jsonPath("$.stage").isEqualTo("LANDED");
		web.get().uri("/api/v1/clusters/c1/teams/T1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.field").isEqualTo("SiC 外延");
	}

	@Test
	void theTemplateOffersTheNewColumnsAndImportsCleanly() throws IOException {
		byte[] template = web.get().uri("/api/v1/import/template.xlsx").exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			assertThat(headers(workbook.getSheet("骨干项目"))).contains("所补环节", "计划落地日期", "落地日期").doesNotContain("所属环节");
			assertThat(headers(workbook.getSheet("措施"))).contains("责任单位", "完成时限", "状态", "服务环节", "服务目标");
			assertThat(headers(workbook.getSheet("目标"))).contains("基期值", "当前值", "当前值日期");
			assertThat(headers(workbook.getSheet("顶尖团队"))).contains("研究领域", "服务环节");
		}
		ImportReport report = web.post().uri("/api/v1/import").contentType(XLSX).bodyValue(template).exchange()
			.expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
		assertThat(report.rejected()).isEmpty();
	}

	private static List<String> headers(XSSFSheet sheet) {
		List<String> headers = new java.util.ArrayList<>();
		sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
		return headers;
	}

	private static Row row(XSSFSheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
		return row;
	}
}
