package org.chainchief.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A fixed number of places; work that finds them all taken waits for one in arrival order, at most {@code wait},
 * then fails with the given error. The places are a {@code flatMap} with their number as its concurrency over a
 * queue of tickets, one per piece of work: a ticket holds its place until its work ends, however it ends (done,
 * failed, cancelled), and the ticket of work that gave up while it waited passes its place on when its turn comes.
 */
final class ReadPlaces {

	private final int places;

	private final Duration wait;

	private final Sinks.Many<Mono<Void>> tickets = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicInteger taken = new AtomicInteger();

	ReadPlaces(int places, Duration wait) {
		if (places < 1) {
			throw new IllegalArgumentException("at least one place, not " + places);
		}
		this.places = places;
		this.wait = wait;
		tickets.asFlux().flatMap(ticket -> ticket, places, 1).subscribe();
	}

	int places() {
		return places;
	}

	/** Work waiting for a place now. */
	int waiting() {
		return waiting.get();
	}

	/** Places taken now. */
	int taken() {
		return taken.get();
	}

	/** {@code work}, once it has a place; {@code tooLong} when none came free within the wait. */
	Mono<Void> through(Mono<Void> work, Supplier<? extends Throwable> tooLong) {
		return Mono.defer(() -> {
			Sinks.Empty<Void> admitted = Sinks.empty();
			Sinks.Empty<Void> done = Sinks.empty();
			waiting.incrementAndGet();
			Mono<Void> ticket = Mono.defer(() -> {
				if (!admitted.tryEmitEmpty().isSuccess()) {
					return Mono.empty(); // it gave up while it waited: the place goes to the next one
				}
				waiting.decrementAndGet();
				taken.incrementAndGet();
				return done.asMono().doFinally(signal -> taken.decrementAndGet());
			});
			synchronized (tickets) {
				tickets.emitNext(ticket, Sinks.EmitFailureHandler.FAIL_FAST);
			}
			return admitted.asMono()
				.timeout(wait, Mono.error(tooLong))
				.doFinally(signal -> {
					if (admitted.tryEmitError(new IllegalStateException("gave up")).isSuccess()) {
						waiting.decrementAndGet(); // its ticket has not run, and will find this
					}
				})
				.then(work)
				.doFinally(signal -> done.tryEmitEmpty());
		});
	}
}
