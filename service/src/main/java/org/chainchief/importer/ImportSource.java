package org.chainchief.importer;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records to import, readable several times (the importer makes one pass per phase) without holding them in
 * memory. Reading happens on the bounded-elastic scheduler, never on an event loop.
 */
@FunctionalInterface
public interface ImportSource {

	/** One record: an NDJSON line ({@code text}) or a record already read from a spreadsheet ({@code node}). */
	record SourceRecord(long line, String sheet, String text, ObjectNode node, Map<String, String> columns) {

		static SourceRecord ofText(long line, String text) {
			return new SourceRecord(line, null, text, null, Map.of());
		}
	}

	Flux<SourceRecord> records();

	/** Remarks on the source as a whole (sheets or columns not imported), complete before the first pass. */
	default java.util.List<ImportReport.Note> notes() {
		return java.util.List.of();
	}

	/** The uploaded file's name, for the audit trail; null for a plain request body. */
	default String name() {
		return null;
	}

	/** {@code source} under the file name {@code name}. */
	static ImportSource named(ImportSource source, String name) {
		return new ImportSource() {
			@Override
			public Flux<SourceRecord> records() {
				return source.records();
			}

			@Override
			public java.util.List<ImportReport.Note> notes() {
				return source.notes();
			}

			@Override
			public String name() {
				return name;
			}
		};
	}

	/** NDJSON in a file; blank lines are skipped but still counted for line numbers. */
	static ImportSource ndjson(Path file) {
		return ndjson(() -> Files.newInputStream(file));
	}

	/** NDJSON from a stream that can be opened again for every pass (a file, a class-path resource). */
	static ImportSource ndjson(Callable<InputStream> open) {
		return () -> Flux.using(
				() -> new BufferedReader(new InputStreamReader(open.call(), StandardCharsets.UTF_8), 1 << 16),
				reader -> {
					AtomicLong number = new AtomicLong();
					return Flux.fromStream(reader.lines())
						.map(text -> SourceRecord.ofText(number.incrementAndGet(), text))
						.filter(r -> !r.text().isBlank());
				}, reader -> {
					try {
						reader.close();
					}
					catch (java.io.IOException ignored) {
						// nothing left to release
					}
				})
			.subscribeOn(Schedulers.boundedElastic());
	}
}
