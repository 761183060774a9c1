package org.chainchief.importer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphSettings.Work;
import org.chainchief.support.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
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

	private final Query scope;

	ImportRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		for (Kind kind : Kind.values()) {
			upserts.put(kind, cypher.get("import/" + kind.wire));
		}
		this.linkParents = cypher.get("import/link-parent");
		this.scope = cypher.get("import/scope");
	}

	/** Writes one batch of records of one kind in one transaction and returns every row's outcome. */
	Mono<List<Outcome>> write(Kind kind, List<Map<String, Object>> rows) {
		Query upsert = upserts.get(kind);
		return graph
			.inTransaction(Work.IMPORT, upsert, tx -> Graph.records(tx, upsert, Map.of("rows", rows))
				.map(r -> new Outcome(r.get("line").asLong(), r.get("outcome").asString())))
			.collectList();
	}

	/**
	 * Writes one batch of a chief's import in one transaction: rows that touch a cluster outside {@code owned} are
	 * not written and answer {@code forbidden:cluster:<id>} (or {@code forbidden:link:<id>}, {@code forbidden:none:}).
	 */
	Mono<List<Outcome>> write(Kind kind, List<Map<String, Object>> rows, List<Map<String, Object>> scopeRows,
			List<String> owned) {
		return graph.inTransaction(Work.IMPORT, upserts.get(kind), tx -> Flux.from(tx.run(scope.text(), Map.of("rows", scopeRows, "owned", owned)))
			.flatMap(result -> Flux.from(result.records()))
			.filter(r -> !r.get("refusal").isNull())
			.collectMap(r -> r.get("line").asLong(), r -> r.get("refusal").asString())
			.flatMapMany(refused -> {
				List<Map<String, Object>> allowed = rows.stream()
					.filter(row -> !refused.containsKey(((Number) row.get("line")).longValue()))
					.toList();
				Flux<Outcome> written = allowed.isEmpty() ? Flux.empty()
						: Flux.from(tx.run(upserts.get(kind).text(), Map.of("rows", allowed)))
							.flatMap(result -> Flux.from(result.records()))
							.map(r -> new Outcome(r.get("line").asLong(), r.get("outcome").asString()));
				return Flux.fromIterable(refused.entrySet())
					.map(e -> new Outcome(e.getKey(), "forbidden:" + e.getValue()))
					.concatWith(written);
			}))
			.collectList();
	}

	/** The clusters and links a record touches, for {@code import/scope.cypher}. */
	static Map<String, Object> scopeRow(long line, Record record) {
		List<String> clusters = new java.util.ArrayList<>();
		List<String> links = new java.util.ArrayList<>();
		String ownLink = null;
		String enterprise = null;
		boolean requireCluster = false;
		switch (record) {
			case ClusterRecord c -> clusters.add(c.id());
			case LinkRecord l -> {
				if (l.clusters() != null) {
					clusters.addAll(l.clusters());
				}
				ownLink = l.id();
				requireCluster = true;
			}
			case EnterpriseRecord e -> enterprise = e.id();
			case FeedsRecord f -> {
				links.add(f.from());
				links.add(f.to());
			}
			case OperatesRecord o -> links.add(o.link());
			case SuppliesRecord s -> links.add(s.link());
			case ProjectRecord p -> {
				clusters.add(p.cluster());
				links.addAll(p.normalized().links());
			}
			case TeamRecord t -> {
				clusters.add(t.cluster());
				links.addAll(t.normalized().links());
			}
			case TargetRecord t -> clusters.add(t.cluster());
			case MeasureRecord m -> {
				clusters.add(m.cluster());
				if (m.links() != null) {
					links.addAll(m.links());
				}
			}
			default -> {
			}
		}
		Map<String, Object> row = new HashMap<>();
		row.put("line", line);
		row.put("clusters", clusters);
		row.put("links", links);
		row.put("ownLink", ownLink);
		row.put("enterprise", enterprise);
		row.put("requireCluster", requireCluster);
		return row;
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
