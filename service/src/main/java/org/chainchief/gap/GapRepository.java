package org.chainchief.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * The clusters' link figures ({@code gap/report}), the base of the gap report, the chokepoints, the mind map, the
 * exports and the plans. The figures of the clusters last asked for are kept with the graph's write version they
 * were read at ({@link GraphVersion}): while the version read with a request is still theirs no write has come
 * since, so they are that request's answer without reading the statement again. Read otherwise, and kept when the
 * version read after them in their transaction is the one read before (no write in between).
 */
@Repository
final class GapRepository {

	/** Clusters whose figures are kept (each about 200 bytes a link). */
	static final int KEPT = 256;

	private record Kept(String version, List<LinkFigures> figures) {
	}

	private final Graph graph;

	private final Query report;

	private final GraphVersion version;

	private final boolean enabled;

	private final AtomicLong answered = new AtomicLong();

	/** Least recently used first; guarded by itself. */
	private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > KEPT;
		}
	};

	GapRepository(Graph graph, CypherCatalog cypher, GraphVersion version, ReadModelProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.report = cypher.get("gap/report");
		this.version = version;
		this.enabled = properties.enabled();
		meters.ifAvailable(registry -> FunctionCounter
			.builder("chain-chief.read-model.answers", answered, AtomicLong::get)
			.description("Gap figures answered from those kept at the current version").tag("answer", "gaps")
			.register(registry));
	}

	/** The figures of every link of the cluster; empty when the cluster is unknown. */
	Mono<List<LinkFigures>> figures(String clusterId) {
		if (!enabled) {
			return fromGraph(clusterId);
		}
		return graph.inRead(report, tx -> version.in(tx).map(Optional::of).defaultIfEmpty(Optional.empty())
			.flatMap(before -> {
				Kept k = before.map(v -> keptAt(clusterId, v)).orElse(null);
				if (k != null) {
					answered.incrementAndGet();
					return Mono.just(Optional.of(k.figures()));
				}
				return Graph.rows(tx, report, Map.of("id", clusterId)).flatMap(rows -> {
					Optional<List<LinkFigures>> figures = rows.stream().findFirst().map(GapRepository::figures);
					return version.in(tx).filter(after -> before.isPresent() && after.equals(before.get()))
						.doOnNext(v -> figures.ifPresent(f -> keep(clusterId, new Kept(v, f))))
						.then(Mono.just(figures));
				});
			}))
			.next()
			.flatMap(Mono::justOrEmpty);
	}

	/** The figures read from the graph now (the statement alone: what every request cost without keeping them). */
	Mono<List<LinkFigures>> fromGraph(String clusterId) {
		return graph.read(report, Map.of("id", clusterId), GapRepository::figures).singleOrEmpty();
	}

	private static List<LinkFigures> figures(Record r) {
		return r.get("links").asList(v -> LinkFigures.from(v.asMap()));
	}

	private Kept keptAt(String clusterId, String v) {
		synchronized (kept) {
			Kept k = kept.get(clusterId);
			return k != null && k.version().equals(v) ? k : null;
		}
	}

	private void keep(String clusterId, Kept k) {
		synchronized (kept) {
			kept.put(clusterId, k);
		}
	}

	/** Gap figures answered from those kept since start. */
	long answered() {
		return answered.get();
	}
}
