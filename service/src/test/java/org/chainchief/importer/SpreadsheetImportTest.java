package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainchief.IntegrationTest;
import org.chainchief.importer.ImportReport.KindCounts;
import org.chainchief.importer.ImportReport.Note;
import org.chainchief.importer.ImportReport.Rejection;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriBuilder;

class SpreadsheetImportTest extends IntegrationTest {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	// --- helpers

	WebTestClient.ResponseSpec postCsv(byte[] body, Map<String, String> params) {
		Function<UriBuilder, java.net.URI> uri = b -> {
			b.path("/api/v1/import");
			params.forEach(b::queryParam);
			return b.build();
		};
		return web.post().uri(uri).contentType(CSV).bodyValue(body).exchange();
	}

	ImportReport csv(byte[] body, Map<String, String> params) {
		return postCsv(body, params).expectStatus().isOk().expectBody(ImportReport.class).returnResult()
			.getResponseBody();
	}

	ImportReport csv(String body, String kind) {
		return csv(body.getBytes(StandardCharsets.UTF_8), Map.of("kind", kind));
	}

	WebTestClient.ResponseSpec postWorkbook(byte[] workbook, String filename) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(workbook)).filename(filename).contentType(XLSX);
		return web.post().uri("/api/v1/import").body(BodyInserters.fromMultipartData(parts.build())).exchange();
	}

	ImportReport workbook(byte[] workbook) {
		return postWorkbook(workbook, "企业清单.xlsx").expectStatus().isOk().expectBody(ImportReport.class)
			.returnResult().getResponseBody();
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/** A workbook; each sheet is a name and rows of values (String, Number, Boolean, LocalDate or null). */
	static byte[] xlsx(Map<String, List<Object[]>> sheets) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			CellStyle percent = wb.createCellStyle();
			percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
			sheets.forEach((name, rows) -> {
				Sheet sheet = wb.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					Object[] values = rows.get(r);
					if (values == null) {
						continue; // an empty row
					}
					Row row = sheet.createRow(r);
					for (int c = 0; c < values.length; c++) {
						Object v = values[c];
						if (v instanceof String s) {
							row.createCell(c).setCellValue(s);
						}
						else if (v instanceof Percent p) {
							row.createCell(c).setCellValue(p.value());
							row.getCell(c).setCellStyle(percent);
						}
						else if (v instanceof Number n) {
							row.createCell(c).setCellValue(n.doubleValue());
						}
						else if (v instanceof Boolean b) {
							row.createCell(c).setCellValue(b);
						}
						else if (v instanceof LocalDate d) {
							row.createCell(c).setCellValue(d);
							row.getCell(c).setCellStyle(date);
						}
					}
				}
			});
			wb.write(out);
			return out.toByteArray();
		}
	}

	record Percent(double value) {
	}

	static Object[] row(Object... values) {
		return values;
	}

	/** Rows of a sheet; a null row is left empty. */
	static List<Object[]> rows(Object[]... rows) {
		return java.util.Arrays.asList(rows);
	}

	static <K, V> Map<K, V> ordered(Object... pairs) {
		Map<Object, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		@SuppressWarnings("unchecked")
		Map<K, V> typed = (Map<K, V>) map;
		return typed;
	}

	Map<String, Object> enterprise(String id) {
		var rows = cypher("MATCH (e:Enterprise {id: $id}) RETURN properties(e) AS p", Map.of("id", id));
		return rows.isEmpty() ? null : rows.get(0).get("p").asMap();
	}

	void clustersAndLinks() {
		assertThat(csv("id,name\nsemi,半导体全链条\nprecision,精密制造\n", "cluster").rejected()).isEmpty();
		assertThat(csv("""
				环节编号,环节名称,所处阶段,所属集群,是否卡脖子
				semi.wafer,硅片,上游,semi,否
				semi.gas,电子特气,上游,semi；precision,是
				semi.fab,晶圆制造,中游,semi,
				""", "环节").rejected()).isEmpty();
	}

	// --- CSV

	@Test
	void csvWithChineseHeadersInUtf8WithABomAndEnglishHeaders() {
		clustersAndLinks();
		String enterprises = """
				统一社会信用代码,企业名称,是否本地,所在地区,国家,营业收入（万元）,是否规上,是否龙头,是否上市,标签,备注
				91331100MA2AAAAA1,中欣晶圆,是,浙江省丽水市,CHN,"12,000",是,否,否,专精特新、高新技术企业,12英寸抛光片
				91331100MA2AAAAA2,正帆科技,是,浙江省丽水市,CHN,1500,,N,1,,
				""";
		ImportReport report = csv(concat(BOM, enterprises.getBytes(StandardCharsets.UTF_8)), Map.of("kind", "企业"));

		assertThat(report.rejected()).isEmpty();
		assertThat(report.notes()).isEmpty();
		assertThat(report.counts()).containsExactly(Map.entry("enterprise", new KindCounts(2, 0, 0, 0)));
		Map<String, Object> e1 = enterprise("91331100MA2AAAAA1");
		assertThat(e1).containsEntry("name", "中欣晶圆").containsEntry("local", true).containsEntry("revenue", 12000.0)
			.containsEntry("aboveScale", true).containsEntry("head", false).containsEntry("listed", false)
			.containsEntry("tags", List.of("专精特新", "高新技术企业")).containsEntry("description", "12英寸抛光片")
			.containsEntry("country", "CHN");
		Map<String, Object> e2 = enterprise("91331100MA2AAAAA2");
		assertThat(e2).containsEntry("revenue", 1500.0).containsEntry("aboveScale", false)
			.containsEntry("head", false).containsEntry("listed", true).doesNotContainKey("tags");
		// the links of the first CSVs: stage and clusters from Chinese values
		var gas = cypher("MATCH (l:Link {id: 'semi.gas'})<-[:HAS_LINK]-(c) RETURN l.stage AS s, l.chokepoint AS k, "
				+ "c.id AS c ORDER BY c");
		assertThat(gas).extracting(r -> r.get("c").asString()).containsExactly("precision", "semi");
		assertThat(gas.get(0).get("s").asString()).isEqualTo("UPSTREAM");
		assertThat(gas.get(0).get("k").asBoolean()).isTrue();
		assertThat(cypher("MATCH (l:Link {id: 'semi.fab'}) RETURN l.stage AS s, l.chokepoint AS k").get(0).get("k")
			.isNull()).as("blank cell: no value").isTrue();

		ImportReport operates = csv("企业编号,所属环节,市场份额\n91331100MA2AAAAA1,semi.wafer,5%\n", "operates");
		assertThat(operates.rejected()).isEmpty();
		assertThat(cypher("MATCH (:Enterprise)-[r:OPERATES_IN]->(:Link {id: 'semi.wafer'}) RETURN r.share AS s").get(0)
			.get("s").asDouble()).isEqualTo(0.05);
	}

	@Test
	void gbkCsvIsReadWithOrWithoutTheCharsetParameter() throws IOException {
		clustersAndLinks();
		String csv = "统一社会信用代码,企业名称,是否本地,所在地区\nE1,中欣晶圆,是,浙江省丽水市\nE2,旺荣半导体,否,上海市\n";
		byte[] gbk = csv.getBytes("GBK");
		assertThat(new String(gbk, StandardCharsets.UTF_8)).as("the bytes are not UTF-8").isNotEqualTo(csv);

		ImportReport detected = csv(gbk, Map.of("kind", "enterprise"));
		assertThat(detected.rejected()).isEmpty();
		assertThat(detected.counts().get("enterprise")).isEqualTo(new KindCounts(2, 0, 0, 0));
		assertThat(enterprise("E1")).containsEntry("name", "中欣晶圆").containsEntry("region", "浙江省丽水市");
		assertThat(enterprise("E2")).containsEntry("name", "旺荣半导体").containsEntry("local", false);

		ImportReport named = csv(gbk, Map.of("kind", "企业", "charset", "GBK"));
		assertThat(named.counts().get("enterprise")).as("same records, unchanged").isEqualTo(new KindCounts(0, 0, 2, 0));

		byte[] gb18030 = csv.replace("中欣晶圆", "中欣晶圆（新）").getBytes(Charset.forName("GB18030"));
		ImportReport changed = web.post().uri(b -> b.path("/api/v1/import").queryParam("kind", "企业").build())
			.contentType(MediaType.parseMediaType("text/csv;charset=GB18030")).bodyValue(gb18030).exchange()
			.expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
		assertThat(changed.counts().get("enterprise")).isEqualTo(new KindCounts(0, 1, 1, 0));
		assertThat(enterprise("E1")).containsEntry("name", "中欣晶圆（新）");
	}

	@Test
	void badCsvRowsAreRejectedWithRowColumnAndReasonAndUnknownColumnsNotedOnce() {
		clustersAndLinks();
		String csv = String.join("\n", //
				"企业编号,企业名称,是否本地,营业收入(万元),联系人,国别", // row 1
				"E1,甲,是,100,张三,CHN", // 2 ok
				"", // 3 blank: skipped
				"E2,乙,也许,100,李四,CHN", // 4 bad boolean
				"E3,丙,否,很多,王五,CHN", // 5 bad number
				"E4,丁,否,,,China", // 6 bad country
				",,,,,", // 7 blank cells only: skipped
				"E5,,是,,,", // 8 no name
				"E6,戊;己,否,\"1,000\",\"赵六\",JPN"); // 9 ok (a ; inside a text field stays)
		ImportReport report = csv(csv, "企业");

		Map<Long, Rejection> byRow = report.rejected().stream().collect(Collectors.toMap(Rejection::line, r -> r));
		assertThat(byRow.keySet()).containsExactlyInAnyOrder(4L, 5L, 6L, 8L);
		assertThat(byRow.get(4L)).isEqualTo(new Rejection(4, null, "是否本地", "enterprise", "local",
				"must be true or false (got '也许')"));
		assertThat(byRow.get(5L)).isEqualTo(new Rejection(5, null, "营业收入(万元)", "enterprise", "revenue",
				"must be a number (got '很多')"));
		assertThat(byRow.get(6L)).extracting(Rejection::column, Rejection::field).containsExactly("国别", "country");
		assertThat(byRow.get(8L)).extracting(Rejection::column, Rejection::field).containsExactly("企业名称", "name");
		assertThat(report.records()).isEqualTo(6);
		assertThat(report.accepted()).isEqualTo(2);
		assertThat(report.notes()).hasSize(1);
		assertThat(report.notes().get(0).column()).isEqualTo("联系人");
		assertThat(report.notes().get(0).message()).startsWith("unknown column, ignored");
		assertThat(enterprise("E6")).containsEntry("name", "戊;己").containsEntry("revenue", 1000.0)
			.containsEntry("country", "JPN");
		assertThat(cypher("MATCH (e:Enterprise) RETURN e.id AS id ORDER BY id").stream().map(r -> r.get("id").asString()))
			.containsExactly("E1", "E6");
	}

	@Test
	void csvProblemsThatConcernTheWholeFileAreA400() {
		byte[] ok = "id,name\nsemi,半导体\n".getBytes(StandardCharsets.UTF_8);
		postCsv(ok, Map.of()).expectStatus().isBadRequest().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("kind");
		postCsv(ok, Map.of("kind", "factory")).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("kind")
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).startsWith("unknown kind 'factory'"));
		postCsv(ok, Map.of("kind", "cluster", "charset", "KLINGON")).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("charset");
		// a required column missing: one problem naming it, not one rejection per row
		postCsv("企业名称,所在地区\n甲,上海\n乙,上海\n".getBytes(StandardCharsets.UTF_8), Map.of("kind", "企业"))
			.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors.length()").isEqualTo(2)
			.jsonPath("$.errors[0].field").isEqualTo("id")
			.jsonPath("$.errors[1].field").isEqualTo("local")
			.jsonPath("$.errors[1].reason").value(r -> assertThat((String) r).contains("'是否本地'"));
		postCsv("id,集群编号,name\nsemi,semi2,半导体\n".getBytes(StandardCharsets.UTF_8), Map.of("kind", "cluster"))
			.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("id")
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("two columns"));
		postCsv(new byte[0], Map.of("kind", "cluster")).expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("body");
		postCsv("id,name\nsemi,\"半导体\n".getBytes(StandardCharsets.UTF_8), Map.of("kind", "cluster")).expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		assertThat(cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN n")).as("nothing written").isEmpty();
	}

	@Test
	void aTitleRowAboveTheHeaderAndSemicolonsAsDelimiterAreAccepted() {
		ImportReport report = csv("集群清单（2025年）;;\n集群编号;集群名称;链长\nsemi;半导体全链条;某某\n", "产业集群");
		assertThat(report.rejected()).isEmpty();
		assertThat(report.counts().get("cluster")).isEqualTo(new KindCounts(1, 0, 0, 0));
		assertThat(report.notes()).extracting(Note::message).containsExactly("header in row 2; row 1 above it was not imported");
		assertThat(cypher("MATCH (c:Cluster {id:'semi'}) RETURN c.chief AS c").get(0).get("c").asString()).isEqualTo("某某");
	}

	// --- Excel

	static byte[] chainWorkbook() throws IOException {
		return xlsx(ordered( //
				"产业集群", rows(row("集群编号", "集群名称"), row("semi", "半导体全链条")), //
				"link", rows(row("id", "name", "stage", "clusters", "parent"), //
						row("semi.materials", "半导体材料", "上游", "semi", null), //
						row("semi.wafer", "硅片", "上游", "semi", "semi.materials"), //
						null, // an empty row
						row("semi.fab", "晶圆制造", "中游", "semi", null), //
						row("semi.bad", "坏环节", "旁游", "semi", null)), // row 6: bad stage
				"企业", rows(row("2025年企业清单"), // a title row
						row("企业编号", "企业名称", "是否本地", "营业收入(万元)", "是否上市", "成立日期"), //
						row(600519, "示例股份", "是", 12000, true, LocalDate.of(2001, 8, 27)), //
						row("E2", "乙公司", "否", "12,500", false, null)), //
				"企业环节", rows(row("统一社会信用代码", "环节编号", "市场份额"), //
						row(600519, "semi.wafer", new Percent(0.05)), //
						row("E2", "semi.nowhere", new Percent(0.1))), // row 3: unknown link
				"骨干项目", rows(row("项目编号", "项目名称", "所属集群", "签约日期", "落地日期", "投资额(万元)"), //
						row("P1", "扩产项目", "semi", LocalDate.of(2025, 1, 10), "2025/3/1", 50000)), //
				"Sheet1", rows(row("随便写写"))));
	}

	@Test
	void aWorkbookWithChineseSheetNamesIsImportedAndBadRowsNameSheetRowAndColumn() throws IOException {
		ImportReport report = workbook(chainWorkbook());

		assertThat(report.rejected()).containsExactly(
				new Rejection(6, "link", "stage", "link", "stage",
						"must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM (got '旁游')"),
				new Rejection(3, "企业环节", "环节编号", "operates", "link", "unknown link 'semi.nowhere'"));
		assertThat(report.counts()).containsEntry("cluster", new KindCounts(1, 0, 0, 0))
			.containsEntry("link", new KindCounts(3, 0, 0, 1))
			.containsEntry("enterprise", new KindCounts(2, 0, 0, 0))
			.containsEntry("operates", new KindCounts(1, 0, 0, 1))
			.containsEntry("project", new KindCounts(1, 0, 0, 0));
		assertThat(report.records()).isEqualTo(10);
		assertThat(report.notes()).extracting(Note::sheet, Note::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple("企业", null), // title row skipped
				org.assertj.core.groups.Tuple.tuple("企业", "成立日期"), // unknown column
				org.assertj.core.groups.Tuple.tuple("Sheet1", null)); // not a kind
		assertThat(report.notes().get(2).message()).startsWith("sheet not imported");

		// a numeric id cell becomes the id text; 是 and a boolean cell become booleans; "12,500" a number
		assertThat(enterprise("600519")).containsEntry("name", "示例股份").containsEntry("local", true)
			.containsEntry("listed", true).containsEntry("revenue", 12000.0);
		assertThat(enterprise("E2")).containsEntry("local", false).containsEntry("listed", false)
			.containsEntry("revenue", 12500.0);
		// a percent-formatted cell is the fraction
		assertThat(cypher("MATCH (:Enterprise {id:'600519'})-[r:OPERATES_IN]->(:Link {id:'semi.wafer'}) RETURN r.share AS s")
			.get(0).get("s").asDouble()).isEqualTo(0.05);
		// an Excel date cell (shown as 2025年1月10日) and a date typed as text
		var project = cypher("MATCH (p:Project {id:'P1'}) RETURN toString(p.signed) AS s, toString(p.landed) AS l, "
				+ "p.investment AS i").get(0);
		assertThat(List.of(project.get("s").asString(), project.get("l").asString()))
			.containsExactly("2025-01-10", "2025-03-01");
		assertThat(project.get("i").asDouble()).isEqualTo(50000.0);
		assertThat(cypher("MATCH (:Link {id:'semi.wafer'})-[:PART_OF]->(p) RETURN p.id AS p").get(0).get("p").asString())
			.isEqualTo("semi.materials");
	}

	@Test
	void reimportingTheSameWorkbookChangesNothing() throws IOException {
		byte[] book = chainWorkbook();
		workbook(book);
		var before = cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN count(n) AS n, sum(size(keys(n))) AS k").get(0);
		var relsBefore = cypher("MATCH ()-[r]->() RETURN count(r) AS n").get(0).get("n").asLong();

		// the raw body works as well as the multipart upload
		ImportReport again = web.post().uri("/api/v1/import").contentType(XLSX).bodyValue(book).exchange()
			.expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();

		assertThat(again.counts().values()).allSatisfy(c -> {
			assertThat(c.created()).isZero();
			assertThat(c.updated()).isZero();
		});
		assertThat(again.counts().values().stream().mapToLong(KindCounts::unchanged).sum()).isEqualTo(8);
		assertThat(again.rejectedCount()).isEqualTo(2);
		var after = cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN count(n) AS n, sum(size(keys(n))) AS k").get(0);
		assertThat(after.get("n").asLong()).isEqualTo(before.get("n").asLong());
		assertThat(after.get("k").asLong()).isEqualTo(before.get("k").asLong());
		assertThat(cypher("MATCH ()-[r]->() RETURN count(r) AS n").get(0).get("n").asLong()).isEqualTo(relsBefore);
	}

	@Test
	void workbookProblemsThatConcernTheWholeFileAreA400() throws IOException {
		// a required column missing in one sheet: refused as a whole, nothing written
		byte[] missing = xlsx(ordered("产业集群", rows(row("集群编号", "集群名称"), row("semi", "半导体")), //
				"企业", rows(row("企业编号", "企业名称"), row("E1", "甲"))));
		postWorkbook(missing, "a.xlsx").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("企业!local");
		// no sheet named after a kind
		postWorkbook(xlsx(ordered("Sheet1", rows(row("id", "name")))), "b.xlsx").expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("企业"));
		// not a workbook at all
		postWorkbook("hello".getBytes(StandardCharsets.UTF_8), "c.xlsx").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file");
		// an old binary .xls (OLE2 signature)
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0,
				0, 0, 0, 0, 0, 0 };
		postWorkbook(ole2, "d.xls").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("97-2003"));
		// no part named file
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("workbook", new ByteArrayResource(missing)).filename("x.xlsx");
		web.post().uri("/api/v1/import").body(BodyInserters.fromMultipartData(parts.build())).exchange().expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
		assertThat(cypher("MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN n")).as("nothing written").isEmpty();
	}

	@Test
	void aCsvFileUploadedAsMultipartTakesItsKindFromItsName() {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource("集群编号,集群名称\nsemi,半导体\n".getBytes(Charset.forName("GBK"))))
			.filename("产业集群.csv");
		ImportReport report = web.post().uri("/api/v1/import").body(BodyInserters.fromMultipartData(parts.build()))
			.exchange().expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
		assertThat(report.counts().get("cluster")).isEqualTo(new KindCounts(1, 0, 0, 0));
		assertThat(cypher("MATCH (c:Cluster {id:'semi'}) RETURN c.name AS n").get(0).get("n").asString()).isEqualTo("半导体");
	}

	// --- template

	@Test
	void theTemplateHasOneSheetPerKindAndImportsWithoutRejections() throws IOException {
		byte[] template = web.get().uri("/api/v1/import/template.xlsx").exchange().expectStatus().isOk()
			.expectHeader().contentType(XLSX)
			.expectHeader().value("Content-Disposition", d -> assertThat(d).contains("attachment"))
			.expectBody(byte[].class).returnResult().getResponseBody();

		List<String> sheetNames = new ArrayList<>();
		List<String> enterpriseHeaders = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			book.forEach(sheet -> sheetNames.add(sheet.getSheetName()));
			book.getSheet("企业").getRow(0).forEach(cell -> enterpriseHeaders.add(cell.getStringCellValue()));
			assertThat(book.getSheet("企业").getRow(0).getCell(0).getCellComment().getString().getString())
				.startsWith("id（必填）");
		}
		assertThat(sheetNames).containsExactly("说明", "产业集群", "企业", "环节", "上下游", "企业环节", "供应关系", "骨干项目",
				"顶尖团队", "目标", "措施");
		assertThat(enterpriseHeaders).containsExactly("统一社会信用代码", "企业名称", "英文名称", "是否本地", "所在地区", "国家",
				"营业收入(万元)", "是否规上", "是否头部", "是否上市", "标签", "备注");

		ImportReport report = workbook(template);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.counts()).containsOnlyKeys("cluster", "link", "feeds", "enterprise", "operates", "supplies",
				"project", "team", "target", "measure");
		assertThat(report.counts().values()).allSatisfy(c -> assertThat(c.created()).isPositive());
		assertThat(report.counts().get("link")).isEqualTo(new KindCounts(2, 0, 0, 0));
		assertThat(report.notes()).extracting(Note::sheet).containsExactly("说明");
		assertThat(cypher("MATCH (p:Project {id:'P-2025-001'}) RETURN toString(p.aboveScale) AS d").get(0).get("d")
			.asString()).isEqualTo("2025-12-01");
		assertThat(workbook(template).counts().values()).allSatisfy(c -> assertThat(c.unchanged()).isPositive());
	}
}
