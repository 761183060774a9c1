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
	 * The answer for {@code key} in this read transaction: the one kept at its version, or {@code read} (empty: no
	 * answer, e.g. an unknown id; never kept).
	 */
	public Mono<Optional<V>> in(ReactiveTransactionContext tx, String key,
			Function<ReactiveTransactionContext, Mono<Optional<V>>> read) {
		if (!enabled) {
			return read.apply(tx);
		}
		return version.in(tx).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(before -> {
			Kept<V> k = before.map(v -> keptAt(key, v)).orElse(null);
			if (k != null) {
				answered.incrementAndGet();
				return Mono.just(Optional.of(k.answer()));
			}
			return read.apply(tx)
				.flatMap(answer -> version.in(tx)
					.filter(after -> before.isPresent() && after.equals(before.get()))
					.doOnNext(v -> answer.ifPresent(a -> keep(key, new Kept<>(v, a))))
					.then(Mono.just(answer)));
		});
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
