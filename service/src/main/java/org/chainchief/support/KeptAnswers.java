package org.chainchief.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Answers kept with the graph's write version they were read at ({@link GraphVersion}), the last {@code capacity}
 * keys asked for. While the version read with a request is still an answer's, no write has come since, so it is
 * that request's answer without reading the graph again. Otherwise the answer is read, and kept only when the
 * version read after it in the same transaction is the one read before (no write in between). Counted on
 * {@code chain_chief_read_model_answers_total{answer=…}}.
 *
 * @param <V> the answer; shared by every request that gets it, so never changed after it is kept
 */
public final class KeptAnswers<V> {

	private record Kept<V>(String version, V answer) {
	}

	private final GraphVersion version;

	private final boolean enabled;

	private final AtomicLong answered = new AtomicLong();

	/** Least recently used first; guarded by itself. */
	private final Map<String, Kept<V>> kept;

	/**
	 * @param capacity most keys kept, the least recently asked dropped first
	 * @param enabled  false: every request reads the graph ({@code chain-chief.read-model.enabled})
	 * @param answer   the meter's {@code answer} tag
	 */
	public KeptAnswers(GraphVersion version, int capacity, boolean enabled, MeterRegistry meters, String answer,
			String description) {
		this.version = version;
		this.enabled = enabled;
		this.kept = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Kept<V>> eldest) {
				return size() > capacity;
			}
		};
		if (meters != null) {
			FunctionCounter.builder("chain-chief.read-model.answers", answered, AtomicLong::get)
				.description(description)
				.tag("answer", answer)
				.register(meters);
		}
	}

	/**
	 * An answer with the write version it is exact at: the version it was kept at, or read between two reads of the
	 * same version; empty when a write came while it was read (or the graph has no version yet).
	 */
	public record Versioned<V>(Optional<String> version, V answer) {

		/** True when this answer is exact at {@code now}, a version read later in the same transaction. */
		public boolean currentAt(Optional<String> now) {
			return version.isPresent() && version.equals(now);
		}
	}

	/**
	 * The answer for {@code key} in this read transaction: the one kept at its version, or {@code read} (empty: no
	 * answer, e.g. an unknown id; never kept).
	 */
	public Mono<Optional<V>> in(ReactiveTransactionContext tx, String key,
			Function<ReactiveTransactionContext, Mono<Optional<V>>> read) {
		if (!enabled) {
			return read.apply(tx);
		}
		return versionedIn(tx, key, read).map(found -> found.map(Versioned::answer));
	}

	/**
	 * As {@link #in}, with the version the answer is exact at, so a caller can build on it within the same
	 * transaction and check, with a version read after its own statements, that no write came in between.
	 */
	public Mono<Optional<Versioned<V>>> versionedIn(ReactiveTransactionContext tx, String key,
			Function<ReactiveTransactionContext, Mono<Optional<V>>> read) {
		if (!enabled) {
			return read.apply(tx).map(found -> found.map(a -> new Versioned<>(Optional.empty(), a)));
		}
		return current(tx).flatMap(before -> {
			Kept<V> k = before.map(v -> keptAt(key, v)).orElse(null);
			if (k != null) {
				answered.incrementAndGet();
				return Mono.just(Optional.of(new Versioned<>(before, k.answer())));
			}
			return read.apply(tx).flatMap(answer -> current(tx).map(after -> {
				Optional<String> exactAt = before.isPresent() && after.equals(before) ? before : Optional.empty();
				answer.ifPresent(a -> exactAt.ifPresent(v -> keep(key, new Kept<>(v, a))));
				return answer.map(a -> new Versioned<>(exactAt, a));
			}));
		});
	}

	/** The graph's write version in this transaction, empty when it has none. */
	public Mono<Optional<String>> current(ReactiveTransactionContext tx) {
		return version.in(tx).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	/** Answers given from those kept since start. */
	public long answered() {
		return answered.get();
	}

	private Kept<V> keptAt(String key, String v) {
		synchronized (kept) {
			Kept<V> k = kept.get(key);
			return k != null && k.version().equals(v) ? k : null;
		}
	}

	private void keep(String key, Kept<V> k) {
		synchronized (kept) {
			kept.put(key, k);
		}
	}
}
