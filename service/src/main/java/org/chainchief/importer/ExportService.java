package org.chainchief.importer;

import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphSettings.Work;
import org.chainchief.support.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the whole graph back in the import format, kind by kind, in one read transaction: importing the
 * export into an empty graph and exporting again gives the same lines.
 */
@Service
final class ExportService {

	private final Graph graph;

	private final JsonMapper json;

	private final Map<Kind, Query> queries = new EnumMap<>(Kind.class);

	ExportService(Graph graph, CypherCatalog cypher, JsonMapper json) {
		this.graph = graph;
		this.json = json;
		for (Kind kind : Kind.values()) {
			queries.put(kind, cypher.get("export/" + kind.wire));
		}
	}

	Flux<ObjectNode> export() {
		return graph.inTransaction(Work.EXPORT, queries.get(Kind.CLUSTER), tx -> Flux.fromArray(Kind.values())
			.concatMap(kind -> Graph.records(tx, queries.get(kind), Map.of())
				.map(r -> line(kind, r.get("record").asMap()))));
	}

	/** One line: {@code kind} first, then the record's fields in their declared order, nulls left out. */
	private ObjectNode line(Kind kind, Map<String, Object> values) {
		ObjectNode node = json.createObjectNode();
		node.put("kind", kind.wire);
		for (RecordComponent component : kind.type.getRecordComponents()) {
			Object value = values.get(component.getName());
			if (value != null) {
				node.set(component.getName(), json.valueToTree(value));
			}
		}
		return node;
	}
}
