package org.chainchief.gap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.KeptAnswers;
import org.chainchief.support.KeptAnswers.Versioned;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * The clusters' link figures ({@code gap/report}), the base of the gap report, the chokepoints, the mind map, the
 * exports and the plans. The figures of the clusters last asked for are kept with the graph's write version they
 * were read at ({@link KeptAnswers}).
 */
@Repository
final class GapRepository {

	/** Clusters whose figures are kept (each about 200 bytes a link). */
	static final int KEPT = 256;

	private final Graph graph;

	private final Query report;

	private final KeptAnswers<List<LinkFigures>> kept;

	GapRepository(Graph graph, CypherCatalog cypher, GraphVersion version, ReadModelProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.report = cypher.get("gap/report");
		this.kept = new KeptAnswers<>(version, KEPT, properties.enabled(), meters.getIfAvailable(), "gaps",
				"Gap figures answered from those kept at the current version");
	}

	/** The figures of every link of the cluster; empty when the cluster is unknown. */
	Mono<List<LinkFigures>> figures(String clusterId) {
		return graph.inRead(report, tx -> kept.in(tx, clusterId, read(clusterId)))
			.next()
			.flatMap(Mono::justOrEmpty);
	}

	/** The figures in this read transaction with the write version they are exact at; empty: unknown cluster. */
	Mono<Optional<Versioned<List<LinkFigures>>>> figuresIn(ReactiveTransactionContext tx, String clusterId) {
		return kept.versionedIn(tx, clusterId, read(clusterId));
	}

	/** The graph's write version in this transaction (empty when it has none). */
	Mono<Optional<String>> versionIn(ReactiveTransactionContext tx) {
		return kept.current(tx);
	}

	private Function<ReactiveTransactionContext, Mono<Optional<List<LinkFigures>>>> read(String clusterId) {
		return tx -> Graph.rows(tx, report, Map.of("id", clusterId))
			.map(rows -> rows.stream().findFirst().map(GapRepository::figures));
	}

	/** The figures read from the graph now (the statement alone: what every request cost without keeping them). */
	Mono<List<LinkFigures>> fromGraph(String clusterId) {
		return graph.read(report, Map.of("id", clusterId), GapRepository::figures).singleOrEmpty();
	}

	private static List<LinkFigures> figures(Record r) {
		return r.get("links").asList(v -> LinkFigures.from(v.asMap()));
	}

	/** Gap figures answered from those kept since start. */
	long answered() {
		return kept.answered();
	}
}
