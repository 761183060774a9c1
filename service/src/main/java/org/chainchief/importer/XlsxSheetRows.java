package org.chainchief.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.chainchief.importer.CellValues.Cell;
import org.chainchief.importer.SheetMapping.Row;
import org.chainchief.support.ApiProblem;

/**
 * The rows of one sheet, pulled from its XML one at a time. Empty rows are not in the XML; row numbers come
 * from the {@code r} attributes, so they are the numbers Excel shows.
 */
final class XlsxSheetRows implements Iterator<Row>, AutoCloseable {

	private final XMLStreamReader xml;

	private final XlsxWorkbook workbook;

	private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

	private long lastRow;

	private Row next;

	private boolean done;

	XlsxSheetRows(XMLStreamReader xml, XlsxWorkbook workbook) {
		this.xml = xml;
		this.workbook = workbook;
	}

	@Override
	public boolean hasNext() {
		if (next == null && !done) {
			try {
				next = read();
			}
			catch (XMLStreamException | RuntimeException ex) {
				throw ex instanceof ApiProblem problem ? problem : XlsxSource.unreadable(ex);
			}
			done = next == null;
		}
		return next != null;
	}

	@Override
	public Row next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Row row = next;
		next = null;
		return row;
	}

	private Row read() throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
				String r = xml.getAttributeValue(null, "r");
				long number = r != null ? Long.parseLong(r) : lastRow + 1;
				lastRow = number;
				return new Row(number, cells());
			}
		}
		return null;
	}

	/** The cells of the current row, up to its end tag, placed at their column index. */
	private List<Cell> cells() throws XMLStreamException {
		List<Cell> cells = new ArrayList<>();
		int column = -1;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
				return cells;
			}
			if (event != XMLStreamConstants.START_ELEMENT || !"c".equals(xml.getLocalName())) {
				continue;
			}
			String ref = xml.getAttributeValue(null, "r");
			column = ref != null ? new CellReference(ref).getCol() : column + 1;
			String type = xml.getAttributeValue(null, "t");
			String style = xml.getAttributeValue(null, "s");
			Cell cell = cell(type, style);
			while (cells.size() <= column) {
				cells.add(null);
			}
			cells.set(column, cell);
		}
		return cells;
	}

	/** Reads one {@code <c>} element to its end tag. */
	private Cell cell(String type, String style) throws XMLStreamException {
		String value = null;
		StringBuilder inline = null;
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if ("c".equals(name)) {
					break;
				}
				if ("rPh".equals(name)) {
					phonetic--;
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = xml.getElementText();
					case "is" -> inline = new StringBuilder();
					case "rPh" -> phonetic++;
					case "t" -> {
						String text = xml.getElementText();
						if (inline != null && phonetic == 0) {
							inline.append(text);
						}
					}
					default -> {
					}
				}
			}
		}
		return toCell(type, style, value, inline);
	}

	private Cell toCell(String type, String style, String value, StringBuilder inline) {
		if (type == null) {
			type = "n";
		}
		switch (type) {
			case "inlineStr":
				return inline == null ? null : Cell.text(inline.toString());
			case "s":
				return value == null ? null
						: Cell.text(workbook.strings.getItemAt(Integer.parseInt(value.strip())).getString());
			case "b":
				return value == null ? null : Cell.text("1".equals(value.strip()) ? "TRUE" : "FALSE");
			case "d":
				if (value == null) {
					return null;
				}
				try {
					LocalDate date = LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
					return new Cell(date.toString(), null, date);
				}
				catch (java.time.format.DateTimeParseException ex) {
					return Cell.text(value);
				}
			case "n":
				return value == null || value.isBlank() ? null : number(value.strip(), style);
			default: // "str" (a formula's text), "e" (an error such as #N/A): the text as shown
				return value == null ? null : Cell.text(value);
		}
	}

	private Cell number(String value, String style) {
		double number;
		try {
			number = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return Cell.text(value);
		}
		int formatIndex = 0;
		String format = "General";
		if (style != null && !style.isBlank() && workbook.styles != null) {
			XSSFCellStyle cellStyle = workbook.styles.getStyleAt(Integer.parseInt(style.strip()));
			if (cellStyle != null) {
				formatIndex = cellStyle.getDataFormat();
				format = cellStyle.getDataFormatString() != null ? cellStyle.getDataFormatString() : "General";
			}
		}
		if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
			LocalDate date = DateUtil.getLocalDateTime(number, workbook.date1904).toLocalDate();
			return new Cell(date.toString(), number, date);
		}
		return new Cell(formatter.formatRawCellContents(number, formatIndex, format, workbook.date1904), number,
				null);
	}

	@Override
	public void close() {
		try {
			xml.close();
		}
		catch (XMLStreamException ignored) {
			// nothing left to release
		}
	}
}
