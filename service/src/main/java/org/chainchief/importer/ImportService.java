package org.chainchief.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.validation.Validator;
import org.chainchief.importer.ImportReport.KindCounts;
import org.chainchief.importer.ImportReport.Rejection;
import org.chainchief.importer.ImportRepository.Outcome;
import org.chainchief.importer.ImportSource.SourceRecord;
import org.chainchief.importer.RecordParser.Parsed;
import org.chainchief.importer.RecordParser.Result;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.support.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports records into the graph in three passes over the source (see {@link Kind}), so references may point
 * forwards and nothing but small id sets is held in memory. Records are written in batches by kind, one
 * transaction per batch; a record is matched by its id (or, for relations, by its ends), so importing the same
 * source again changes nothing. Bad records are not written; each is reported with its line and reason.
 */
@Service
public final class ImportService {

	static final int MAX_LISTED_REJECTIONS = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final ImportRepository repository;

	private final RecordParser parser;

	private final int batchSize;

	/** One import at a time per instance: concurrent imports of the same ids would race on MERGE. */
	private final Semaphore running = new Semaphore(1);

	private final io.micrometer.core.instrument.MeterRegistry meters;

	ImportService(ImportRepository repository, JsonMapper json, Validator validator,
			@Value("${chain-chief.import.batch-size:2000}") int batchSize,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
		this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
		this.repository = repository;
		this.parser = new RecordParser(json, validator);
		this.batchSize = batchSize;
	}

	/** Runs an import; the source is read once per phase. */
	public Mono<ImportReport> run(ImportSource source) {
		return run(source, new ImportProgress());
	}

	/** Runs an import and keeps {@code progress} up to date while it runs. */
	public Mono<ImportReport> run(ImportSource source, ImportProgress progress) {
		return Mono.defer(() -> {
			if (!running.tryAcquire()) {
				return Mono.error(ApiProblem.limit(org.springframework.http.HttpStatus.CONFLICT, "concurrent imports", 1,
						"body", "Another import is running on this instance (one at a time); retry when it has finished",
						null));
			}
			Run run = new Run(progress, meters);
			return phase(1, source, run).then(phase(2, source, run))
				.then(Mono.defer(() -> writeParents(run)))
				.then(phase(3, source, run))
				.then(Mono.fromSupplier(() -> run.report(source.notes())))
				.doFinally(signal -> running.release());
		});
	}

