package org.chainchief.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainchief.importer.SheetColumns.Column;
import org.chainchief.importer.SheetColumns.Type;

/**
 * The downloadable import template: a 说明 (instructions) sheet listing every column, then one sheet per record
 * kind, named in Chinese, with Chinese headers (each with a comment giving the field name, meaning and values;
 * required headers in bold on orange) and example rows that import cleanly: one per sheet, two where a relation
 * needs two ends (links, enterprises); references between sheets agree. Yes/no and stage columns offer drop-down
 * lists.
 */
final class SpreadsheetTemplate {

	static final String INSTRUCTIONS = "说明";

	/** Example values per kind and field (dates as dates, booleans as 是/否, lists joined with 、). */
	private static final Map<Kind, List<Map<String, Object>>> EXAMPLES = Map.of( //
			Kind.CLUSTER, List.of(Map.of("id", "semi", "name", "半导体全链条（示例）", "nameEn", "Semiconductor", "chief",
					"某某（示例）")),
			Kind.LINK, List.of(
					Map.of("id", "semi.wafer", "name", "硅片（示例）", "stage", "上游", "clusters", "semi", "chokepoint", "否"),
					Map.of("id", "semi.fab", "name", "晶圆制造（示例）", "stage", "中游", "clusters", "semi", "chokepoint",
							"是")),
			Kind.FEEDS, List.of(Map.of("from", "semi.wafer", "to", "semi.fab")),
			Kind.ENTERPRISE, List.of(
					Map.of("id", "91331100MA2EXAMPLE1", "name", "示例晶圆有限公司", "local", "是", "region", "浙江省丽水市",
							"country", "CHN", "revenue", 12000, "head", "否", "listed", "否", "tags", "专精特新、高新技术企业"),
					Map.of("id", "91310000MA1EXAMPLE2", "name", "示例芯片有限公司", "local", "否", "region", "上海市",
							"country", "CHN", "revenue", 250000, "head", "是", "listed", "是")),
			Kind.OPERATES, List.of(Map.of("enterprise", "91331100MA2EXAMPLE1", "link", "semi.wafer", "share", 0.05)),
			Kind.SUPPLIES, List.of(
					Map.of("supplier", "91331100MA2EXAMPLE1", "buyer", "91310000MA1EXAMPLE2", "link", "semi.wafer")),
			Kind.PROJECT, List.of(Map.ofEntries(Map.entry("id", "P-2025-001"), Map.entry("name", "12英寸硅片扩产项目（示例）"),
					Map.entry("cluster", "semi"), Map.entry("links", "semi.wafer"),
					Map.entry("enterprise", "91331100MA2EXAMPLE1"), Map.entry("investment", 50000),
					Map.entry("plannedSigned", LocalDate.of(2025, 1, 1)), Map.entry("signed", LocalDate.of(2025, 1, 10)),
					Map.entry("plannedLanded", LocalDate.of(2025, 3, 1)), Map.entry("landed", LocalDate.of(2025, 3, 1)),
					Map.entry("plannedProducing", LocalDate.of(2025, 8, 1)), Map.entry("producing", LocalDate.of(2025, 9, 1)),
					Map.entry("plannedAboveScale", LocalDate.of(2025, 12, 1)),
					Map.entry("aboveScale", LocalDate.of(2025, 12, 1)))),
			Kind.TEAM, List.of(Map.of("id", "T-001", "name", "宽禁带半导体团队（示例）", "leader", "某教授（示例）", "institution",
					"某大学（示例）", "field", "宽禁带半导体外延", "cluster", "semi", "links", "semi.fab")),
			Kind.TARGET, List.of(
					Map.of("id", "G-001", "cluster", "semi", "name", "集群产值（示例）", "metric", "产值", "value", 100, "unit",
							"亿元", "year", 2027, "baseline", 60, "current", 72, "currentAt", LocalDate.of(2025, 12, 31)),
					Map.of("id", "G-002", "cluster", "semi", "name", "链条完整度（示例）", "metric", "completeness", "value", 80,
							"unit", "%", "year", 2027, "baseline", 50)),
			Kind.MEASURE, List.of(Map.of("id", "M-001", "cluster", "semi", "name", "补链：引进电子特气企业（示例）", "owner",
					"招商局（示例）", "due", LocalDate.of(2026, 6, 30), "status", "推进中", "links", "semi.wafer", "targets",
					"G-002")));

