package org.chainchief.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.KeptAnswers;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * A cluster's local matches ({@code matching/cluster}) in their order, the first {@link MatchQuery#MAX_LIMIT} (the
 * most a request may ask for). Those of the clusters last asked for are kept with the graph's write version they
 * were read at ({@link KeptAnswers}).
 */
@Repository
final class MatchingRepository {

	/** Clusters whose matches are kept (at most MAX_LIMIT each, about 300 bytes a match). */
	static final int KEPT = 64;

	private final Graph graph;

	private final Query forCluster;

	private final KeptAnswers<List<Match>> kept;

	MatchingRepository(Graph graph, CypherCatalog cypher, GraphVersion version, ReadModelProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.forCluster = cypher.get("matching/cluster");
		this.kept = new KeptAnswers<>(version, KEPT, properties.enabled(), meters.getIfAvailable(), "matches",
				"Local matches answered from those kept at the current version");
	}

	/** The first MAX_LIMIT matches in {@link Match#ORDER}; empty when the cluster is unknown. */
	Mono<List<Match>> forCluster(String clusterId) {
		return graph.inRead(forCluster, tx -> kept.in(tx, clusterId, t -> read(t, clusterId)))
			.next()
			.flatMap(Mono::justOrEmpty);
	}

	/** The same, read from the graph now (the statement alone). */
	Mono<List<Match>> fromGraph(String clusterId) {
		return graph.read(forCluster, Map.of("id", clusterId), MatchingRepository::first).singleOrEmpty();
	}

	private Mono<Optional<List<Match>>> read(ReactiveTransactionContext tx, String clusterId) {
		return Graph.rows(tx, forCluster, Map.of("id", clusterId))
			.map(rows -> rows.stream().findFirst().map(MatchingRepository::first));
	}

	private static List<Match> first(Record r) {
		return r.get("matches")
			.asList(v -> Match.from(v.asMap()))
			.stream()
			.sorted(Match.ORDER)
			.limit(MatchQuery.MAX_LIMIT)
			.toList();
	}

	/** Matches answered from those kept since start. */
	long answered() {
		return kept.answered();
	}
}
