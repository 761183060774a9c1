package org.chainchief.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.chainchief.importer.SheetColumns.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns spreadsheet cells into the JSON values of the import format. A value that cannot be converted is passed
 * on as the text the user wrote, so the record parser rejects it with its field and column, exactly as it
 * would reject the same value in NDJSON. A blank cell is a missing value.
 */
final class CellValues {

	/**
	 * One cell: the text as shown (CSV: as written), and for a numeric workbook cell its number and, when the
	 * cell is formatted as a date, its date.
	 */
	record Cell(String text, Double number, LocalDate date) {

		static Cell text(String text) {
			return new Cell(text, null, null);
		}

		boolean isBlank() {
			return number == null && date == null && (text == null || text.isBlank());
		}
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Separators of list items: semicolons, commas (ASCII and full width), the enumeration comma, new lines. */
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；,，、\\r\\n]+");

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?%?");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private CellValues() {
	}

	/** The JSON value of a cell for a field of the given type, or null when the cell is blank. */
	static JsonNode convert(Type type, Cell cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String text = cell.text() == null ? "" : cell.text().strip();
		return switch (type) {
			case TEXT -> NODES.stringNode(cell.date() != null ? cell.date().toString() : text);
			case LIST -> list(cell.date() != null ? cell.date().toString() : text);
			case BOOLEAN -> bool(cell, text);
			case NUMBER -> number(cell, text, false);
			case INTEGER -> number(cell, text, true);
			case DATE -> date(cell, text);
			case STAGE -> stage(text);
		};
	}

	private static JsonNode list(String text) {
		ArrayNode items = NODES.arrayNode();
		for (String item : LIST_SEPARATOR.split(text)) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items.isEmpty() ? null : items;
	}

	private static JsonNode bool(Cell cell, String text) {
		if (cell.number() != null && cell.date() == null) {
			if (cell.number() == 1) {
				return NODES.booleanNode(true);
			}
			if (cell.number() == 0) {
				return NODES.booleanNode(false);
			}
		}
		return switch (plain(text).toLowerCase(Locale.ROOT)) {
			case "是", "true", "1", "y", "yes" -> NODES.booleanNode(true);
			case "否", "false", "0", "n", "no" -> NODES.booleanNode(false);
			default -> NODES.stringNode(text);
		};
	}

	private static JsonNode number(Cell cell, String text, boolean whole) {
		BigDecimal value = null;
		if (cell.number() != null && cell.date() == null) {
			value = BigDecimal.valueOf(cell.number());
		}
		else {
			String plain = plain(text).replace(" ", "");
			if (GROUPED.matcher(plain).matches()) {
				plain = plain.replace(",", "");
			}
			boolean percent = plain.endsWith("%");
			if (percent) {
				plain = plain.substring(0, plain.length() - 1);
			}
			try {
				value = new BigDecimal(plain);
				if (percent) {
					value = value.movePointLeft(2);
				}
			}
			catch (NumberFormatException ex) {
				return NODES.stringNode(text);
			}
		}
		if (!whole) {
			return NODES.numberNode(value.doubleValue());
		}
		try {
			return NODES.numberNode(value.intValueExact());
		}
		catch (ArithmeticException ex) {
			return NODES.stringNode(text.isEmpty() ? value.toPlainString() : text);
		}
	}

	private static JsonNode date(Cell cell, String text) {
		if (cell.date() != null) {
			return NODES.stringNode(cell.date().toString());
		}
		if (cell.number() != null && DateUtil.isValidExcelDate(cell.number()) && cell.number() >= 1) {
			// a serial day number in a cell not formatted as a date
			return NODES.stringNode(DateUtil.getLocalDateTime(cell.number(), false).toLocalDate().toString());
		}
		String plain = plain(text);
		Matcher m = DATE.matcher(plain);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(plain);
			if (!m.matches()) {
				return NODES.stringNode(text);
			}
		}
		try {
			return NODES.stringNode(LocalDate
				.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
				.toString());
		}
		catch (DateTimeException ex) {
			return NODES.stringNode(text);
		}
	}

	private static JsonNode stage(String text) {
		String plain = plain(text);
		return switch (plain) {
			case "上游" -> NODES.stringNode("UPSTREAM");
			case "中游" -> NODES.stringNode("MIDSTREAM");
			case "下游" -> NODES.stringNode("DOWNSTREAM");
			default -> {
				String upper = plain.toUpperCase(Locale.ROOT);
				yield NODES.stringNode(upper.matches("UPSTREAM|MIDSTREAM|DOWNSTREAM") ? upper : text);
			}
		};
	}

	/** Full-width digits, letters and punctuation as ASCII, trimmed. */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}
}
