package org.chainchief.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainchief.importer.CellValues.Cell;
import org.chainchief.importer.ImportReport.Note;
import org.chainchief.importer.SheetMapping.Row;
import org.chainchief.support.ApiProblem;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A CSV file of one record kind as an import source. The encoding is the one given, else UTF-8 when the whole
 * file is valid UTF-8, else GB18030 (a superset of GBK and GB2312, what Chinese office software writes). A byte
 * order mark is dropped. The delimiter is a comma, or a semicolon or tab when the header row has more of those.
 * Row numbers are record numbers as a spreadsheet shows them (the header is row 1).
 */
final class CsvSource implements ImportSource {

	static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	private final Charset charset;

	private final char delimiter;

	private final SheetMapping mapping;

	private CsvSource(Path file, Charset charset, char delimiter, SheetMapping mapping) {
		this.file = file;
		this.charset = charset;
		this.delimiter = delimiter;
		this.mapping = mapping;
	}

	/**
	 * Reads the encoding, delimiter and header of a CSV file (blocking: call on a worker thread).
	 * @param charset the encoding the client named, or null to detect it
	 * @throws ApiProblem when the header lacks a required column or names one field twice, the file is empty, or
	 *     it is not well-formed CSV (an unclosed quote)
	 */
	static CsvSource open(Path file, Kind kind, Charset charset) {
		Charset encoding = charset != null ? charset : detect(file);
		char delimiter = delimiter(file, encoding);
		SheetMapping mapping;
		try (CsvRows rows = new CsvRows(file, encoding, delimiter)) {
			mapping = SheetMapping.read(kind, null, rows);
			// parse to the end now, so a broken file is refused before anything is written
			while (rows.hasNext()) {
				rows.next();
			}
		}
		if (mapping.isEmpty()) {
			throw ApiProblem.invalid("body", "is empty: a CSV file needs a header row naming its columns");
		}
		if (!mapping.isValid()) {
			throw ApiProblem.invalid(mapping.errors);
		}
		return new CsvSource(file, encoding, delimiter, mapping);
	}

	Charset charset() {
		return charset;
	}

	@Override
	public List<Note> notes() {
		return mapping.notes;
	}

	@Override
	public Flux<SourceRecord> records() {
		return Flux.using(() -> new CsvRows(file, charset, delimiter),
				rows -> Flux.fromIterable(() -> rows).mapNotNull(mapping::record), CsvRows::close)
			.subscribeOn(Schedulers.boundedElastic());
	}

	/** UTF-8 when every byte sequence of the file is valid UTF-8 (checked strictly, to the end), else GB18030. */
	static Charset detect(Path file) {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] buffer = new char[1 << 14];
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
			while (reader.read(buffer) >= 0) {
				// decoding is the check
			}
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return GB18030;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The delimiter the first line uses most, outside quotes: comma, semicolon or tab (comma on a tie). */
	static char delimiter(Path file, Charset charset) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
			String line = reader.readLine();
			if (line == null) {
				return ',';
			}
			int commas = 0;
			int semicolons = 0;
			int tabs = 0;
			boolean quoted = false;
			for (char c : line.toCharArray()) {
				switch (c) {
					case '"' -> quoted = !quoted;
					case ',' -> commas += quoted ? 0 : 1;
					case ';' -> semicolons += quoted ? 0 : 1;
					case '\t' -> tabs += quoted ? 0 : 1;
					default -> {
					}
				}
			}
			if (semicolons > commas && semicolons >= tabs) {
				return ';';
			}
			return tabs > commas ? '\t' : ',';
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of the file, every cell as text; blank lines are rows too (so numbers match a spreadsheet's). */
	private static final class CsvRows implements Iterator<Row>, AutoCloseable {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		CsvRows(Path file, Charset charset, char delimiter) {
			try {
				InputStream in = Files.newInputStream(file);
				Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
				reader.mark(1);
				if (reader.read() != '\ufeff') {
					reader.reset();
				}
				CSVFormat format = CSVFormat.RFC4180.builder()
					.setDelimiter(delimiter)
					.setIgnoreEmptyLines(false)
					.get();
				this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
				this.records = parser.iterator();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public boolean hasNext() {
			try {
				return records.hasNext();
			}
			catch (UncheckedIOException ex) {
				throw ApiProblem.invalid("body", "is not valid CSV: " + ex.getCause().getMessage());
			}
		}

		@Override
		public Row next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			CSVRecord record = records.next();
			List<Cell> cells = new ArrayList<>(record.size());
			for (String value : record.values()) {
				cells.add(Cell.text(value));
			}
			return new Row(record.getRecordNumber(), cells);
		}

		@Override
		public void close() {
			try {
				parser.close();
			}
			catch (IOException ignored) {
				// nothing left to release
			}
		}
	}
}
