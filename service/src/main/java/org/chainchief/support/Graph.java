package org.chainchief.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chainchief.config.Neo4jProperties;
import org.chainchief.support.GraphSettings.Work;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.reactivestreams.ReactiveSession;
import org.neo4j.driver.reactivestreams.ReactiveTransactionCallback;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The one door to the database. Every unit of work is a transaction function in its own session (so the driver
 * retries transient failures, and a cluster routes reads to secondaries), named by its catalog {@link Query},
 * bounded by its kind's timeout ({@link GraphSettings}), with every result consumed inside the transaction.
 * Sessions share one bookmark manager (see {@code Neo4jConfiguration}), so a read sees the writes this instance
 * made before it, also on a cluster. Every write that can change the chain begins by replacing the graph's write version
 * ({@code version/bump}), so in-memory read models know when they are current. Failures leave translated once ({@link DatabaseErrors}); a unit of work
 * slower than the threshold, or one that times out, is logged with its catalog name and duration.
 */
@Component
public final class Graph {

	private static final Logger log = LoggerFactory.getLogger(Graph.class);

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final GraphSettings settings;

	private final WriteInterceptor interceptor;

	private final MeterRegistry meters;

	/** How long a unit of work is retried after retryable failures ({@code chain-chief.neo4j.max-retry-time}). */
	private final Duration retryTime;

	/** The write version's bump ({@code version/bump}), last in every write of the chain; null: none (tests' doors). */
	private final Query bump;

	@Autowired
	public Graph(Driver driver, SessionConfig sessionConfig, GraphSettings settings,
			ObjectProvider<WriteInterceptor> interceptor, ObjectProvider<MeterRegistry> meters,
			Neo4jProperties neo4j, CypherCatalog cypher) {
		this(driver, sessionConfig, settings, interceptor.getIfAvailable(() -> WriteInterceptor.NONE),
				meters.getIfAvailable(), neo4j.maxRetryTime(), cypher.get("version/bump"));
	}

	/** A door with no write interceptor and no retries (tests of the bounds and the error translation). */
	Graph(Driver driver, SessionConfig sessionConfig, GraphSettings settings) {
		this(driver, sessionConfig, settings, WriteInterceptor.NONE, null, Duration.ZERO, null);
	}

	/** A door with no write interceptor that retries for {@code retryTime} (tests of the retries). */
	Graph(Driver driver, SessionConfig sessionConfig, GraphSettings settings, Duration retryTime) {
		this(driver, sessionConfig, settings, WriteInterceptor.NONE, null, retryTime, null);
	}

