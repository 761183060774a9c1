package org.chainchief.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphSettings.Work;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Writes batches of records, one transaction per batch: every row of a batch is written, or none is. Each
 * query checks its own references inside the transaction and answers, per row, {@code created}, {@code updated},
 * {@code unchanged} or {@code missing:<field>:<id>} (a row that was therefore not written).
 */
@Repository
final class ImportRepository {

	/** One row's outcome. */
	record Outcome(long line, String outcome) {
	}

	private final Graph graph;

	private final Map<Kind, Query> upserts = new EnumMap<>(Kind.class);

	private final Query linkParents;

	ImportRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		for (Kind kind : Kind.values()) {
			upserts.put(kind, cypher.get("import/" + kind.wire));
		}
		this.linkParents = cypher.get("import/link-parent");
	}

	/** Writes one batch of records of one kind in one transaction and returns every row's outcome. */
	Mono<List<Outcome>> write(Kind kind, List<Map<String, Object>> rows) {
		Query upsert = upserts.get(kind);
		return graph
			.inTransaction(Work.IMPORT, upsert, tx -> Graph.records(tx, upsert, Map.of("rows", rows))
				.map(r -> new Outcome(r.get("line").asLong(), r.get("outcome").asString())))
			.collectList();
	}

	/** Points links at their parents once every link of the import exists. Rows: {id, parent}. */
	Mono<Void> writeParents(List<Map<String, Object>> rows) {
		return graph.inTransaction(Work.IMPORT, linkParents, tx -> Graph.records(tx, linkParents, Map.of("rows", rows)))
			.then();
	}

	/** The parameter row of one record for its kind's upsert query. */
	static Map<String, Object> row(long line, Record record, boolean parentInImport) {
		return UpsertRows.row(line, record, parentInImport);
	}
}
