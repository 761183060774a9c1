package org.chainchief.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.chainchief.importer.CellValues.Cell;
import org.chainchief.importer.ImportReport.Note;
import org.chainchief.importer.SheetMapping.Row;
import org.chainchief.support.ApiProblem;
import org.xml.sax.SAXException;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * An Excel workbook ({@code .xlsx}) as an import source: one sheet per record kind, named after the kind in
 * English or Chinese. Sheets are streamed row by row from the file (StAX over the sheet XML), so memory holds
 * one row, the workbook's styles and its shared-string table (every distinct text of the workbook), not the
 * sheets. Sheets with other names are not imported and are reported as notes.
 */
final class XlsxSource implements ImportSource {

	private final Path file;

	/** The sheets to import, by name, in workbook order. */
	private final Map<String, SheetMapping> sheets;

	private final List<Note> notes;

	private XlsxSource(Path file, Map<String, SheetMapping> sheets, List<Note> notes) {
		this.file = file;
		this.sheets = sheets;
		this.notes = notes;
	}

	/**
	 * Reads the sheet names and headers of a workbook (blocking: call on a worker thread).
	 * @throws ApiProblem when the file is not an .xlsx workbook, no sheet is named after a kind, or a sheet's
	 *     header lacks a required column or names one field twice
	 */
	static XlsxSource open(Path file) {
		Map<String, SheetMapping> sheets = new LinkedHashMap<>();
		List<Note> notes = new ArrayList<>();
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		try (Workbook workbook = new Workbook(file)) {
			XSSFReader.SheetIterator it = workbook.sheets();
			while (it.hasNext()) {
				try (InputStream in = it.next()) {
					String name = it.getSheetName();
					Kind kind = Kind.ofAnyName(name);
					if (kind == null) {
						notes.add(new Note(name, null, "sheet not imported: its name is not a record kind; name a sheet "
								+ "after one of " + SheetColumns.kindNames()));
						continue;
					}
					try (SheetRows rows = workbook.rows(in)) {
						SheetMapping mapping = SheetMapping.read(kind, name, rows);
						notes.addAll(mapping.notes);
						errors.addAll(mapping.errors);
						if (!mapping.isEmpty()) {
							sheets.put(name, mapping);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		if (sheets.isEmpty()) {
			throw ApiProblem.invalid("file", "has no sheet to import: name each sheet after the kind of its rows, one of "
					+ SheetColumns.kindNames());
		}
		return new XlsxSource(file, sheets, List.copyOf(notes));
	}

	@Override
	public List<Note> notes() {
		return notes;
	}

	@Override
	public Flux<SourceRecord> records() {
		return Flux.using(() -> new Workbook(file), workbook -> Flux.fromIterable(() -> new Records(workbook)),
				Workbook::close)
			.subscribeOn(Schedulers.boundedElastic());
	}

	static ApiProblem unreadable(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OLE2NotOfficeXmlFileException) {
				return ApiProblem.invalid("file",
						"is an Excel 97-2003 workbook (.xls); save it as .xlsx and upload again");
			}
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
		return ApiProblem.invalid("file", "cannot be read as an .xlsx workbook: " + message);
	}

	/** The records of every imported sheet, sheet by sheet, row by row. */
	private final class Records implements Iterator<SourceRecord> {

		private final Workbook workbook;

		private final XSSFReader.SheetIterator sheetIterator;

		private InputStream sheetStream;

		private SheetRows rows;

		private SheetMapping mapping;

		private SourceRecord next;

		Records(Workbook workbook) {
			this.workbook = workbook;
			this.sheetIterator = workbook.sheets();
		}

		@Override
		public boolean hasNext() {
			while (next == null) {
				if (rows != null && rows.hasNext()) {
					next = mapping.record(rows.next());
					continue;
				}
				closeSheet();
				if (!sheetIterator.hasNext()) {
					return false;
				}
				InputStream in = sheetIterator.next();
				mapping = sheets.get(sheetIterator.getSheetName());
				if (mapping == null) {
					close(in);
					continue;
				}
				sheetStream = in;
				rows = workbook.rows(in);
			}
			return true;
		}

		@Override
		public SourceRecord next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			SourceRecord record = next;
			next = null;
			return record;
		}

		private void closeSheet() {
			if (rows != null) {
				rows.close();
				rows = null;
			}
			if (sheetStream != null) {
				close(sheetStream);
				sheetStream = null;
			}
		}

		private static void close(InputStream in) {
			try {
				in.close();
			}
			catch (IOException ignored) {
				// nothing left to release
			}
		}
	}

	/** An open workbook file: its sheets, shared strings, styles and date system. */
	private static final class Workbook implements AutoCloseable {

		private final OPCPackage pkg;

		private final XSSFReader reader;

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private final boolean date1904;

		private final XMLInputFactory xml = XMLHelper.newXMLInputFactory();

		Workbook(Path file) {
			OPCPackage opened = null;
			try {
				opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
				this.reader = new XSSFReader(opened);
				this.strings = new ReadOnlySharedStringsTable(opened, false);
				this.styles = reader.getStylesTable();
				this.date1904 = date1904(reader);
				this.pkg = opened;
			}
			catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
					| OpenXML4JRuntimeException | IllegalArgumentException ex) {
				if (opened != null) {
					opened.revert();
				}
				throw unreadable(ex);
			}
			catch (RuntimeException ex) {
				if (opened != null) {
					opened.revert();
				}
				throw ex;
			}
		}

		XSSFReader.SheetIterator sheets() {
			try {
				return reader.getSheetIterator();
			}
			catch (IOException | OpenXML4JException ex) {
				throw unreadable(ex);
			}
		}

		SheetRows rows(InputStream sheet) {
			try {
				return new SheetRows(xml.createXMLStreamReader(sheet), this);
			}
			catch (XMLStreamException ex) {
				throw unreadable(ex);
			}
		}

		/** Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
		private boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
			try (InputStream in = reader.getWorkbookData()) {
				XMLStreamReader r = xml.createXMLStreamReader(in);
				try {
					while (r.hasNext()) {
						if (r.next() == XMLStreamConstants.START_ELEMENT) {
							String name = r.getLocalName();
							if ("workbookPr".equals(name)) {
								String value = r.getAttributeValue(null, "date1904");
								return "1".equals(value) || "true".equalsIgnoreCase(value);
							}
							if ("sheets".equals(name)) {
								return false;
							}
						}
					}
					return false;
				}
				finally {
					r.close();
				}
			}
		}

		@Override
		public void close() {
			pkg.revert();
		}
	}

	/**
	 * The rows of one sheet, pulled from its XML one at a time. Empty rows are not in the XML; row numbers come
	 * from the {@code r} attributes, so they are the numbers Excel shows.
	 */
	private static final class SheetRows implements Iterator<Row>, AutoCloseable {

		private final XMLStreamReader xml;

		private final Workbook workbook;

		private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

		private long lastRow;

		private Row next;

		private boolean done;

		SheetRows(XMLStreamReader xml, Workbook workbook) {
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
					throw ex instanceof ApiProblem problem ? problem : unreadable(ex);
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
}