	private Graph(Driver driver, SessionConfig sessionConfig, GraphSettings settings, WriteInterceptor interceptor,
			MeterRegistry meters, Duration retryTime, Query bump) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.settings = settings;
		this.interceptor = interceptor;
		this.meters = meters;
		this.retryTime = retryTime;
		this.bump = bump;
	}

	/** An interactive read of one query. */
	public <T> Flux<T> read(Query query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inTransaction(Work.READ, query, tx -> records(tx, query, parameters).map(mapper));
	}

	/** An interactive write of one query. */
	public <T> Flux<T> write(Query query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inTransaction(Work.WRITE, query, tx -> records(tx, query, parameters).map(mapper));
	}

	/** Runs an interactive read transaction function named by {@code operation}; all of it shares one transaction. */
	public <T> Flux<T> inRead(Query operation, ReactiveTransactionCallback<? extends Publisher<T>> work) {
		return inTransaction(Work.READ, operation, work);
	}

	/** Runs an interactive write transaction function named by {@code operation}; it commits whole or not at all. */
	public <T> Flux<T> inWrite(Query operation, ReactiveTransactionCallback<? extends Publisher<T>> work) {
		return inTransaction(Work.WRITE, operation, work);
	}

	/**
	 * Runs a transaction function of the given kind: a read transaction for a kind that {@link Work#reads()}, a
	 * write transaction otherwise. The whole result is consumed before a write commits (a cancelled transaction is rolled back). The
	 * {@link WriteInterceptor} (the audit trail) runs inside every write transaction, so both commit or neither.
	 */
	public <T> Flux<T> inTransaction(Work kind, Query operation, ReactiveTransactionCallback<? extends Publisher<T>> work) {
		Duration bound = settings.timeout(kind);
		TransactionConfig config = TransactionConfig.builder().withTimeout(bound).build();
		return Flux.defer(() -> {
			long started = System.nanoTime();
			Flux<T> run = kind.reads()
					? Flux.usingWhen(session(), s -> s.executeRead(work, config), Graph::close, (s, failure) -> close(s),
							Graph::closeAfterCancel)
					: Flux.deferContextual(context -> interceptor.prepare(context)
						.flatMapMany(around -> Flux.usingWhen(session(),
								s -> s.executeWrite(tx -> Flux.concat(bumped(tx, operation), around.run(tx, work)), config),
								Graph::close,
								(s, failure) -> close(s), Graph::closeAfterCancel)));
			java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
			return retried(run, started).timeout(bound.plus(settings.clientGrace()))
				.doOnNext(item -> answered.lazySet(true))
				.doOnError(ex -> {
					if (DatabaseErrors.isTimeout(ex)) {
						log.warn("Query {} ({}) timed out after {} ms (bound {} ms)", operation.name(), kind,
								millis(started), bound.toMillis());
					}
					else if (ex instanceof org.neo4j.driver.exceptions.TransientException
							|| ex instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
							|| ex instanceof org.neo4j.driver.exceptions.SessionExpiredException) {
						// the answer names the operation only; the database's own reason is for the operator
						log.warn("Query {} ({}) failed after {} ms: {}", operation.name(), kind, millis(started), ex.toString());
					}
				})
				.onErrorMap(ex -> DatabaseErrors.translate(ex, operation, bound, settings.retryAfter()))
				.doFinally(signal -> {
					long ms = millis(started);
					if (ms > settings.slowQueryThreshold().toMillis()) {
						log.warn("Slow query {} ({}): {} ms, {}", operation.name(), kind, ms, signal);
					}
					if (meters != null) {
						Timer.builder("chain-chief.db.query")
							.description("Units of work on the graph, by catalog name, from session open to the last record")
							.tag("query", operation.name())
							.tag("mode", kind.name().toLowerCase(java.util.Locale.ROOT))
							// a caller that takes the first record of a one-row answer cancels the rest: that is a success
							.tag("outcome", switch (signal) {
								case ON_COMPLETE -> "success";
								case ON_ERROR -> "error";
								default -> answered.get() ? "success" : "cancelled";
							})
							.register(meters)
							.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
					}
				});
		});
	}

	/**
	 * The work again, in a new session, after a retryable failure (the database unreachable or restarting, a
	 * leader switch, a deadlock), with an exponential back-off (1 s, doubled, within ±20 %), until
	 * {@link #retryTime} has passed since it started; never once it has emitted a record (a result is not sent
	 * twice). The driver's own retry is off (see {@code Neo4jConfiguration}).
	 */
	private <T> Flux<T> retried(Flux<T> run, long started) {
		if (retryTime.isZero()) {
			return run;
		}
		var emitted = new java.util.concurrent.atomic.AtomicBoolean();
		return run.doOnNext(item -> emitted.set(true)).retryWhen(Retry.from(signals -> signals.concatMap(signal -> {
			Throwable failure = signal.failure();
			long left = retryTime.toMillis() - millis(started);
			if (emitted.get() || left <= 0 || !retryable(failure)) {
				return Mono.error(failure);
			}
			long delay = 1000L << Math.min(signal.totalRetries(), 5);
			delay = (long) (delay * (0.8 + 0.4 * java.util.concurrent.ThreadLocalRandom.current().nextDouble()));
			log.debug("Unit of work failed ({}); retried in {} ms", failure.toString(), Math.min(delay, left));
			return Mono.delay(Duration.ofMillis(Math.min(delay, left)));
		})));
	}

	/**
	 * The write version's bump, first in the write's transaction, unless the operation cannot change the chain
	 * ({@link #UNRELATED}): an API key's use, a lease's renewal, an import job's progress. A read model built at the
	 * version before is then no longer current (see {@code recruit/RecruitModels}). First, so a failure of the work
	 * (a constraint the database reports as the work's result ends) is the one the commit reports; the lock on the
	 * version is then held until the write commits, so writes of the chain commit one at a time, and never deadlock
	 * on it (each takes it before any other lock).
	 */
	private <T> Flux<T> bumped(ReactiveTransactionContext tx, Query operation) {
		if (bump == null || UNRELATED.stream().anyMatch(operation.name()::startsWith)) {
			return Flux.empty();
		}
		return Flux.from(tx.run(bump.text(), Map.of())).flatMap(result -> Mono.from(result.consume())).thenMany(Flux.empty());
	}

	/** Catalog names of writes that touch only the service's own bookkeeping, never the chain. */
	static final List<String> UNRELATED = List.of("apikey/", "lease/", "import/job-");

	/** The driver's mark of a failure worth retrying, on the failure or the cause it wraps. */
	static boolean retryable(Throwable failure) {
		Throwable cause = failure instanceof Neo4jException || failure.getCause() == null ? failure : failure.getCause();
		return cause instanceof RetryableException;
	}

	/** The records of one query inside a transaction function. */
	public static Flux<Record> records(ReactiveTransactionContext tx, Query query, Map<String, Object> parameters) {
		return Flux.from(tx.run(query.text(), parameters)).flatMap(result -> Flux.from(result.records()));
	}

	/** All records of one query inside a transaction function, as one list. */
	public static Mono<List<Record>> rows(ReactiveTransactionContext tx, Query query, Map<String, Object> parameters) {
		return records(tx, query, parameters).collectList();
	}

	private static Mono<Void> close(ReactiveSession session) {
		return Mono.from(session.close());
	}

	/**
	 * Closes a session whose caller went away (a client that disconnected, a 404 that made a sibling read moot).
	 * When the cancel meets the transaction while it commits, the driver refuses to roll back ("Can't rollback,
	 * transaction has been requested to be committed"): the commit goes on and the connection goes back to the
	 * pool all the same, so that is logged at DEBUG, not as a warning with a stack per request.
	 */
	private static Mono<Void> closeAfterCancel(ReactiveSession session) {
		return close(session).onErrorResume(failure -> {
			log.debug("Closing a cancelled unit of work: {}", failure.toString());
			return Mono.empty();
		});
	}

	private Mono<ReactiveSession> session() {
		return Mono.fromSupplier(() -> driver.session(ReactiveSession.class, sessionConfig));
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
