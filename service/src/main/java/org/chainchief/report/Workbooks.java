package org.chainchief.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Tables as one Excel workbook, a sheet per table, streamed (SXSSF: 100 rows in memory per sheet, the rest in a
 * temporary file deleted afterwards). Each sheet: bold Chinese header row, frozen, with an auto-filter; numbers as
 * numbers, dates as date cells (yyyy-mm-dd), 是/否 as text; marked cells filled (red, amber, green); column widths
 * from the longest text (a CJK character counts two). Blocking: call it on a bounded-elastic thread.
 */
final class Workbooks {

	/** Excel's limit on sheet names is 31 characters. */
	private static final int MAX_SHEET_NAME = 31;

	private static final int MAX_WIDTH = 60;

	private Workbooks() {
	}

	static byte[] write(List<Table> tables) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			for (Table table : tables) {
				sheet(workbook, styles, table, uniqueName(table.name(), names));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose(); // the temporary files of the flushed rows
		}
	}

	private static void sheet(SXSSFWorkbook workbook, Styles styles, Table table, String name) {
		SXSSFSheet sheet = workbook.createSheet(name);
		int columns = table.columns().size();
		int[] widths = new int[columns];
		Row head = sheet.createRow(0);
		for (int c = 0; c < columns; c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(table.columns().get(c).header());
			cell.setCellStyle(styles.header);
			widths[c] = width(table.columns().get(c).header()) + 2;
		}
		int r = 1;
		for (List<Object> values : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns; c++) {
				Object value = values.get(c);
				Table.Mark mark = null;
				if (value instanceof Table.Marked m) {
					mark = m.mark();
					value = m.value();
				}
				if (value == null && mark == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				Table.Type type = table.columns().get(c).type();
				String shown = set(cell, value);
				cell.setCellStyle(styles.of(value instanceof LocalDate ? Table.Type.DATE : type, mark));
				widths[c] = Math.max(widths[c], value instanceof LocalDate ? 11 : width(shown));
			}
		}
		sheet.createFreezePane(0, 1);
		if (columns > 0) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
		}
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(6, widths[c] + 1)) * 256);
		}
	}

	/** Writes a value; answers the text it shows (for the column width). */
	private static String set(Cell cell, Object value) {
		switch (value) {
			case null -> {
				return "";
			}
			case Number n -> {
				cell.setCellValue(n.doubleValue());
				return CsvFiles.text(n);
			}
			case LocalDate d -> {
				cell.setCellValue(d);
				return d.toString();
			}
			case Boolean b -> {
				cell.setCellValue(b ? "是" : "否");
				return "是";
			}
			default -> {
				String text = value.toString();
				cell.setCellValue(text);
				return text;
			}
		}
	}

	/** Display width in character cells: CJK and full-width characters count two; the longest line counts. */
	static int width(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			int w = 0;
			for (int i = 0; i < line.length(); ) {
				int cp = line.codePointAt(i);
				w += Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
				i += Character.charCount(cp);
			}
			longest = Math.max(longest, w);
		}
		return longest;
	}

	/** A legal, unique sheet name: Excel's forbidden characters replaced, at most 31 characters. */
	static String uniqueName(String wanted, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted, '_');
		String name = base;
		for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = "(" + n + ")";
			name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(java.util.Locale.ROOT));
		return name;
	}

	private static final class Styles {

		final CellStyle header;

		private final SXSSFWorkbook workbook;

		private final Map<Table.Type, Map<Table.Mark, CellStyle>> cache = new EnumMap<>(Table.Type.class);

		private final Map<Table.Type, CellStyle> plain = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			header.setWrapText(true);
		}

		CellStyle of(Table.Type type, Table.Mark mark) {
			if (mark == null) {
				return plain.computeIfAbsent(type, this::base);
			}
			return cache.computeIfAbsent(type, t -> new EnumMap<>(Table.Mark.class)).computeIfAbsent(mark, m -> {
				XSSFCellStyle style = (XSSFCellStyle) base(type);
				style.setFillForegroundColor(new XSSFColor(hex(m.rgb), null));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				return style;
			});
		}

		private CellStyle base(Table.Type type) {
			CellStyle style = workbook.createCellStyle();
			var format = workbook.getCreationHelper().createDataFormat();
			switch (type) {
				case DATE -> style.setDataFormat(format.getFormat("yyyy-mm-dd"));
				case INTEGER -> style.setDataFormat(format.getFormat("0"));
				case NUMBER -> style.setDataFormat(format.getFormat("General"));
				default -> style.setWrapText(true);
			}
			return style;
		}

		private static byte[] hex(String rgb) {
			return new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
					(byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16) };
		}
	}
}
