package org.chainchief.whatif;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.chainchief.gap.GapService;
import org.chainchief.gap.LinkFigures;

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
import io.micrometer.core.instrument.FunctionCounter;
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

	/** Links in the order of their ids (a cluster's links in one defined order, whichever statement read them). */
	private static final Comparator<LinkCounts> BY_LINK = Comparator.comparing(LinkCounts::linkId);

	private final Graph graph;

	private final GapService gaps;

	private final boolean keepFigures;

	private final AtomicLong fromFigures = new AtomicLong();

	private final Query scenario;

	private final Query delta;

	private final Query impact;

	/** Enterprises (with a weak-below threshold) whose impact is kept (a few kilobytes each). */
	static final int KEPT_IMPACTS = 256;

	private final KeptAnswers<ImpactRows> keptImpacts;

	WhatIfRepository(Graph graph, CypherCatalog cypher, GraphVersion version, GapService gaps,
			ReadModelProperties properties, ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.gaps = gaps;
		this.keepFigures = properties.enabled();
		this.scenario = cypher.get("whatif/scenario");
		this.delta = cypher.get("whatif/delta");
		this.impact = cypher.get("impact/enterprise");
		this.keptImpacts = new KeptAnswers<>(version, KEPT_IMPACTS, properties.enabled(), meters.getIfAvailable(),
				"impact", "Disruption impacts answered from those kept at the current version");
		MeterRegistry registry = meters.getIfAvailable();
		if (registry != null) {
			FunctionCounter.builder("chain-chief.read-model.answers", fromFigures, AtomicLong::get)
				.description("What-ifs answered from the cluster's gap figures kept at the current version")
				.tag("answer", "whatif")
				.register(registry);
		}
	}

	/**
	 * Empty when the cluster is unknown. With the read models on, the local counts before are the cluster's gap
	 * figures (kept at the write version) and the statement reads only what the recruits and the removed enterprises
	 * change ({@code whatif/delta}); when the figures are not exact at the version read after it (a write came in
	 * between) the same transaction reads {@code whatif/scenario}, as every request does with the models off.
	 */
	Mono<ScenarioRows> scenario(String clusterId, List<String> recruit, List<String> remove) {
		if (!keepFigures) {
			return scenarioFromGraph(clusterId, recruit, remove);
		}
		Map<String, Object> parameters = parameters(clusterId, recruit, remove);
		return graph.inRead(delta, tx -> gaps.figuresIn(tx, clusterId).flatMap(figures -> figures.isEmpty()
				? Mono.just(Optional.<ScenarioRows>empty())
				: Graph.rows(tx, delta, parameters).flatMap(rows -> gaps.versionIn(tx).flatMap(now -> {
					if (rows.isEmpty() || !figures.get().currentAt(now)) {
						return Graph.rows(tx, scenario, parameters)
							.map(found -> found.stream().findFirst().map(WhatIfRepository::scenarioRows));
					}
					fromFigures.incrementAndGet();
					return Mono.just(Optional.of(fromFigures(figures.get().answer(), rows.get(0))));
				}))))
			.next()
			.flatMap(Mono::justOrEmpty);
	}

	/** The what-if read by {@code whatif/scenario} alone (every local enterprise's links counted again). */
	Mono<ScenarioRows> scenarioFromGraph(String clusterId, List<String> recruit, List<String> remove) {
		return graph.read(scenario, parameters(clusterId, recruit, remove), WhatIfRepository::scenarioRows).singleOrEmpty();
	}

	private static Map<String, Object> parameters(String clusterId, List<String> recruit, List<String> remove) {
		return Map.of("id", clusterId, "recruit", recruit, "remove", remove);
	}

	/** What-ifs answered from the clusters' gap figures since start. */
	long scenariosFromFigures() {
		return fromFigures.get();
	}

	/** Each link's local count before from its figures, after from {@code whatif/delta}'s gains and losses. */
	private static ScenarioRows fromFigures(List<LinkFigures> links, Record r) {
		Map<String, Long> gained = perLink(r.get("gained"));
		Map<String, Long> lost = perLink(r.get("lost"));
		List<LinkCounts> counts = links.stream()
			.map(l -> new LinkCounts(l.linkId(), l.name(), l.stage(), l.localCount(),
					l.localCount() + gained.getOrDefault(l.linkId(), 0L) - lost.getOrDefault(l.linkId(), 0L)))
			.sorted(BY_LINK)
			.toList();
		return new ScenarioRows(counts, orphans(r.get("orphaned")), r.get("unknownRecruit").asList(Value::asInt),
				r.get("unknownRemove").asList(Value::asInt));
	}

	private static Map<String, Long> perLink(Value rows) {
		return rows.asList(v -> v).stream().collect(Collectors.toMap(v -> v.get("linkId").asString(), v -> v.get("n").asLong()));
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
		return new ScenarioRows(r.get("links").asList(v -> LinkCounts.from(v.asMap())).stream().sorted(BY_LINK).toList(),
				orphans(r.get("orphaned")),
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
