package org.chainchief.cluster;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Stage;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Writes of clusters, and the chain view. Every write is one transaction. */
@Repository
final class ClusterEditRepository {

	private final Graph graph;

	private final Query create;

	private final Query update;

	private final Query delete;

	private final Query chain;

	ClusterEditRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.create = cypher.get("cluster/create");
		this.update = cypher.get("cluster/update");
		this.delete = cypher.get("cluster/delete");
		this.chain = cypher.get("cluster/chain");
	}

	Mono<ClusterRecord> create(ClusterRecord cluster) {
		return graph.write(create, Map.of("props", props(cluster)), r -> record(r.get("cluster")))
			.single();
	}

	/** Replaces the cluster's fields; empty when there is no such cluster. */
	Mono<ClusterRecord> update(ClusterRecord cluster) {
		return graph.write(update, Map.of("id", cluster.id(), "props", props(cluster)), r -> record(r.get("cluster")))
			.singleOrEmpty();
	}

	/** Deletes the cluster and what belongs to it alone; false when there is no such cluster. */
	Mono<Boolean> delete(String id) {
		return graph.write(delete, Map.of("id", id), r -> true).collectList().map(rows -> !rows.isEmpty());
	}

	Mono<ChainView> chain(String id) {
		return graph.read(chain, Map.of("id", id), r -> new ChainView(record(r.get("cluster")),
				r.get("links").asList(ClusterEditRepository::chainLink).stream().sorted(CHAIN_ORDER).toList(),
				r.get("feeds").asList(v -> new FeedsRecord(v.get("from").asString(), v.get("to").asString()))))
			.singleOrEmpty();
	}

	/** Stage order (upstream first), then name in pinyin order, then id: a total, stable order. */
	private static final Comparator<ChainView.ChainLink> CHAIN_ORDER;

	static {
		Collator pinyin = Collator.getInstance(Locale.CHINA);
		CHAIN_ORDER = Comparator.comparing(ChainView.ChainLink::stage, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ChainView.ChainLink::name, Comparator.nullsLast(pinyin::compare))
			.thenComparing(ChainView.ChainLink::id);
	}

	private static ChainView.ChainLink chainLink(Value v) {
		String stage = v.get("stage").asString(null);
		return new ChainView.ChainLink(v.get("id").asString(), v.get("name").asString(null),
				v.get("nameEn").asString(null), stage == null ? null : Stage.valueOf(stage),
				v.get("chokepoint").asBoolean(false), v.get("parent").asString(null), v.get("localCount").asLong(),
				v.get("supplierCount").asLong());
	}

	private static Map<String, Object> props(ClusterRecord c) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", c.id());
		props.put("name", c.name());
		props.put("nameEn", c.nameEn());
		props.put("chief", c.chief());
		props.put("description", c.description());
		return props;
	}

	private static ClusterRecord record(Value v) {
		return new ClusterRecord(v.get("id").asString(), v.get("name").asString(null), v.get("nameEn").asString(null),
				v.get("chief").asString(null), v.get("description").asString(null));
	}
}
