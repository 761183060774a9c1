package org.chainchief.support;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.reactivestreams.ReactiveSession;
import org.neo4j.driver.reactivestreams.ReactiveTransactionCallback;
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

	private final WriteInterceptor interceptor;

	public Graph(Driver driver, SessionConfig sessionConfig, ObjectProvider<WriteInterceptor> interceptor) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.interceptor = interceptor.getIfAvailable(() -> WriteInterceptor.NONE);
	}

	public <T> Flux<T> read(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inRead(tx -> Flux.from(tx.run(query, parameters)).flatMap(r -> Flux.from(r.records())).map(mapper));
	}

	public <T> Flux<T> write(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inWrite(tx -> Flux.from(tx.run(query, parameters)).flatMap(r -> Flux.from(r.records())).map(mapper));
	}

	/** Runs a read transaction function; everything it does shares one transaction. */
	public <T> Flux<T> inRead(ReactiveTransactionCallback<? extends org.reactivestreams.Publisher<T>> work) {
		return Flux.usingWhen(session(), s -> s.executeRead(work), s -> Mono.from(s.close()));
	}

	/**
	 * Runs a write transaction function; everything it does commits together or not at all. The whole result is
	 * consumed before the transaction commits (a cancelled transaction is rolled back). The
	 * {@link WriteInterceptor} (the audit trail) runs in the same transaction.
	 */
	public <T> Flux<T> inWrite(ReactiveTransactionCallback<? extends org.reactivestreams.Publisher<T>> work) {
		return Flux.deferContextual(context -> interceptor.prepare(context)
			.flatMapMany(around -> Flux.usingWhen(session(), s -> s.executeWrite(tx -> around.run(tx, work)),
					s -> Mono.from(s.close()))));
	}

	private Mono<ReactiveSession> session() {
		return Mono.fromSupplier(() -> driver.session(ReactiveSession.class, sessionConfig));
	}
}
