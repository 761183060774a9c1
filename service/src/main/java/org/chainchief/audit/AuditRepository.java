package org.chainchief.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail. Nothing here writes: entries are written only with the writes they record. */
@Repository
final class AuditRepository {

	/** The most entries one CSV export holds. */
	static final int EXPORT_LIMIT = 100_000;

	private final Graph graph;

	private final Query page;

	private final JsonMapper json;

	AuditRepository(Graph graph, CypherCatalog cypher, JsonMapper json) {
		this.graph = graph;
		this.page = cypher.get("audit/page");
		this.json = json;
	}

	Mono<AuditPage> page(AuditQuery query) {
		return read(query, (long) query.page() * query.size(), query.size())
			.map(rows -> new AuditPage(rows.items, query.page(), query.size(), rows.total));
	}

	Mono<List<AuditEntry>> all(AuditQuery query) {
		return read(query, 0, EXPORT_LIMIT).map(rows -> rows.items);
	}

	private record Rows(List<AuditEntry> items, long total) {
	}

	private Mono<Rows> read(AuditQuery query, long skip, long limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("actor", query.actor());
		params.put("since", query.since());
		params.put("kind", query.kind());
		params.put("cluster", query.cluster());
		params.put("skip", skip);
		params.put("limit", limit);
		return graph.read(page, params, r -> new Rows(r.get("items").asList(this::entry), r.get("total").asLong()))
			.single();
	}

	private AuditEntry entry(Value v) {
		return new AuditEntry(v.get("id").asString(), v.get("at").asString(), v.get("actor").asString(null),
				v.get("roles").isNull() ? List.of() : v.get("roles").asList(Value::asString), v.get("kind").asString(null),
				v.get("target").asString(null), v.get("action").asString(null),
				v.get("clusters").isNull() ? List.of() : v.get("clusters").asList(Value::asString),
				v.get("fields").isNull() ? List.of() : v.get("fields").asList(Value::asString), node(v.get("before")),
				node(v.get("after")), node(v.get("summary")));
	}

	private JsonNode node(Value v) {
		return v.isNull() ? null : json.readTree(v.asString());
	}
}
