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

import jakarta.validation.Validator;
import org.chainchief.importer.ImportReport.KindCounts;
import org.chainchief.importer.ImportReport.Rejection;
import org.chainchief.importer.ImportRepository.Outcome;
import org.chainchief.importer.ImportSource.SourceRecord;
import org.chainchief.importer.RecordParser.Parsed;
import org.chainchief.importer.RecordParser.Result;
import org.chainchief.access.Caller;
import org.chainchief.audit.AuditTrail;
import org.chainchief.audit.Audited;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.Leases;
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

	/**
	 * One import at a time: concurrent imports of the same ids would race on MERGE. This instance's own imports are
	 * counted here; across the instances beside one database the {@code import} lease ({@link Leases}) decides.
	 */
	private final Semaphore running = new Semaphore(1);

	/** How long the import lease lasts unless renewed (it is, every third of it, while the import runs). */
	static final java.time.Duration LEASE = java.time.Duration.ofSeconds(30);

	private final Leases leases;

	private final AuditTrail audit;

	private final io.micrometer.core.instrument.MeterRegistry meters;

	ImportService(ImportRepository repository, JsonMapper json, Validator validator, AuditTrail audit, Leases leases,
			@Value("${chain-chief.import.batch-size:2000}") int batchSize,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
		this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
		this.repository = repository;
		this.audit = audit;
		this.leases = leases;
		this.parser = new RecordParser(json, validator);
		this.batchSize = batchSize;
	}

	/** Runs an import; the source is read once per phase. */
	public Mono<ImportReport> run(ImportSource source) {
		return run(source, new ImportProgress());
	}

	/**
	 * Runs an import and keeps {@code progress} up to date while it runs. A chief's import (the current
	 * {@link Caller}) writes only records inside their clusters; the others are rejected with that reason. The
	 * import is one audit entry, written in its own transaction after the last batch has committed: the batches are
	 * separate transactions, and the entry holds the report, known only at the end.
	 */
	public Mono<ImportReport> run(ImportSource source, ImportProgress progress) {
		return Caller.current().flatMap(caller -> Mono.defer(() -> {
			if (!running.tryAcquire()) {
				return Mono.error(busy("on this instance"));
			}
			Run run = new Run(progress, caller.isScopedChief() ? caller : null, meters);
			Mono<ImportReport> work = phase(1, source, run).then(phase(2, source, run))
				.then(Mono.defer(() -> writeParents(run)))
				.then(phase(3, source, run))
				.then(Mono.fromSupplier(() -> run.report(source.notes())))
				.flatMap(report -> audit.recordImport(source.name(), summary(report), List.copyOf(run.touched))
					.thenReturn(report));
			return leases.holding("import", LEASE, "import of " + (source.name() == null ? "a request body" : source.name()) + " by "
					+ caller.username(), work)
				.onErrorMap(Leases.Taken.class, taken -> busy("on instance " + taken.holder().instance() + " ("
						+ taken.holder().about() + ", since " + taken.holder().since() + ")"))
				.doFinally(signal -> running.release());
		})).contextWrite(Audited.skip());
	}

	private static ApiProblem busy(String where) {
		return ApiProblem.limit(org.springframework.http.HttpStatus.CONFLICT, "concurrent imports", 1, "body",
				"Another import is running " + where + " (one at a time across every instance); retry when it has "
						+ "finished", null);
	}

	/** The kind of node a reference field names, for "unknown <kind> 'id'". */
	static String referenced(String field) {
		return switch (field) {
			case "clusters", "cluster" -> "cluster";
			case "enterprise", "supplier", "buyer" -> "enterprise";
			case "targets" -> "target of this cluster";
			default -> "link";
		};
	}

	/**
	 * An import's report: counts per kind ({created, updated, unchanged, rejected}, in {@link Kind} order) and the
	 * listed rejections by sheet, then line.
	 */
	static ImportReport report(Map<Kind, long[]> counts, List<Rejection> rejections, long records, long rejected,
			long durationMs, List<ImportReport.Note> notes) {
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
		return new ImportReport(records, records - rejected, rejected, byKind, listed, rejected > listed.size(),
				durationMs, notes);
	}

	/** What the audit entry of an import keeps of its report: counts per kind and the first rejections. */
	static Map<String, Object> summary(ImportReport report) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("records", report.records());
		summary.put("accepted", report.accepted());
		summary.put("rejected", report.rejectedCount());
		summary.put("counts", report.counts());
		summary.put("rejections", report.rejected().stream().limit(20).toList());
		summary.put("durationMs", report.durationMs());
		return summary;
	}

	/**
	 * One pass. Records are read and judged on the reading thread, batches are written on the driver's threads;
	 * neither touches the import's state. Both hand back values (what was read before each batch, and the batch's
	 * outcomes) in one ordered stream whose single subscriber folds them into the {@link Run}, one at a time.
	 */
	private Mono<Void> phase(int phase, ImportSource source, Run run) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			Batcher batcher = new Batcher(batchSize);
			run.progress.startPhase(phase);
			return source.records()
				.doOnNext(record -> run.progress.read())
				.concatMapIterable(record -> batcher.add(accept(phase, record, run)))
				.concatWith(Flux.defer(() -> Flux.just(batcher.drain())).flatMapIterable(steps -> steps))
				.concatMap(step -> write(step, run))
				.doOnNext(run::fold)
				.then(Mono.fromRunnable(() -> run.progress.endPhase(phase)))
				.then(Mono.fromRunnable(() -> log.debug("Import phase {} took {} ms", phase,
						(System.nanoTime() - started) / 1_000_000)));
		});
	}

	/**
	 * Judges one record in a phase without changing any state: phase 1 parses and validates every record; later
	 * phases parse the records of their own kinds that phase 1 did not reject (state folded in earlier phases only).
	 */
	private Accepted accept(int phase, SourceRecord record, Run run) {
		if (phase == 1) {
			Result result = parser.parse(record);
			if (result.rejection() != null) {
				return new Accepted(null, record, result.rejection(), null, true);
			}
			Parsed parsed = result.parsed();
			String linkId = parsed.record() instanceof LinkRecord link ? link.id() : null;
			return new Accepted(parsed.kind().phase == 1 ? parsed : null, record, null, linkId, true);
		}
		if (run.isRejected(record)) {
			return Accepted.NOTHING;
		}
		Result result = parser.parse(record, kind -> kind.phase == phase);
		return result == null ? Accepted.NOTHING : new Accepted(result.parsed(), record, null, null, false);
	}

	/** Writes a step's batch (if it has one) and answers with the step's reads and the batch's outcomes. */
	private Mono<Written> write(Step step, Run run) {
		Batch batch = step.batch();
		if (batch == null) {
			return Mono.just(new Written(step.read(), null, List.of()));
		}
		List<Map<String, Object>> rows = new ArrayList<>(batch.items.size());
		for (int i = 0; i < batch.items.size(); i++) {
			Parsed parsed = batch.items.get(i);
			boolean parentInImport = parsed.record() instanceof LinkRecord link && link.parent() != null
					&& run.linkIds.contains(link.parent());
			rows.add(ImportRepository.row(i, parsed.record(), parentInImport));
			run.touch(parsed.record());
		}
		Mono<List<Outcome>> written;
		if (run.chief == null) {
			written = repository.write(batch.kind, rows);
		}
		else {
			List<Map<String, Object>> scope = new ArrayList<>(batch.items.size());
			for (int i = 0; i < batch.items.size(); i++) {
				scope.add(ImportRepository.scopeRow(i, batch.items.get(i).record()));
			}
			written = repository.write(batch.kind, rows, scope, List.copyOf(run.chief.clusters()));
		}
		return written.map(outcomes -> new Written(step.read(), batch, outcomes));
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

	/**
	 * One record as judged on the reading side: the record to write in this phase (or null) and, in phase 1 only,
	 * its rejection or its link id; {@code firstRead} when phase 1 counts it.
	 */
	private record Accepted(Parsed parsed, SourceRecord source, Rejection rejection, String linkId,
			boolean firstRead) {

		static final Accepted NOTHING = new Accepted(null, null, null, null, false);
	}

	/** What was read since the previous step (phase 1: records, rejections, link ids), and a full batch or null. */
	private record Step(Reads read, Batch batch) {
	}

	/** The reading side's findings, handed over with the next step; never shared while being filled. */
	private static final class Reads {

		long records;

		final List<Accepted> rejected = new ArrayList<>();

		final List<String> linkIds = new ArrayList<>();
	}

	/** A step's reads and its batch's outcomes (in row order), folded into the {@link Run}. */
	private record Written(Reads read, Batch batch, List<Outcome> outcomes) {
	}

	/** Groups records into batches on the reading thread; the one place that sees every record of a pass. */
	private static final class Batcher {

		private final int size;

		private final Map<Kind, Batch> open = new EnumMap<>(Kind.class);

		private Reads reads = new Reads();

		Batcher(int size) {
			this.size = size;
		}

		List<Step> add(Accepted accepted) {
			if (accepted.firstRead()) {
				reads.records++;
			}
			if (accepted.rejection() != null) {
				reads.rejected.add(accepted);
			}
			if (accepted.linkId() != null) {
				reads.linkIds.add(accepted.linkId());
			}
			Parsed parsed = accepted.parsed();
			if (parsed == null) {
				return List.of();
			}
			List<Step> full = new ArrayList<>(1);
			String key = parsed.kind().key.apply(parsed.record());
			Batch batch = open.computeIfAbsent(parsed.kind(), Batch::new);
			if (batch.keys.contains(key)) {
				full.add(step(batch));
				batch = new Batch(parsed.kind());
				open.put(parsed.kind(), batch);
			}
			batch.items.add(parsed);
			batch.keys.add(key);
			if (batch.items.size() >= size) {
				full.add(step(batch));
				open.remove(parsed.kind());
			}
			return full;
		}

		/** The batches still open, then a last step with whatever was read after the last batch. */
		List<Step> drain() {
			List<Step> rest = new ArrayList<>();
			for (Batch batch : open.values()) {
				rest.add(step(batch));
			}
			open.clear();
			rest.add(new Step(reads, null));
			reads = new Reads();
			return rest;
		}

		private Step step(Batch batch) {
			Step step = new Step(reads, batch);
			reads = new Reads();
			return step;
		}
	}

	/**
	 * The state of one import. Changed only by {@link #fold}, which the single subscriber of a pass calls for one
	 * step at a time (Reactive Streams signals are serial, each happening before the next); passes run one after
	 * another, so a later pass reads what earlier ones folded.
	 */
	private static final class Run {

		final long started = System.nanoTime();

		final ImportProgress progress;

		long records;

		final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);

		final List<Rejection> rejections = new ArrayList<>();

		long rejected;

		final Set<String> rejectedKeys = new HashSet<>();

		final Set<String> linkIds = new HashSet<>();

		final List<Map<String, Object>> parentRows = new ArrayList<>();

		/** The chief whose clusters limit this import; null when it is not limited. */
		final Caller chief;

		/** Clusters the import's records name (for the audit entry; at most 1000). */
		final Set<String> touched = new java.util.TreeSet<>();

		final io.micrometer.core.instrument.MeterRegistry meters;

		Run(ImportProgress progress, Caller chief, io.micrometer.core.instrument.MeterRegistry meters) {
			this.progress = progress;
			this.chief = chief;
			this.meters = meters;
		}

		/** {@code chain-chief.import.records}, by kind and outcome (created, updated, unchanged, rejected). */
		void meter(String kind, String outcome) {
			meters.counter("chain-chief.import.records", "kind", kind == null ? "unknown" : kind, "outcome", outcome)
				.increment();
		}

		void touch(Record record) {
			if (touched.size() >= 1000) {
				return;
			}
			@SuppressWarnings("unchecked")
			List<String> clusters = (List<String>) ImportRepository.scopeRow(0, record).get("clusters");
			touched.addAll(clusters);
		}

		/** Folds one step: first what was read before its batch, then the batch's outcomes in row order. */
		void fold(Written step) {
			records += step.read().records;
			for (Accepted rejected : step.read().rejected) {
				reject(rejected.source(), rejected.rejection(), true);
			}
			linkIds.addAll(step.read().linkIds);
			for (Outcome outcome : step.outcomes()) {
				count(step.batch().items.get((int) outcome.line()), outcome.outcome());
			}
		}

		/** Counts a rejection; one found by parsing (phase 1) also keeps the record out of later phases. */
		void reject(SourceRecord source, Rejection rejection, boolean parsing) {
			if (parsing) {
				rejectedKeys.add(source.sheet() + '\u0000' + source.line());
			}
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
					if (outcome.startsWith("forbidden:")) {
						reject(parsed.source(), forbidden(parsed, outcome.substring("forbidden:".length())), false);
						return;
					}
					String[] parts = outcome.split(":", 3);
					reject(parsed.source(), new Rejection(parsed.source().line(), parsed.source().sheet(),
							parsed.source().columns().get(parts[1]), parsed.kind().wire, parts[1],
							"unknown " + referenced(parts[1]) + " '" + parts[2] + "'"), false);
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
			return ImportService.report(counts, rejections, records, rejected, (System.nanoTime() - started) / 1_000_000,
					notes);
		}

		/** Why a chief's record was not written: it touches a cluster (or link) that is not theirs. */
		private Rejection forbidden(Parsed parsed, String refusal) {
			String[] parts = refusal.split(":", 2);
			String field = switch (parsed.kind()) {
				case CLUSTER, ENTERPRISE -> "id";
				case LINK -> "clusters";
				case FEEDS -> "from";
				case OPERATES, SUPPLIES -> "link";
				default -> "cluster";
			};
			String mine = "(your clusters: " + String.join(", ", new java.util.TreeSet<>(chief.clusters())) + ")";
			String reason = switch (parts[0]) {
				case "none" -> "a chief's link must name one of their clusters " + mine;
				case "link" -> "link '" + parts[1] + "' is in none of your clusters " + mine;
				default -> "touches cluster '" + parts[1] + "', which is not one of yours " + mine;
			};
			return new Rejection(parsed.source().line(), parsed.source().sheet(), parsed.source().columns().get(field),
					parsed.kind().wire, field, reason);
		}
	}

}