	private SpreadsheetTemplate() {
	}

	static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			instructions(workbook, styles);
			for (Kind kind : Kind.values()) {
				kindSheet(workbook, styles, kind);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void instructions(XSSFWorkbook workbook, Styles styles) {
		XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS);
		int r = 0;
		String[] intro = { "链长制产业链数据导入模板",
				"每个工作表一种记录，工作表名即记录种类（中文或英文名均可）；第一行为列名（中文或英文字段名均可），其后每行一条记录，空行忽略。",
				"橙色表头的列必填（下表“必填”栏标 *）；引用其他记录时填写其编号（如“所属集群”填集群编号）。本“说明”表不导入。",
				"重复导入同一文件不会改变数据：记录按编号（关系按两端）匹配，已有则更新，未变则跳过。", "" };
		for (String line : intro) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line);
			if (r == 1) {
				row.getCell(0).setCellStyle(styles.title);
			}
		}
		String[] headers = { "工作表", "列名", "也可写作", "字段", "必填", "含义", "取值" };
		Row head = sheet.createRow(r++);
		for (int i = 0; i < headers.length; i++) {
			head.createCell(i).setCellValue(headers[i]);
			head.getCell(i).setCellStyle(styles.header);
		}
		for (Kind kind : Kind.values()) {
			for (Column column : SheetColumns.of(kind)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(kind.chinese + "（" + kind.wire + "）");
				row.createCell(1).setCellValue(column.header());
				row.createCell(2).setCellValue(String.join("、", column.headers().subList(1, column.headers().size())));
				row.createCell(3).setCellValue(column.field());
				row.createCell(4).setCellValue(column.required() ? "*" : "");
				row.createCell(5).setCellValue(column.meaning());
				row.createCell(6).setCellValue(column.values());
			}
		}
		int[] widths = { 18, 20, 30, 14, 6, 50, 60 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	private static void kindSheet(XSSFWorkbook workbook, Styles styles, Kind kind) {
		XSSFSheet sheet = workbook.createSheet(kind.chinese);
		// columns of older files (a project's single `link`) are accepted but not offered
		List<Column> columns = SheetColumns.of(kind).stream().filter(c -> !c.legacy()).toList();
		CreationHelper factory = workbook.getCreationHelper();
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		Row head = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			XSSFCell cell = (XSSFCell) head.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(column.required() ? styles.required : styles.header);
			ClientAnchor anchor = factory.createClientAnchor();
			anchor.setCol1(i);
			anchor.setCol2(i + 3);
			anchor.setRow1(0);
			anchor.setRow2(5);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(factory.createRichTextString(column.field() + (column.required() ? "（必填）" : "")
					+ "\n" + column.meaning() + "\n取值：" + column.values()));
			cell.setCellComment(comment);
			sheet.setColumnWidth(i, Math.max(12, column.header().length() * 2 + 4) * 256);
			if (column.kind() == Kind.MEASURE && "status".equals(column.field())) {
				dropDown(sheet, i, new String[] { "计划", "推进中", "已完成" });
			}
			if (column.type() == Type.BOOLEAN || column.type() == Type.STAGE) {
				dropDown(sheet, i, column.type() == Type.BOOLEAN ? new String[] { "是", "否" }
						: new String[] { "上游", "中游", "下游" });
			}
		}
		sheet.createFreezePane(0, 1);
		int r = 1;
		for (Map<String, Object> example : EXAMPLES.get(kind)) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < columns.size(); i++) {
				Object value = example.get(columns.get(i).field());
				if (value instanceof LocalDate date) {
					row.createCell(i).setCellValue(date);
					row.getCell(i).setCellStyle(styles.date);
				}
				else if (value instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}
	}

	private static void dropDown(XSSFSheet sheet, int column, String[] values) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, 10_000, column, column));
		validation.setShowErrorBox(false);
		sheet.addValidationData(validation);
	}

	private static final class Styles {

		final XSSFCellStyle header;

		final XSSFCellStyle required;

		final XSSFCellStyle title;

		final XSSFCellStyle date;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			required = workbook.createCellStyle();
			required.cloneStyleFrom(header);
			required.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}
	}
}
