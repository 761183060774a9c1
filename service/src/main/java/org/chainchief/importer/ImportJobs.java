package org.chainchief.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.annotation.PreDestroy;
import org.chainchief.importer.ImportJob.Phase;
import org.chainchief.importer.ImportJob.Status;
import org.chainchief.importer.ImportUploads.Upload;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Leases;
import org.chainchief.support.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import org.chainchief.access.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports running in the background, and the most recent finished ones. The instance running a job holds it in
 * memory and keeps it in the graph as well (at the start, every {@link #SAVE_EVERY} while it runs, and at its end),
 * so every instance beside the database answers for it, also after a restart; of the finished jobs the last
 * {@code chain-chief.import.jobs.keep} (default 100) are kept. A job whose instance stopped reporting for
 * {@link #STALE} (it crashed, or lost the database) is answered FAILED, with that reason. Imports run one at a time
 * across the instances (see {@link ImportService}): a job started while another import runs fails with that reason.
 */
@Component
final class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final ImportService imports;

	private final int keep;

	private final Clock clock = Clock.systemUTC();

	/** How often a running job's progress is written to the graph. */
	static final Duration SAVE_EVERY = Duration.ofSeconds(2);

	/** A RUNNING job kept in the graph whose instance has not reported for this long is answered FAILED. */
	static final Duration STALE = Duration.ofSeconds(30);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final Graph graph;

	private final JsonMapper json;

	private final String instance;

	private final Query save;

	private final Query load;

	private final Query prune;

	private final ConcurrentLinkedDeque<String> finished = new ConcurrentLinkedDeque<>();

	ImportJobs(ImportService imports, Graph graph, CypherCatalog cypher, JsonMapper json, Leases leases,
			@Value("${chain-chief.import.jobs.keep:100}") int keep) {
		this.imports = imports;
		this.keep = Math.max(1, keep);
		this.graph = graph;
		this.json = json;
		this.instance = leases.instance();
		this.save = cypher.get("import/job-save");
		this.load = cypher.get("import/job-get");
		this.prune = cypher.get("import/job-prune");
	}

	/** Starts importing an upload in the background and answers the job as it is at the start (RUNNING). */
	ImportJob start(Upload upload, Caller caller) {
		Job job = new Job(org.chainchief.support.RandomIds.next(), clock.instant());
		jobs.put(job.id, job);
		ImportJob started = job.view(clock.instant());
		job.saving = Flux.interval(Duration.ZERO, SAVE_EVERY)
			.onBackpressureDrop()
			.concatMap(tick -> save(job), 1)
			.subscribe();
		job.subscription = Mono.usingWhen(Mono.just(upload), u -> imports.run(u.source(), job.progress), Upload::discard)
			.contextWrite(Caller.context(caller))
			.subscribe(report -> finish(job, report, null), error -> finish(job, null, error));
		return started;
	}

	/** The job with this id, as it is now: from this instance when it runs or ran it, else from the graph. */
	Mono<ImportJob> get(String id) {
		Job job = jobs.get(id);
		if (job != null) {
			return Mono.just(job.view(clock.instant()));
		}
		return graph.read(load, Map.of("id", id), r -> kept(r)).next();
	}

	/** A job as another instance (or this one before a restart) kept it; FAILED when that instance went silent. */
	private ImportJob kept(org.neo4j.driver.Record r) {
		ImportJob job = json.readValue(r.get("json").asString(), ImportJob.class);
		long age = r.get("age").asLong();
		if (job.status() != Status.RUNNING || age < STALE.toMillis()) {
			return job;
		}
		Instant lastHeard = clock.instant().minusMillis(age);
		return new ImportJob(job.id(), Status.FAILED, job.phase(), job.recordsRead(), job.recordsTotal(),
				job.recordsWritten(), job.recordsRejected(), job.startedAt(), null,
				Duration.between(job.startedAt(), lastHeard).toMillis(), null,
				"The instance running this import (" + r.get("instance").asString() + ") stopped reporting its "
						+ "progress at " + lastHeard + ", after " + job.recordsWritten() + " records written (whole "
						+ "batches); run the same import again to complete it");
	}

	/** Writes the job as it is now to the graph; a failure is logged, the job goes on. */
	private Mono<Void> save(Job job) {
		ImportJob view = job.view(clock.instant());
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("id", view.id());
		parameters.put("json", json.writeValueAsString(view));
		parameters.put("status", view.status().name());
		parameters.put("instance", instance);
		parameters.put("finishedMillis", view.finishedAt() == null ? null : view.finishedAt().toEpochMilli());
		return graph.write(save, parameters, r -> r).then().onErrorResume(ex -> {
			log.warn("Could not keep import {} in the graph: {}", view.id(), ex.toString());
			return Mono.empty();
		});
	}

	/** The job once it has finished (DONE or FAILED); an error when no job has this id. */
	Mono<ImportJob> finished(String id) {
		Job job = jobs.get(id);
		if (job == null) {
			return Mono.error(ApiProblem.notFound("import", id));
		}
		return Mono.fromFuture(job.done.copy()).then(Mono.fromSupplier(() -> job.view(clock.instant())));
	}

	private void finish(Job job, ImportReport report, Throwable error) {
		if (error != null) {
			if (!(error instanceof ApiProblem)) {
				log.error("Import {} failed", job.id, error);
			}
			job.error = error instanceof ApiProblem problem ? problem.getMessage()
					: "The import failed: " + (error.getMessage() == null ? error.getClass().getSimpleName()
							: error.getMessage());
		}
		job.report = report;
		job.finishedAt = clock.instant();
		job.status = error == null ? Status.DONE : Status.FAILED;
		if (job.saving != null) {
			job.saving.dispose();
		}
		finished.addLast(job.id);
		while (finished.size() > keep) {
			String oldest = finished.pollFirst();
			if (oldest != null) {
				jobs.remove(oldest);
			}
		}
		// the outcome is in the graph before the job counts as finished here, so every instance answers it alike
		save(job).then(graph.write(prune, Map.of("keep", keep), r -> r).then().onErrorResume(ex -> Mono.empty()))
			.timeout(Duration.ofSeconds(30), Mono.empty())
			.subscribe(null, ex -> job.done.complete(null), () -> job.done.complete(null));
	}

	/**
	 * Shutdown (SIGTERM): a job still running is stopped between its batches (the batch in flight rolls back, the
	 * ones before stay committed) and ends FAILED with a reason saying to run it again, which completes it (records
	 * are matched by id). Runs after the web server has stopped and before the driver and the database close.
	 */
	@PreDestroy
	void stop() {
		jobs.values().forEach(job -> {
			if (job.subscription != null && job.status == Status.RUNNING) {
				job.subscription.dispose();
				long written = job.progress.recordsWritten();
				log.warn("Import {} stopped by the shutdown after {} records written: FAILED; run the same import "
						+ "again to complete it", job.id, written);
				finish(job, null, ApiProblem.notReady("The service shut down after " + written
						+ " records were written (whole batches; the batch in flight was rolled back); run the "
						+ "same import again to complete it", Duration.ofSeconds(5)));
				try {
					// its outcome reaches the graph before the driver closes, so other instances answer it too
					job.done.get(5, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
					log.warn("Import {}: its outcome could not be kept in the graph before the shutdown", job.id);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
	}

	private static final class Job {

		final String id;

		final Instant startedAt;

		final ImportProgress progress = new ImportProgress();

		final CompletableFuture<Void> done = new CompletableFuture<>();

		volatile Disposable subscription;

		volatile Disposable saving;

		volatile Status status = Status.RUNNING;

		volatile ImportReport report;

		volatile String error;

		volatile Instant finishedAt;

		Job(String id, Instant startedAt) {
			this.id = id;
			this.startedAt = startedAt;
		}

		ImportJob view(Instant now) {
			Status current = status;
			Instant end = current == Status.RUNNING ? now : finishedAt;
			int phase = progress.phase();
			long total = progress.recordsTotal();
			return new ImportJob(id, current, new Phase(phase, 3, progress.phaseName()), progress.recordsRead(),
					total < 0 ? null : total, progress.recordsWritten(), progress.recordsRejected(), startedAt,
					current == Status.RUNNING ? null : finishedAt, Duration.between(startedAt, end).toMillis(),
					current == Status.DONE ? report : null, current == Status.FAILED ? error : null);
		}
	}
}
