package org.chainchief.whatif;

import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.KeptAnswers;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

@Repository
final class WhatIfRepository {

	/** The figures of a what-if on one cluster. */
	record ScenarioRows(List<LinkCounts> links, List<Orphan> orphaned, List<Integer> unknownRecruit,
			List<Integer> unknownRemove) {
	}

	/** The figures of an enterprise's disruption impact. */
	record ImpactRows(String enterpriseId, String name, boolean local, List<Orphan> orphaned,
			List<ClusterRows> clusters, List<String> statusLinks, List<Impact.Reached> blast) {
	}

	record ClusterRows(String clusterId, String name, List<LinkCounts> links) {
	}

	private final Graph graph;

	private final Query scenario;

	private final Query impact;

	/** Enterprises (with a weak-below threshold) whose impact is kept (a few kilobytes each). */
	static final int KEPT_IMPACTS = 256;

	private final KeptAnswers<ImpactRows> keptImpacts;

	WhatIfRepository(Graph graph, CypherCatalog cypher, GraphVersion version, ReadModelProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.scenario = cypher.get("whatif/scenario");
		this.impact = cypher.get("impact/enterprise");
		this.keptImpacts = new KeptAnswers<>(version, KEPT_IMPACTS, properties.enabled(), meters.getIfAvailable(),
				"impact", "Disruption impacts answered from those kept at the current version");
	}

	/** Empty when the cluster is unknown. */
	Mono<ScenarioRows> scenario(String clusterId, List<String> recruit, List<String> remove) {
		return graph.read(scenario, Map.of("id", clusterId, "recruit", recruit, "remove", remove), WhatIfRepository::scenarioRows)
			.singleOrEmpty();
	}

	/**
	 * Empty when the enterprise is unknown. The impacts last asked for are kept with the graph's write version they
	 * were read at ({@link KeptAnswers}).
	 */
	Mono<ImpactRows> impact(String enterpriseId, int weakBelow) {
		Map<String, Object> parameters = Map.of("id", enterpriseId, "weakBelow", weakBelow);
		return graph.inRead(impact, tx -> keptImpacts.in(tx, weakBelow + " " + enterpriseId,
				t -> Graph.rows(t, impact, parameters)
					.map(rows -> rows.stream().findFirst().map(WhatIfRepository::impactRows))))
			.next()
			.flatMap(Mono::justOrEmpty);
	}

	/** The impact read from the graph now (the statement alone). */
	Mono<ImpactRows> impactFromGraph(String enterpriseId, int weakBelow) {
		return graph.read(impact, Map.of("id", enterpriseId, "weakBelow", weakBelow), WhatIfRepository::impactRows)
			.singleOrEmpty();
	}

	/** Impacts answered from those kept since start. */
	long impactsAnswered() {
		return keptImpacts.answered();
	}

	private static ScenarioRows scenarioRows(Record r) {
		return new ScenarioRows(r.get("links").asList(v -> LinkCounts.from(v.asMap())), orphans(r.get("orphaned")),
				r.get("unknownRecruit").asList(Value::asInt), r.get("unknownRemove").asList(Value::asInt));
	}

	private static ImpactRows impactRows(Record r) {
		List<ClusterRows> clusters = r.get("clusters")
			.asList(c -> new ClusterRows(c.get("clusterId").asString(), c.get("name").asString(null),
					c.get("links").asList(v -> LinkCounts.from(v.asMap()))));
		List<Impact.Reached> blast = r.get("blast")
			.asList(d -> new Impact.Reached(d.get("linkId").asString(), d.get("name").asString(null),
					d.get("stage").isNull() ? null : org.chainchief.model.Stage.valueOf(d.get("stage").asString()),
					d.get("distance").asLong(), d.get("clusters").asList(Value::asString),
					d.get("exposedLocal").asLong()));
		return new ImpactRows(r.get("enterpriseId").asString(), r.get("name").asString(null),
				r.get("local").asBoolean(), orphans(r.get("orphaned")), clusters,
				r.get("statusLinks").asList(Value::asString), blast);
	}

	private static List<Orphan> orphans(Value rows) {
		return Scenario.orphans(rows.asList(Value::asMap));
	}
}
