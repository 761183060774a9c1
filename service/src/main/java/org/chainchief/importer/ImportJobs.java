package org.chainchief.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.annotation.PreDestroy;
import org.chainchief.importer.ImportJob.Phase;
import org.chainchief.importer.ImportJob.Status;
import org.chainchief.importer.ImportUploads.Upload;
import org.chainchief.support.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import org.chainchief.access.Caller;
import reactor.core.publisher.Mono;

/**
 * Imports running in the background, and the most recent finished ones. Held in memory by this instance only:
 * a job is not visible to other instances and is forgotten on restart; of the finished jobs only the last
 * {@code chain-chief.import.jobs.keep} (default 100) are kept. Imports still run one at a time per instance:
 * a job started while another import runs fails with that reason.
 */
@Component
final class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final ImportService imports;

	private final int keep;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ConcurrentLinkedDeque<String> finished = new ConcurrentLinkedDeque<>();

	ImportJobs(ImportService imports, @Value("${chain-chief.import.jobs.keep:100}") int keep) {
		this.imports = imports;
		this.keep = Math.max(1, keep);
	}

	/** Starts importing an upload in the background and answers the job as it is at the start (RUNNING). */
	ImportJob start(Upload upload, Caller caller) {
		Job job = new Job(org.chainchief.support.RandomIds.next(), clock.instant());
		jobs.put(job.id, job);
		ImportJob started = job.view(clock.instant());
		job.subscription = Mono.usingWhen(Mono.just(upload), u -> imports.run(u.source(), job.progress), Upload::discard)
			.contextWrite(Caller.context(caller))
			.subscribe(report -> finish(job, report, null), error -> finish(job, null, error));
		return started;
	}

	/** The job with this id, as it is now. */
	Optional<ImportJob> get(String id) {
		Job job = jobs.get(id);
		return job == null ? Optional.empty() : Optional.of(job.view(clock.instant()));
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
		finished.addLast(job.id);
		while (finished.size() > keep) {
			String oldest = finished.pollFirst();
			if (oldest != null) {
				jobs.remove(oldest);
			}
		}
		job.done.complete(null);
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
			}
		});
	}

	private static final class Job {

		final String id;

		final Instant startedAt;

		final ImportProgress progress = new ImportProgress();

		final CompletableFuture<Void> done = new CompletableFuture<>();

		volatile Disposable subscription;

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
