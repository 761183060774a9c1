package org.chainchief.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.importer.UpsertRows;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.TeamRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Targets, measures, projects and teams under a cluster. Writes go through the import's upsert queries (one
 * definition of how a record is stored), each in one transaction with its checks: 404 for an unknown cluster or
 * item, 409 for a duplicate id, 400 naming an unknown link, enterprise or target.
 */
@Repository
final class PlanItems {


	/** A stored record and what the graph adds to it (names of the things it points at). */
	record Item(Record record, Map<String, Object> extra) {
	}

	private final Graph graph;

	private final JsonMapper json;

	private final Map<ItemKind, Query> list = new EnumMap<>(ItemKind.class);

	private final Map<ItemKind, Query> refs = new EnumMap<>(ItemKind.class);

	private final Map<ItemKind, Query> delete = new EnumMap<>(ItemKind.class);

	private final Map<ItemKind, Query> upsert = new EnumMap<>(ItemKind.class);

	PlanItems(Graph graph, CypherCatalog cypher, JsonMapper json) {
		this.graph = graph;
		this.json = json;
		for (ItemKind kind : ItemKind.values()) {
			list.put(kind, cypher.get("plan/" + kind.wire + "-list"));
			refs.put(kind, cypher.get("plan/" + kind.wire + "-refs"));
			delete.put(kind, cypher.get("plan/" + kind.wire + "-delete"));
			upsert.put(kind, cypher.get("import/" + kind.wire));
		}
	}

	/** The cluster's items of a kind, ordered by id; a 404 problem when the cluster is unknown. */
	Mono<List<Item>> list(ItemKind kind, String cluster) {
		return graph.inRead(list.get(kind), tx -> read(tx, kind, cluster, null))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", cluster)));
	}

	/** One item; a 404 problem naming {@code id} (cluster) or {@code itemId} when unknown. */
	Mono<Item> get(ItemKind kind, String cluster, String id) {
		return list(kind, cluster, id);
	}

	private Mono<Item> list(ItemKind kind, String cluster, String id) {
		return graph.inRead(list.get(kind), tx -> read(tx, kind, cluster, id))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", cluster)))
			.flatMap(items -> items.isEmpty() ? Mono.error(notInCluster(kind, cluster, id)) : Mono.just(items.get(0)));
	}

	/** Creates an item; 404 unknown cluster, 409 duplicate id, 400 unknown references. */
	Mono<Item> create(ItemKind kind, String cluster, String id, Record record) {
		return graph.inWrite(upsert.get(kind), tx -> refs(tx, kind, cluster, id).flatMap(check -> {
			if (!(Boolean) check.get("clusterExists")) {
				return Mono.error(ApiProblem.notFound("cluster", cluster));
			}
			if ((Boolean) check.get("exists")) {
				return Mono.error(duplicate(kind, id));
			}
			return write(tx, kind, cluster, id, record);
		})).single();
	}

	/** Replaces an item of the cluster (fields and references); 404 when the cluster has no such item. */
	Mono<Item> replace(ItemKind kind, String cluster, String id, Record record) {
		return graph.inWrite(upsert.get(kind), tx -> refs(tx, kind, cluster, id).flatMap(check -> {
			if (!(Boolean) check.get("clusterExists")) {
				return Mono.error(ApiProblem.notFound("cluster", cluster));
			}
			if (!(Boolean) check.get("inCluster")) {
				return Mono.error(notInCluster(kind, cluster, id));
			}
			return write(tx, kind, cluster, id, record);
		})).single();
	}

	/** Deletes an item of the cluster with its relationships; 404 when the cluster has no such item. */
	Mono<Void> delete(ItemKind kind, String cluster, String id) {
		return graph.inWrite(delete.get(kind), tx -> refs(tx, kind, cluster, id).flatMap(check -> {
			if (!(Boolean) check.get("clusterExists")) {
				return Mono.error(ApiProblem.notFound("cluster", cluster));
			}
			return rows(tx, delete.get(kind), params(cluster, id)).map(rows -> (Number) rows.get(0).get("deleted"));
		})).single().flatMap(deleted -> deleted.longValue() > 0 ? Mono.<Void>empty()
				: Mono.error(notInCluster(kind, cluster, id)));
	}

	private Mono<Item> write(ReactiveTransactionContext tx, ItemKind kind, String cluster, String id, Record record) {
		Map<String, Object> row = UpsertRows.row(0, record, false);
		return rows(tx, upsert.get(kind), Map.of("rows", List.of(row))).flatMap(outcomes -> {
			String outcome = (String) outcomes.get(0).get("outcome");
			if (outcome.startsWith("missing:")) {
				String[] parts = outcome.split(":", 3);
				// thrown inside the transaction function: the transaction rolls back, nothing is written
				return Mono.error(ApiProblem.invalid(List.of(unknownReference(record, parts[1], parts[2]))));
			}
			return read(tx, kind, cluster, id).single().map(items -> items.get(0));
		});
	}

	private Mono<List<Item>> read(ReactiveTransactionContext tx, ItemKind kind, String cluster, String id) {
		return Flux.from(tx.run(list.get(kind).text(), params(cluster, id)))
			.flatMap(result -> Flux.from(result.records()))
			.map(r -> r.get("items").asList(v -> item(kind, v.asMap())))
			.singleOrEmpty();
	}

	@SuppressWarnings("unchecked")
	private Item item(ItemKind kind, Map<String, Object> value) {
		Map<String, Object> extra = new HashMap<>(value);
		Map<String, Object> record = (Map<String, Object>) extra.remove("record");
		return new Item(json.convertValue(record, kind.type), extra);
	}

	private Mono<Map<String, Object>> refs(ReactiveTransactionContext tx, ItemKind kind, String cluster, String id) {
		return rows(tx, refs.get(kind), params(cluster, id)).map(rows -> rows.get(0));
	}

	private static Mono<List<Map<String, Object>>> rows(ReactiveTransactionContext tx, Query query,
			Map<String, Object> params) {
		return Flux.from(tx.run(query.text(), params))
			.flatMap(result -> Flux.from(result.records()))
			.map(org.neo4j.driver.Record::asMap)
			.collectList();
	}

	private static Map<String, Object> params(String cluster, String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("cluster", cluster);
		params.put("id", id);
		return params;
	}

	private static ApiProblem duplicate(ItemKind kind, String id) {
		return ApiProblem.conflict("A " + kind.wire + " with id '" + id + "' already exists", "id");
	}

	private static ApiProblem notInCluster(ItemKind kind, String cluster, String id) {
		return ApiProblem.notFound(kind.wire + " in cluster '" + cluster + "'", id, "itemId");
	}

	/** The field that held an unknown reference: {@code links[i]} (or {@code link}), {@code enterprise}, {@code targets[i]}. */
	private static FieldError unknownReference(Record record, String field, String id) {
		List<String> given = switch (record) {
			case ProjectRecord p when "links".equals(field) -> p.links();
			case TeamRecord t when "links".equals(field) -> t.links();
			case MeasureRecord m when "links".equals(field) -> m.links();
			case MeasureRecord m when "targets".equals(field) -> m.targets();
			default -> null;
		};
		String what = switch (field) {
			case "enterprise" -> "enterprise";
			case "targets" -> "target of this cluster";
			default -> "link";
		};
		String name = field;
		int index = given == null ? -1 : new ArrayList<>(given).indexOf(id);
		if (index >= 0) {
			name = field + "[" + index + "]";
		}
		else if ("links".equals(field)) {
			name = "link";
		}
		return new FieldError(name, "unknown " + what + " '" + id + "'");
	}
}
