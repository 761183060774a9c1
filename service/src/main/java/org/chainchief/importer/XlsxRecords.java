package org.chainchief.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.chainchief.importer.ImportSource.SourceRecord;

/** The records of every imported sheet, sheet by sheet, row by row. */
final class XlsxRecords implements Iterator<SourceRecord> {

	private final XlsxWorkbook workbook;

	/** The sheets to import, by name. */
	private final Map<String, SheetMapping> sheets;

	private final XSSFReader.SheetIterator sheetIterator;

	private InputStream sheetStream;

	private XlsxSheetRows rows;

	private SheetMapping mapping;

	private SourceRecord next;

	XlsxRecords(XlsxWorkbook workbook, Map<String, SheetMapping> sheets) {
		this.workbook = workbook;
		this.sheets = sheets;
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

