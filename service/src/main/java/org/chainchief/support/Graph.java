package org.chainchief.support;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.reactivestreams.ReactiveSession;
import org.neo4j.driver.reactivestreams.ReactiveTransactionCallback;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive access to the graph: one session per call, transaction functions (so the driver retries transient
 * failures, and a cluster routes reads to followers), every result consumed inside its transaction.
 */
@Component
public final class Graph {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final CypherCatalog catalog;

	private final MeterRegistry meters;

	public Graph(Driver driver, SessionConfig sessionConfig, CypherCatalog catalog, ObjectProvider<MeterRegistry> meters) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.catalog = catalog;
		this.meters = meters.getIfAvailable();
	}

	public <T> Flux<T> read(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return timed(catalog.nameOf(query), "read", inRead(tx -> Flux.from(tx.run(query, parameters))
			.flatMap(r -> Flux.from(r.records()))
			.map(mapper)));
	}

	public <T> Flux<T> write(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return timed(catalog.nameOf(query), "write", inWrite(tx -> Flux.from(tx.run(query, parameters))
			.flatMap(r -> Flux.from(r.records()))
			.map(mapper)));
	}

	/**
	 * Times a query (transaction included) as {@code chain-chief.db.query} tagged with its catalog name, the access
	 * mode and the outcome ({@code success}, {@code error}, {@code cancelled}).
	 */
	private <T> Flux<T> timed(String name, String mode, Flux<T> work) {
		if (meters == null) {
			return work;
		}
		return Flux.defer(() -> {
			Timer.Sample sample = Timer.start(meters);
			return work.doFinally(signal -> sample.stop(Timer.builder("chain-chief.db.query")
				.description("Cypher queries of the catalog, from session open to the last record")
				.tag("query", name)
				.tag("mode", mode)
				.tag("outcome", switch (signal) {
					case ON_COMPLETE -> "success";
					case ON_ERROR -> "error";
					default -> "cancelled";
				})
				.register(meters)));
		});
	}

	/** Runs a read transaction function; everything it does shares one transaction. */
	public <T> Flux<T> inRead(ReactiveTransactionCallback<? extends org.reactivestreams.Publisher<T>> work) {
		return Flux.usingWhen(session(), s -> s.executeRead(work), s -> Mono.from(s.close()));
	}

	/**
	 * Runs a write transaction function; everything it does commits together or not at all. The whole result is
	 * consumed before the transaction commits (a cancelled transaction is rolled back).
	 */
	public <T> Flux<T> inWrite(ReactiveTransactionCallback<? extends org.reactivestreams.Publisher<T>> work) {
		return Flux.usingWhen(session(), s -> s.executeWrite(work), s -> Mono.from(s.close()));
	}

	private Mono<ReactiveSession> session() {
		return Mono.fromSupplier(() -> driver.session(ReactiveSession.class, sessionConfig));
	}
}
