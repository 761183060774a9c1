package org.chainchief.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.support.NameKeys;

/**
 * The folded graph ({@link BulkGraph}) as the CSV files of Neo4j's bulk importer: one node file per label and one
 * relationship file per type, with typed headers. Node properties are those the import's upserts store
 * ({@link UpsertRows#properties}: every non-null field, enums by name) plus the enterprises' pinyin name keys and the
 * record of the collator rules they were made with, so the service's first start has nothing to compute. Every
 * text is quoted; a missing value is an empty unquoted field, which the importer leaves unset, as the upserts do.
 */
final class BulkCsv {

	/** Separates the elements of a list within one field; a value holding it cannot be written ({@link #unfit}). */
	static final char ARRAY_DELIMITER = '\u001F';

	/**
	 * The label of the enterprises whose tags are an empty list: the importer leaves an empty list unset, so the load
	 * sets these afterwards ({@code import/bulk-empty-tags.cypher}) and removes the label.
	 */
	static final String EMPTY_TAGS = "__EmptyTags";

	/** The files written, for the importer's arguments: label or type → file. */
	record Inputs(Map<String, Path> nodes, Map<String, Path> relationships, boolean multiline) {
	}

	private final Path folder;

	private boolean multiline;

	BulkCsv(Path folder) {
		this.folder = folder;
	}

	/** The first field of a record whose value cannot be written (a text holding the list delimiter), or null. */
	static String unfit(Record record) {
		for (Map.Entry<String, Object> field : UpsertRows.properties(record).entrySet()) {
			Object value = field.getValue();
			if (value instanceof String s && s.indexOf(ARRAY_DELIMITER) >= 0
					|| value instanceof List<?> list && list.stream().anyMatch(v -> v.toString().indexOf(ARRAY_DELIMITER) >= 0)) {
				return field.getKey();
			}
		}
		return null;
	}

	Inputs write(BulkGraph graph) throws IOException {
		Map<String, Path> nodes = new LinkedHashMap<>();
		Map<String, Path> relationships = new LinkedHashMap<>();
		nodes.put("Cluster", nodes("Cluster", ClusterRecord.class, graph.clusters.values(), null));
		nodes.put("Enterprise", nodes("Enterprise", EnterpriseRecord.class, graph.enterprises.values(), NameKeys.PROPERTY));
		nodes.put("Link", nodes("Link", LinkRecord.class, graph.links.values().stream().map(s -> s.record).toList(), null));
		nodes.put("__NameKeys", table("name-keys", List.of("id", "rules"), List.of(List.of("enterprise", NameKeys.rules()))));
		relationships.put("HAS_LINK", table("has-link", List.of(":START_ID(Cluster)", ":END_ID(Link)"),
				graph.links.entrySet().stream()
					.flatMap(e -> e.getValue().clusters.stream().map(c -> List.<Object>of(c, e.getKey())))
					.toList()));
		relationships.put("PART_OF", table("part-of", List.of(":START_ID(Link)", ":END_ID(Link)"),
				graph.parents.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
		relationships.put("FEEDS", table("feeds", List.of(":START_ID(Link)", ":END_ID(Link)"),
				graph.feeds.stream().map(f -> List.<Object>of(f.from(), f.to())).toList()));
		List<List<Object>> operates = new ArrayList<>(graph.operates.size());
		graph.operates.forEach((key, share) -> {
			List<Object> row = new ArrayList<>(3);
			row.add(key.from());
			row.add(key.to());
			row.add(share);
			operates.add(row);
		});
		relationships.put("OPERATES_IN", table("operates", List.of(":START_ID(Enterprise)", ":END_ID(Link)", "share:double"), operates));
		relationships.put("SUPPLIES", table("supplies", List.of(":START_ID(Enterprise)", ":END_ID(Enterprise)", "link"),
				graph.supplies.stream().map(s -> List.<Object>of(s.supplier(), s.buyer(), s.link())).toList()));
		return new Inputs(nodes, relationships, multiline);
	}

	/** A node file: the id as the label's id space, then every stored field of the record type, typed. */
	private <R extends Record> Path nodes(String label, Class<R> type, java.util.Collection<R> records, String nameKey)
			throws IOException {
		List<String> header = new ArrayList<>();
		List<RecordComponent> columns = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			boolean stored = UpsertRows.isProperty(type, component.getName());
			if (!stored) {
				continue;
			}
			columns.add(component);
			header.add(component.getName().equals("id") ? "id:ID(" + label + ")" : component.getName() + suffix(component));
		}
		if (nameKey != null) {
			header.add(nameKey);
			header.add(":LABEL");
		}
		Path file = folder.resolve(label.toLowerCase(java.util.Locale.ROOT) + ".csv");
		// the collation keys on every core, in the records' order
		List<String> keys = nameKey == null ? List.of()
				: records.parallelStream().map(r -> NameKeys.of(((EnterpriseRecord) r).name())).toList();
		int index = 0;
		try (Writer out = writer(file)) {
			line(out, new ArrayList<>(header));
			for (R record : records) {
				Map<String, Object> props = UpsertRows.properties(record);
				List<Object> row = new ArrayList<>(header.size());
				for (RecordComponent column : columns) {
					row.add(props.get(column.getName()));
				}
				if (nameKey != null) {
					EnterpriseRecord enterprise = (EnterpriseRecord) record;
					row.add(keys.get(index++));
					row.add(enterprise.tags() != null && enterprise.tags().isEmpty() ? EMPTY_TAGS : null);
				}
				line(out, row);
			}
		}
		return file;
	}

	private Path table(String name, List<String> header, List<List<Object>> rows) throws IOException {
		Path file = folder.resolve(name + ".csv");
		try (Writer out = writer(file)) {
			line(out, new ArrayList<>(header));
			for (List<Object> row : rows) {
				line(out, row);
			}
		}
		return file;
	}

	private static Writer writer(Path file) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
	}

	/** The importer's type of a record field: text by default. */
	private static String suffix(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == Boolean.class) {
			return ":boolean";
		}
		if (type == Double.class) {
			return ":double";
		}
		if (type == List.class && component.getGenericType() instanceof ParameterizedType p
				&& p.getActualTypeArguments()[0] == String.class) {
			if (component.getDeclaringRecord() != EnterpriseRecord.class || !component.getName().equals("tags")) {
				throw new IllegalStateException("an empty list of " + component + " would be left unset: mark it as "
						+ "the enterprises' tags are (" + EMPTY_TAGS + ")");
			}
			return ":string[]";
		}
		if (type == String.class || type.isEnum()) {
			return "";
		}
		throw new IllegalStateException("no bulk-load column type for " + component);
	}

	private void line(Writer out, List<?> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			Object value = values.get(i);
			if (value == null) {
				continue; // unset
			}
			if (value instanceof List<?> list) {
				quoted(out, String.join(String.valueOf(ARRAY_DELIMITER), list.stream().map(Object::toString).toList()));
			}
			else if (value instanceof String s) {
				quoted(out, s);
			}
			else {
				out.write(value.toString()); // booleans and doubles (Double.toString reads back to the same double)
			}
		}
		out.write('\n');
	}

	private void quoted(Writer out, String text) throws IOException {
		if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			multiline = true;
		}
		out.write('"');
		out.write(text.replace("\"", "\"\""));
		out.write('"');
	}
}
