package org.chainchief.importer;

import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** Fields that become relationships rather than node properties. */
	private static final Map<Class<?>, Set<String>> REFERENCE_FIELDS = Map.of(LinkRecord.class,
			Set.of("clusters", "parent"), ProjectRecord.class, Set.of("cluster", "link", "enterprise"),
			TeamRecord.class, Set.of("cluster", "link"), TargetRecord.class, Set.of("cluster"), MeasureRecord.class,
			Set.of("cluster"));

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
		Map<String, Object> row = new HashMap<>();
		row.put("line", line);
		if (record instanceof FeedsRecord f) {
			row.put("from", f.from());
			row.put("to", f.to());
		}
		else if (record instanceof OperatesRecord o) {
			row.put("enterprise", o.enterprise());
			row.put("link", o.link());
			row.put("share", o.share());
		}
		else if (record instanceof SuppliesRecord s) {
			row.put("supplier", s.supplier());
			row.put("buyer", s.buyer());
			row.put("link", s.link());
		}
		else {
			row.put("props", properties(record));
			if (record instanceof LinkRecord l) {
				row.put("clusters", l.clusters() == null ? List.of() : l.clusters().stream().distinct().toList());
				row.put("parent", l.parent());
				row.put("parentInImport", parentInImport);
			}
			else if (record instanceof ProjectRecord p) {
				row.put("cluster", p.cluster());
				row.put("link", p.link());
				row.put("enterprise", p.enterprise());
			}
			else if (record instanceof TeamRecord t) {
				row.put("cluster", t.cluster());
				row.put("link", t.link());
			}
			else if (record instanceof TargetRecord t) {
				row.put("cluster", t.cluster());
			}
			else if (record instanceof MeasureRecord m) {
				row.put("cluster", m.cluster());
			}
		}
		return row;
	}

	/** A record's non-null scalar fields as node properties (enums by name, references left out). */
	static Map<String, Object> properties(Record record) {
		Set<String> references = REFERENCE_FIELDS.getOrDefault(record.getClass(), Set.of());
		Map<String, Object> props = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (references.contains(component.getName())) {
				continue;
			}
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			if (value instanceof Enum<?> e) {
				value = e.name();
			}
			if (value != null) {
				props.put(component.getName(), value);
			}
		}
		return props;
	}
}
