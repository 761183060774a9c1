package org.chainchief.importer;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;
import org.chainchief.support.NameKeys;

/**
 * The parameter rows of the upsert queries ({@code cypher/queries/import/<kind>.cypher}): a record's scalar fields
 * as node properties, its references beside them. The import and the REST resources that write through the same
 * queries (targets, measures, projects, teams) build their rows here, so both store a record the same way.
 */
public final class UpsertRows {

	/** Fields that become relationships rather than node properties. */
	private static final Map<Class<?>, Set<String>> REFERENCE_FIELDS = Map.of(LinkRecord.class,
			Set.of("clusters", "parent"), ProjectRecord.class, Set.of("cluster", "link", "links", "enterprise"),
			TeamRecord.class, Set.of("cluster", "link", "links"), TargetRecord.class, Set.of("cluster"),
			MeasureRecord.class, Set.of("cluster", "links", "targets"));

	private UpsertRows() {
	}

	/**
	 * The row of one record (projects, teams and measures normalised first: {@code link} folded into
	 * {@code links}, lists distinct and sorted, a measure's status PLANNED when absent).
	 */
	public static Map<String, Object> row(long line, Record record, boolean parentInImport) {
		Map<String, Object> row = new HashMap<>();
		row.put("line", line);
		if (record instanceof FeedsRecord f) {
			row.put("from", f.from());
			row.put("to", f.to());
			return row;
		}
		if (record instanceof OperatesRecord o) {
			row.put("enterprise", o.enterprise());
			row.put("link", o.link());
			row.put("share", o.share());
			return row;
		}
		if (record instanceof SuppliesRecord s) {
			row.put("supplier", s.supplier());
			row.put("buyer", s.buyer());
			row.put("link", s.link());
			return row;
		}
		Record stored = switch (record) {
			case ProjectRecord p -> p.normalized();
			case TeamRecord t -> t.normalized();
			case MeasureRecord m -> m.normalized();
			default -> record;
		};
		Map<String, Object> props = properties(stored);
		if (stored instanceof EnterpriseRecord enterprise) {
			props.put(NameKeys.PROPERTY, NameKeys.of(enterprise.name()));
		}
		row.put("props", props);
		switch (stored) {
			case LinkRecord l -> {
				row.put("clusters", l.clusters() == null ? List.of() : l.clusters().stream().distinct().toList());
				row.put("parent", l.parent());
				row.put("parentInImport", parentInImport);
			}
			case ProjectRecord p -> {
				row.put("cluster", p.cluster());
				row.put("links", p.links());
				row.put("enterprise", p.enterprise());
			}
			case TeamRecord t -> {
				row.put("cluster", t.cluster());
				row.put("links", t.links());
			}
			case TargetRecord t -> row.put("cluster", t.cluster());
			case MeasureRecord m -> {
				row.put("cluster", m.cluster());
				row.put("links", m.links());
				row.put("targets", m.targets());
			}
			default -> {
			}
		}
		return row;
	}

	/** Whether a field of a record type is stored as a node property (not a reference). */
	static boolean isProperty(Class<?> type, String field) {
		return !REFERENCE_FIELDS.getOrDefault(type, Set.of()).contains(field);
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
