package org.chainchief.importer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chainchief.importer.CellValues.Cell;
import org.chainchief.importer.ImportReport.Note;
import org.chainchief.importer.ImportSource.SourceRecord;
import org.chainchief.importer.SheetColumns.Column;
import org.chainchief.support.ApiProblem.FieldError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one sheet (or CSV file) of one record kind maps onto the import format: which column holds which field.
 * The header is the first row, or, when rows above it hold a title, the first of the first
 * {@value #HEADER_SEARCH} non-empty rows that names at least one column of the kind. Header faults (a required
 * column missing, two columns for one field, no header at all) are collected as errors before anything is
 * written; columns that name no field are noted once and ignored.
 */
final class SheetMapping {

	/** One row of cells; {@code number} is the row number as a spreadsheet shows it (1-based). */
	record Row(long number, List<Cell> cells) {

		boolean isBlank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}
	}

	static final int HEADER_SEARCH = 10;

	final Kind kind;

	/** The sheet name for workbooks, null for CSV. */
	final String sheet;

	/** The header's row number; data rows follow it. */
	final long headerRow;

	private final Column[] byIndex;

	/** Field → header as the user wrote it, for rejections. */
	private final Map<String, String> columns;

	final List<Note> notes = new ArrayList<>();

	final List<FieldError> errors = new ArrayList<>();

	private SheetMapping(Kind kind, String sheet, Row header) {
		this.kind = kind;
		this.sheet = sheet;
		this.headerRow = header == null ? -1 : header.number();
		this.byIndex = new Column[header == null ? 0 : header.cells().size()];
		Map<String, String> written = new LinkedHashMap<>();
		if (header == null) {
			errors.add(error("header", "no header row: none of the first " + HEADER_SEARCH
					+ " non-empty rows names a column of " + kind.wire + " (" + kind.chinese + "); expected "
					+ headersOf(SheetColumns.of(kind))));
			this.columns = Map.of();
			return;
		}
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < byIndex.length; i++) {
			Cell cell = header.cells().get(i);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			String text = cell.text().strip().replace("\ufeff", "");
			Column column = SheetColumns.find(kind, text);
			if (column == null) {
				unknown.add(text);
				continue;
			}
			String earlier = written.putIfAbsent(column.field(), text);
			if (earlier != null) {
				errors.add(error(column.field(), "two columns give this field: '" + earlier + "' and '" + text
						+ "'; keep one"));
				continue;
			}
			byIndex[i] = column;
		}
		for (Column column : SheetColumns.of(kind)) {
			if (column.required() && !written.containsKey(column.field())) {
				errors.add(error(column.field(), "required column missing: add a column headed "
						+ String.join(" or ", column.headers().stream().map(h -> "'" + h + "'").toList())));
			}
		}
		for (String text : unknown) {
			notes.add(new Note(sheet, text, "unknown column, ignored; columns of " + kind.wire + ": "
					+ headersOf(SheetColumns.of(kind))));
		}
		this.columns = Map.copyOf(written);
	}

	/**
	 * Reads the header from the first rows. Rows above the header are noted; a sheet without any non-empty row
	 * is noted as empty and has no errors.
	 */
	static SheetMapping read(Kind kind, String sheet, Iterator<Row> rows) {
		Row first = null;
		int seen = 0;
		while (rows.hasNext() && seen < HEADER_SEARCH) {
			Row row = rows.next();
			if (row.isBlank()) {
				continue;
			}
			seen++;
			if (first == null) {
				first = row;
			}
			if (row.cells().stream().anyMatch(c -> c != null && c.text() != null && SheetColumns.find(kind, c.text()) != null)) {
				SheetMapping mapping = new SheetMapping(kind, sheet, row);
				if (row != first) {
					String above = first.number() == row.number() - 1 ? "row " + first.number() + " above it was"
							: "rows " + first.number() + "–" + (row.number() - 1) + " above it were";
					mapping.notes.add(0, new Note(sheet, null, "header in row " + row.number() + "; " + above
							+ " not imported"));
				}
				return mapping;
			}
		}
		SheetMapping mapping = new SheetMapping(kind, sheet, null);
		if (first == null) {
			mapping.errors.clear();
			mapping.notes.add(new Note(sheet, null, "empty: no header and no rows"));
		}
		return mapping;
	}

	/** False when the header has faults (the import must not start). */
	boolean isValid() {
		return errors.isEmpty();
	}

	/** True for a sheet with nothing in it (nothing to import). */
	boolean isEmpty() {
		return headerRow < 0;
	}

	/** The record of a data row, or null for a row above or at the header, or a blank row. */
	SourceRecord record(Row row) {
		if (row.number() <= headerRow || row.isBlank()) {
			return null;
		}
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("kind", kind.wire);
		List<Cell> cells = row.cells();
		for (int i = 0; i < byIndex.length && i < cells.size(); i++) {
			Column column = byIndex[i];
			if (column == null) {
				continue;
			}
			JsonNode value = CellValues.convert(column.type(), cells.get(i));
			if (value != null) {
				node.set(column.field(), value);
			}
		}
		return new SourceRecord(row.number(), sheet, null, node, columns);
	}

	private FieldError error(String field, String reason) {
		return new FieldError(sheet == null ? field : sheet + "!" + field, reason);
	}

	private static String headersOf(List<Column> columns) {
		return columns.stream()
			.map(c -> c.header() + "/" + c.field() + (c.required() ? "*" : ""))
			.collect(Collectors.joining(", "));
	}
}
