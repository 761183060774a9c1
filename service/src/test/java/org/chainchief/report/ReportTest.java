package org.chainchief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainchief.IntegrationTest;
import org.chainchief.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class ReportTest extends IntegrationTest {

	static final String HOSTILE = "半导体<>&\"()[]{}\n链";

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	TestClock.Settable clock;

	@BeforeEach
	void zone() {
		cypher("""
				CREATE (c:Cluster {id: 'c1', name: $hostile}), (c2:Cluster {id: 'c2', name: '精密制造'}),
				       (a:Link {id: 'a', name: '硅片', stage: 'UPSTREAM'}),
				       (b:Link {id: 'b', name: '光刻胶', stage: 'UPSTREAM', chokepoint: true}),
				       (c)-[:HAS_LINK]->(a), (c)-[:HAS_LINK]->(b), (c2)-[:HAS_LINK]->(a),
				       (:Enterprise {id: 'e1', name: $hostile, local: true, revenue: 12000.0, aboveScale: true,
				                     tags: ['专精特新']})-[:OPERATES_IN]->(a),
				       (:Enterprise {id: 'o1', name: '=东京应化', local: false, head: true})-[:OPERATES_IN {share: 0.95}]->(b)
				""", Map.of("hostile", HOSTILE));
		post("/api/v1/clusters/c1/targets", Map.of("id", "G1", "name", "完整度", "metric", "completeness", "value", 100,
				"unit", "%", "baseline", 0));
		post("/api/v1/clusters/c1/targets", Map.of("id", "G2", "name", "缺链", "metric", "missingLinks", "value", 1,
				"baseline", 2));
		post("/api/v1/clusters/c1/measures", Map.of("id", "M1", "name", HOSTILE, "due", "2026-06-30", "status", "推进中",
				"links", List.of("b")));
		post("/api/v1/clusters/c1/projects", Map.of("id", "P1", "name", "扩产", "links", List.of("a"), "enterprise", "e1",
				"investment", 5000, "signed", "2026-01-10", "plannedLanded", "2026-03-01"));
		post("/api/v1/clusters/c1/teams", Map.of("id", "T1", "name", "团队", "links", List.of("a", "b")));
		clock.today(LocalDate.of(2026, 7, 1));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private void post(String uri, Map<String, Object> body) {
		web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
		try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.EXCEL.parse(reader)) {
			return parser.getRecords();
		}
	}

	@Test
	void listsDownloadAsCsvWithBomChineseHeadersAndFileNames() throws IOException {
		var result = get("/api/v1/clusters/c1/gaps.csv");
		assertThat(result.getResponseHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		// the hostile characters Windows refuses become _; the rest is percent-encoded UTF-8
		assertThat(disposition).startsWith("attachment; filename=\"c1-gaps.csv\"; filename*=UTF-8''")
			.contains(org.springframework.web.util.UriUtils.encode("半导体_&_()[]{}_链-缺口清单.csv", StandardCharsets.UTF_8));
		List<CSVRecord> gaps = csv(result.getResponseBody());
		assertThat(gaps.get(0).toList()).startsWith("环节编号", "环节名称", "阶段", "状态", "本地企业数");
		assertThat(gaps).hasSize(3);
		// the photoresist link first: missing and a chokepoint
		assertThat(gaps.get(1).toList()).startsWith("b", "光刻胶", "上游", "缺链", "0", "1", "95");
		assertThat(gaps.get(1).get(8)).isEqualTo("是");
		assertThat(gaps.get(1).get(9)).isEqualTo("认定卡脖子、垄断份额、高度集中");

		List<CSVRecord> enterprises = csv(get("/api/v1/clusters/c1/enterprises.csv").getResponseBody());
		assertThat(enterprises.get(1).get(1)).isEqualTo(HOSTILE);
		assertThat(enterprises.get(1).get(10)).isEqualTo("硅片");
		// a text cell that a spreadsheet would run as a formula is defused
		assertThat(enterprises.get(2).get(1)).isEqualTo("'=东京应化");

		List<CSVRecord> measures = csv(get("/api/v1/clusters/c1/measures.csv").getResponseBody());
		assertThat(measures.get(1).toList()).startsWith("M1", HOSTILE, "", "2026-06-30", "推进中", "是", "1");
		List<CSVRecord> targets = csv(get("/api/v1/clusters/c1/targets.csv").getResponseBody());
		assertThat(targets.get(1).get(7)).isEqualTo("50");
		assertThat(targets.get(2).get(11)).isEqualTo("是");
		assertThat(csv(get("/api/v1/clusters/c1/recruits.csv").getResponseBody()).get(1).toList())
			.startsWith("o1", "'=东京应化");
		assertThat(csv(get("/api/v1/clusters/c1/projects.csv").getResponseBody()).get(1).toList())
			.startsWith("P1", "扩产", HOSTILE, "硅片", "5000", "已签约", "已落地");
		assertThat(csv(get("/api/v1/clusters/c1/teams.csv").getResponseBody()).get(1).get(5)).isEqualTo("硅片、光刻胶");

		web.get().uri("/api/v1/clusters/c1/nothing.csv").exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("list");
		web.get().uri("/api/v1/clusters/nope/gaps.csv").exchange().expectStatus().isNotFound();
	}

	@Test
	void theClusterWorkbookHasTypedFilteredFrozenSheetsWithColouredStatuses() throws IOException {
		var result = get("/api/v1/clusters/c1/report.xlsx");
		assertThat(result.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType(Downloads.XLSX));
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
			List<String> names = new ArrayList<>();
			book.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).containsExactly("底数", "缺口清单", "招商清单", "骨干项目", "顶尖团队", "目标", "措施", "企业清单");
			for (var sheet : book) {
				XSSFSheet s = (XSSFSheet) sheet;
				assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
				assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(s.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
			}
			XSSFSheet gaps = book.getSheet("缺口清单");
			assertThat(text(gaps.getRow(0))).startsWith("环节编号", "环节名称", "阶段", "状态", "本地企业数");
			Row photoresist = gaps.getRow(1);
			assertThat(photoresist.getCell(3).getStringCellValue()).isEqualTo("缺链");
			assertThat(fill(photoresist.getCell(3))).isEqualTo("FFC7CE");
			assertThat(fill(gaps.getRow(2).getCell(3))).isEqualTo("FFEB9C");
			assertThat(photoresist.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(photoresist.getCell(6).getNumericCellValue()).isEqualTo(95.0);
			// Chinese headers fit: a column is at least as wide as its header (two cells per character)
			assertThat(gaps.getColumnWidth(1)).isGreaterThanOrEqualTo(2 * 4 * 256);

			XSSFSheet projects = book.getSheet("骨干项目");
			Cell signed = projects.getRow(1).getCell(8);
			assertThat(signed.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(signed)).isTrue();
			assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 10));
			assertThat(projects.getRow(1).getCell(15).getStringCellValue()).isEqualTo("是");
			assertThat(fill(projects.getRow(1).getCell(15))).isEqualTo("FFC7CE");

			XSSFSheet measures = book.getSheet("措施");
			assertThat(measures.getRow(1).getCell(1).getStringCellValue()).isEqualTo(HOSTILE);
			assertThat(fill(measures.getRow(1).getCell(5))).isEqualTo("FFC7CE");
			assertThat(book.getSheet("企业清单").getRow(1).getCell(1).getStringCellValue()).isEqualTo(HOSTILE);
			Row baseline = book.getSheet("底数").getRow(1);
			assertThat(baseline.getCell(1).getStringCellValue()).isEqualTo(HOSTILE);
			assertThat(baseline.getCell(3).getNumericCellValue()).isEqualTo(50.0);
			assertThat(baseline.getCell(14).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void theZoneWorkbookHasEveryClustersBaselineAndAGapSheetEach() throws IOException {
		var result = get("/api/v1/report.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
			List<String> names = new ArrayList<>();
			book.forEach(s -> names.add(s.getSheetName()));
			assertThat(names).hasSize(3);
			assertThat(names.get(0)).isEqualTo("各集群底数");
			// Excel forbids [ ] in sheet names: replaced, and the line break gone
			assertThat(names.get(1)).doesNotContain("[", "]", "\n").startsWith("半导体<>&\"()");
			assertThat(names.get(2)).isEqualTo("精密制造-缺口");
			XSSFSheet all = book.getSheet("各集群底数");
			assertThat(text(all.getRow(0))).containsExactly("集群编号", "集群名称", "环节数", "完整度(%)", "缺链", "弱链", "强链",
					"卡脖子环节", "卡脖子本地配套", "本地企业", "规上企业", "头部企业", "本地企业营收(万元)", "目标数", "已达成目标");
			assertThat(all.getRow(1).getCell(0).getStringCellValue()).isEqualTo("c1");
			assertThat(all.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
			assertThat(fill(all.getRow(1).getCell(4))).isEqualTo("FFC7CE");
			assertThat(all.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(12000.0);
			assertThat(all.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(2.0);
			assertThat(all.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(1.0);
			assertThat(all.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
		}
	}

	private static List<String> text(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(c -> values.add(c.getStringCellValue()));
		return values;
	}

	private static String fill(Cell cell) {
		var color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
		return color == null ? null : color.getARGBHex().substring(2);
	}
}
