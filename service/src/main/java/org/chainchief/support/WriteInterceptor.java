package org.chainchief.support;

import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.neo4j.driver.reactivestreams.ReactiveTransactionCallback;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Work added to every write transaction of {@link Graph} (the audit trail): given the subscriber's context, it
 * decides what runs around the work, inside the same transaction, so both commit together or not at all.
 */
public interface WriteInterceptor {

	/** What runs around one write transaction's work; resolved before the transaction opens. */
	Mono<Around> prepare(ContextView context);

	/** Runs the work, and anything else, in the transaction {@code tx}. */
	interface Around {

		<T> Publisher<T> run(ReactiveTransactionContext tx, ReactiveTransactionCallback<? extends Publisher<T>> work);
	}

	/** Runs the work alone. */
	Around NOTHING = new Around() {
		@Override
		public <T> Publisher<T> run(ReactiveTransactionContext tx,
				ReactiveTransactionCallback<? extends Publisher<T>> work) {
			return Flux.from(work.execute(tx));
		}
	};

	WriteInterceptor NONE = context -> Mono.just(NOTHING);
}