	private Mono<Void> phase(int phase, ImportSource source, Run run) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			Batcher batcher = new Batcher(batchSize);
			run.progress.startPhase(phase);
			return source.records()
				.doOnNext(record -> run.progress.read())
				.concatMapIterable(record -> batcher.add(accept(phase, record, run)))
				.concatWith(Flux.defer(() -> Flux.fromIterable(batcher.drain())))
				.concatMap(batch -> write(batch, run))
				.then(Mono.fromRunnable(() -> run.progress.endPhase(phase)))
				.then(Mono.fromRunnable(() -> log.debug("Import phase {} took {} ms", phase,
						(System.nanoTime() - started) / 1_000_000)));
		});
	}

	/** Reads one record in a phase: the record to write now, or null. Phase 1 reads and judges every record. */
	private Parsed accept(int phase, SourceRecord record, Run run) {
		if (phase == 1) {
			run.records.incrementAndGet();
			Result result = parser.parse(record);
			if (result.rejection() != null) {
				run.reject(record, result.rejection());
				return null;
			}
			Parsed parsed = result.parsed();
			if (parsed.record() instanceof LinkRecord link) {
				run.linkIds.add(link.id());
			}
			return parsed.kind().phase == 1 ? parsed : null;
		}
		if (run.isRejected(record)) {
			return null;
		}
		Result result = parser.parse(record, kind -> kind.phase == phase);
		return result == null ? null : result.parsed();
	}

	private Mono<Void> write(Batch batch, Run run) {
		List<Map<String, Object>> rows = new ArrayList<>(batch.items.size());
		for (int i = 0; i < batch.items.size(); i++) {
			Parsed parsed = batch.items.get(i);
			boolean parentInImport = parsed.record() instanceof LinkRecord link && link.parent() != null
					&& run.linkIds.contains(link.parent());
			rows.add(ImportRepository.row(i, parsed.record(), parentInImport));
		}
		return repository.write(batch.kind, rows).doOnNext(outcomes -> {
			for (Outcome outcome : outcomes) {
				Parsed parsed = batch.items.get((int) outcome.line());
				run.count(parsed, outcome.outcome());
			}
		}).then();
	}

	private Mono<Void> writeParents(Run run) {
		return Flux.fromIterable(run.parentRows)
			.buffer(batchSize)
			.concatMap(repository::writeParents)
			.then(Mono.fromRunnable(run.parentRows::clear));
	}

	/** Records of one kind to write together; a repeated key starts a new batch, so later lines win. */
	private static final class Batch {

		final Kind kind;

		final List<Parsed> items = new ArrayList<>();

		final Set<String> keys = new HashSet<>();

		Batch(Kind kind) {
			this.kind = kind;
		}
	}

	private static final class Batcher {

		private final int size;

		private final Map<Kind, Batch> open = new EnumMap<>(Kind.class);

		Batcher(int size) {
			this.size = size;
		}

		List<Batch> add(Parsed parsed) {
			if (parsed == null) {
				return List.of();
			}
			List<Batch> full = new ArrayList<>(1);
			String key = parsed.kind().key.apply(parsed.record());
			Batch batch = open.computeIfAbsent(parsed.kind(), Batch::new);
			if (batch.keys.contains(key)) {
				full.add(batch);
				batch = new Batch(parsed.kind());
				open.put(parsed.kind(), batch);
			}
			batch.items.add(parsed);
			batch.keys.add(key);
			if (batch.items.size() >= size) {
				full.add(batch);
				open.remove(parsed.kind());
			}
			return full;
		}

		List<Batch> drain() {
			List<Batch> rest = new ArrayList<>(open.values());
			open.clear();
			return rest;
		}
	}

	/** The state of one import. Touched by one pass at a time (concatMap serialises the work). */
	private static final class Run {

		final long started = System.nanoTime();

		final ImportProgress progress;

		final AtomicLong records = new AtomicLong();

		final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);

		final List<Rejection> rejections = new ArrayList<>();

		long rejected;

		final Set<String> rejectedKeys = new HashSet<>();

		final Set<String> linkIds = new HashSet<>();

		final List<Map<String, Object>> parentRows = new ArrayList<>();

		final io.micrometer.core.instrument.MeterRegistry meters;

		Run(ImportProgress progress, io.micrometer.core.instrument.MeterRegistry meters) {
			this.progress = progress;
			this.meters = meters;
		}

		/** {@code chain-chief.import.records}, by kind and outcome (created, updated, unchanged, rejected). */
		void meter(String kind, String outcome) {
			meters.counter("chain-chief.import.records", "kind", kind == null ? "unknown" : kind, "outcome", outcome)
				.increment();
		}

		void reject(SourceRecord source, Rejection rejection) {
			rejectedKeys.add(source.sheet() + '\u0000' + source.line());
			Kind kind = Kind.of(rejection.kind());
			if (kind != null) {
				counts.computeIfAbsent(kind, k -> new long[4])[3]++;
			}
			rejected++;
			progress.rejected();
			meter(kind == null ? null : kind.wire, "rejected");
			if (rejections.size() < MAX_LISTED_REJECTIONS) {
				rejections.add(rejection);
			}
		}

		boolean isRejected(SourceRecord source) {
			return rejectedKeys.contains(source.sheet() + '\u0000' + source.line());
		}

		void count(Parsed parsed, String outcome) {
			long[] c = counts.computeIfAbsent(parsed.kind(), k -> new long[4]);
			switch (outcome) {
				case "created" -> c[0]++;
				case "updated" -> c[1]++;
				case "unchanged" -> c[2]++;
				default -> {
					String[] parts = outcome.split(":", 3);
					reject(parsed.source(), new Rejection(parsed.source().line(), parsed.source().sheet(),
							parsed.source().columns().get(parts[1]), parsed.kind().wire, parts[1],
							"unknown " + referenced(parts[1]) + " '" + parts[2] + "'"));
					return;
				}
			}
			progress.written();
			meter(parsed.kind().wire, outcome);
			if (parsed.record() instanceof LinkRecord link && !"unchanged".equals(outcome)) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", link.id());
				row.put("parent", link.parent());
				parentRows.add(row);
			}
		}

		ImportReport report(List<ImportReport.Note> notes) {
			Map<String, KindCounts> byKind = new LinkedHashMap<>();
			for (Kind kind : Kind.values()) {
				long[] c = counts.get(kind);
				if (c != null) {
					byKind.put(kind.wire, new KindCounts(c[0], c[1], c[2], c[3]));
				}
			}
			List<Rejection> listed = new ArrayList<>(rejections);
			listed.sort(java.util.Comparator.comparing((Rejection r) -> r.sheet() == null ? "" : r.sheet())
				.thenComparingLong(Rejection::line));
			return new ImportReport(records.get(), records.get() - rejected, rejected, byKind, listed,
					rejected > listed.size(), (System.nanoTime() - started) / 1_000_000, notes);
		}

		private static String referenced(String field) {
			return switch (field) {
				case "clusters", "cluster" -> "cluster";
				case "enterprise", "supplier", "buyer" -> "enterprise";
				default -> "link";
			};
		}
	}

}
