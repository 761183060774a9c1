package org.chainchief.importer;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The state of an import started asynchronously, as {@code GET /api/v1/imports/{id}} answers it. */
@Schema(description = "An import running in the background, or finished: its progress, and its report when done")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportJob(@Schema(description = "Job id", example = "2f6c1f0e-8c1a-4d8e-9d43-5d1b3c0b7a11") String id,
		@Schema(description = "RUNNING, then DONE or FAILED") Status status,
		@Schema(description = "The importer's current pass over the source") Phase phase,
		@Schema(description = "Records (lines, rows) read in the current pass", example = "12000") long recordsRead,
		@Schema(description = "Records in the source; known once the first pass is over", example = "53785", nullable = true) Long recordsTotal,
		@Schema(description = "Records written or found unchanged so far", example = "9000") long recordsWritten,
		@Schema(description = "Records rejected so far", example = "3") long recordsRejected,
		@Schema(description = "When the import started") Instant startedAt,
		@Schema(description = "When it finished (DONE or FAILED)", nullable = true) Instant finishedAt,
		@Schema(description = "Time since the start, or the import's duration once finished", example = "5230") long elapsedMs,
		@Schema(description = "The import report (DONE only)", nullable = true) ImportReport report,
		@Schema(description = "Why the import failed (FAILED only)", example = "Another import is running on this instance (one at a time across every instance); retry when it has finished", nullable = true) String error) {

	enum Status {
		RUNNING, DONE, FAILED
	}

	@Schema(description = "A pass of the importer: 1 clusters and enterprises, 2 links and targets, 3 relations, projects, teams, measures")
	record Phase(@Schema(example = "2") int number, @Schema(example = "3") int of,
			@Schema(example = "links") String name) {
	}
}
