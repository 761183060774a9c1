package org.chainchief.importer;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did: counts per kind, and every rejected line with where it was and why.
 */
@Schema(description = "Outcome of an import: counts per kind and every rejected line with its reason")
public record ImportReport(
		@Schema(description = "Records read (lines, or spreadsheet rows)", example = "853") long records,
		@Schema(description = "Records written or found unchanged", example = "851") long accepted,
		@Schema(description = "Records not written", example = "2") long rejectedCount,
		@Schema(description = "Per kind: created / updated / unchanged / rejected") Map<String, KindCounts> counts,
		@Schema(description = "The rejected records, in source order (the first 1000)") List<Rejection> rejected,
		@Schema(description = "True when more records were rejected than listed") boolean rejectedTruncated,
		@Schema(description = "Wall-clock duration", example = "1840") long durationMs,
		@Schema(description = "Things about the source worth knowing that rejected no record: spreadsheet sheets "
				+ "not imported, columns not recognised") List<Note> notes) {

	@Schema(description = "Counts for one record kind")
	public record KindCounts(@Schema(example = "97") long created, @Schema(example = "0") long updated,
			@Schema(example = "0") long unchanged, @Schema(example = "1") long rejected) {
	}

	@Schema(description = "A remark on the source as a whole, e.g. a sheet or column that was not imported")
	public record Note(@Schema(description = "Spreadsheet sheet, for workbook imports", example = "Sheet1", nullable = true) String sheet,
			@Schema(description = "Column header as written, when the note is about a column", example = "联系人", nullable = true) String column,
			@Schema(description = "What was noticed and what was done", example = "unknown column, ignored") String message) {
	}

	@Schema(description = "A record that was not written, and why")
	public record Rejection(
			@Schema(description = "Line number (1-based) or spreadsheet row number", example = "12") long line,
			@Schema(description = "Spreadsheet sheet, for workbook imports", example = "企业", nullable = true) String sheet,
			@Schema(description = "Spreadsheet column header, when the fault is in one cell", example = "所属环节", nullable = true) String column,
			@Schema(description = "Record kind, when it could be read", example = "link", nullable = true) String kind,
			@Schema(description = "The field at fault", example = "stage", nullable = true) String field,
			@Schema(description = "Why", example = "must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM") String reason) {
	}
}
