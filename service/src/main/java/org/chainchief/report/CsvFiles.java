package org.chainchief.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV the way Excel opens Chinese text: UTF-8 with a byte-order mark, a header row of the Chinese
 * column names, RFC 4180 quoting (CRLF, quotes doubled, a cell with a comma, quote or line break quoted).
 * Numbers plain (no exponent), dates ISO, yes/no as 是/否. A text cell starting with {@code = + - @} (or a tab or
 * carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
final class CsvFiles {

	private CsvFiles() {
	}

	static byte[] write(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
			out.write('\uFEFF');
			csv.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object value : row) {
					cells.add(text(value));
				}
				csv.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String text(Object value) {
		return switch (value) {
			case null -> "";
			case Table.Marked m -> text(m.value());
			case Boolean b -> b ? "是" : "否";
			case Double d -> d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			case Number n -> n.toString();
			case String s -> defused(s);
			default -> value.toString();
		};
	}

	private static String defused(String s) {
		if (s.isEmpty()) {
			return s;
		}
		char first = s.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + s : s;
	}
}
