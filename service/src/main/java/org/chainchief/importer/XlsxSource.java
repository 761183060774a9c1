package org.chainchief.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.chainchief.importer.ImportReport.Note;
import org.chainchief.support.ApiProblem;
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
		try (XlsxWorkbook workbook = new XlsxWorkbook(file)) {
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
					try (XlsxSheetRows rows = workbook.rows(in)) {
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
		return Flux.using(() -> new XlsxWorkbook(file), workbook -> Flux.fromIterable(() -> new XlsxRecords(workbook, sheets)),
				XlsxWorkbook::close)
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
}
