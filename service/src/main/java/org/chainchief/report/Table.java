package org.chainchief.report;

import java.util.List;

/**
 * One list as rows and typed columns, rendered the same way as CSV and as an Excel sheet. Cell values are
 * {@code String}, {@code Number}, {@code LocalDate}, {@code Boolean} (是/否), null (empty), or {@link Marked}.
 */
record Table(String name, List<Column> columns, List<List<Object>> rows) {

	/** How a column's cells are written in Excel (CSV writes every value as text). */
	enum Type {
		TEXT, INTEGER, NUMBER, DATE, BOOLEAN
	}

	/** A colour that marks a cell: statuses (MISSING red, WEAK amber, STRONG green), overdue red, achieved green. */
	enum Mark {
		RED("FFC7CE"), AMBER("FFEB9C"), GREEN("C6EFCE");

		final String rgb;

		Mark(String rgb) {
			this.rgb = rgb;
		}
	}

	record Column(String header, Type type) {
	}

	/** A value with the colour of its cell. */
	record Marked(Object value, Mark mark) {
	}

	static Column text(String header) {
		return new Column(header, Type.TEXT);
	}

	static Column integer(String header) {
		return new Column(header, Type.INTEGER);
	}

	static Column number(String header) {
		return new Column(header, Type.NUMBER);
	}

	static Column date(String header) {
		return new Column(header, Type.DATE);
	}

	static Column bool(String header) {
		return new Column(header, Type.BOOLEAN);
	}

	List<String> headers() {
		return columns.stream().map(Column::header).toList();
	}
}
