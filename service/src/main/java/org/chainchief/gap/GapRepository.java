package org.chainchief.gap;

import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.KeptAnswers;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.neo4j.driver.Record;
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
		return graph.inRead(report, tx -> kept.in(tx, clusterId, t -> Graph.rows(t, report, Map.of("id", clusterId))
				.map(rows -> rows.stream().findFirst().map(GapRepository::figures))))
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

	/** Gap figures answered from those kept since start. */
	long answered() {
		return kept.answered();
	}
}
