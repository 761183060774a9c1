package org.chainchief.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chainchief.importer.ImportReport.Rejection;
import org.chainchief.importer.RecordParser.Parsed;
import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.SuppliesRecord;

/**
 * The graph an import of one file into an empty database would write, folded in memory for the bulk load. Records
 * are applied as {@code POST /api/v1/import} applies them: phase by phase ({@link Kind#phase}), in line order within
 * a phase, a later line of the same key superseding an earlier one, every reference checked against what the earlier
 * phases wrote; each line's outcome (created, updated, unchanged, or rejected with the import's own field and
 * reason) is counted the same way, so the bulk load reports what the import would have. Not thread-safe: one
 * reader folds.
 */
final class BulkGraph {

	/** The kinds the bulk load writes: the graph. Plans (targets, measures, projects, teams) go through the import. */
	static final Set<Kind> GRAPH = Set.of(Kind.CLUSTER, Kind.ENTERPRISE, Kind.LINK, Kind.FEEDS, Kind.OPERATES,
			Kind.SUPPLIES);

	/** A link as written: its properties from the last line written, its clusters from every line (additive). */
	static final class LinkState {

		LinkRecord record;

		final Set<String> clusters = new LinkedHashSet<>();

		LinkState(LinkRecord record) {
			this.record = record;
		}
	}

	record Pair(String from, String to) {
	}

	record Supply(String supplier, String buyer, String link) {
	}

	final Map<String, ClusterRecord> clusters = new LinkedHashMap<>();

	final Map<String, EnterpriseRecord> enterprises = new LinkedHashMap<>();

	final Map<String, LinkState> links = new LinkedHashMap<>();

	/** Each link's parent as the last written line of it names it (null: none). */
	final Map<String, String> parents = new HashMap<>();

	final Set<Pair> feeds = new LinkedHashSet<>();

	/** Enterprise → link, with the share (null when unknown). */
	final Map<Pair, Double> operates = new LinkedHashMap<>();

	final Set<Supply> supplies = new LinkedHashSet<>();

	private final List<List<Parsed>> phases = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

	private final Set<String> linkIds = new HashSet<>();

	private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);

	private final List<Rejection> rejections = new ArrayList<>();

	private long records;

	private long rejected;

	/** Takes one non-blank line as read: its parse result, in line order. */
	void read(RecordParser.Result result) {
		records++;
		if (result.rejection() != null) {
			reject(result.rejection());
			return;
		}
		Parsed parsed = result.parsed();
		if (!GRAPH.contains(parsed.kind())) {
			reject(rejection(parsed, "kind", "the bulk load writes the graph only (cluster, link, enterprise, feeds, "
					+ "operates, supplies): import " + parsed.kind().wire + " records with POST /api/v1/import once "
					+ "the service runs"));
			return;
		}
		if (parsed.record() instanceof LinkRecord link) {
			linkIds.add(link.id());
		}
		phases.get(parsed.kind().phase - 1).add(parsed);
	}

	/** A line refused before folding (by the bulk load itself, e.g. a value its files cannot hold). */
	void refuse(Parsed parsed, String field, String reason) {
		records++;
		reject(rejection(parsed, field, reason));
	}

	/** Applies every line read, phase by phase; call once, after the last {@link #read}. */
	void fold() {
		for (List<Parsed> phase : phases) {
			for (Parsed parsed : phase) {
				String outcome = apply(parsed);
				if (outcome.startsWith("missing:")) {
					String[] parts = outcome.split(":", 3);
					reject(new Rejection(parsed.source().line(), parsed.source().sheet(),
							parsed.source().columns().get(parts[1]), parsed.kind().wire, parts[1],
							"unknown " + ImportService.referenced(parts[1]) + " '" + parts[2] + "'"));
				}
				else {
					long[] c = counts.computeIfAbsent(parsed.kind(), k -> new long[4]);
					c[switch (outcome) {
						case "created" -> 0;
						case "updated" -> 1;
						default -> 2;
					}]++;
				}
			}
			phase.clear();
		}
		// sub-links point at their parent once every link exists; a parent that was not written gives none
		parents.values().removeIf(parent -> parent == null || !links.containsKey(parent));
	}

	private String apply(Parsed parsed) {
		return switch (parsed.record()) {
			case ClusterRecord c -> put(clusters, c.id(), c);
			case EnterpriseRecord e -> put(enterprises, e.id(), e);
			case LinkRecord l -> link(l);
			case FeedsRecord f -> !links.containsKey(f.from()) ? "missing:from:" + f.from()
					: !links.containsKey(f.to()) ? "missing:to:" + f.to()
					: feeds.add(new Pair(f.from(), f.to())) ? "created" : "unchanged";
			case OperatesRecord o -> operates(o);
			case SuppliesRecord s -> !enterprises.containsKey(s.supplier()) ? "missing:supplier:" + s.supplier()
					: !enterprises.containsKey(s.buyer()) ? "missing:buyer:" + s.buyer()
					: !links.containsKey(s.link()) ? "missing:link:" + s.link()
					: supplies.add(new Supply(s.supplier(), s.buyer(), s.link())) ? "created" : "unchanged";
			default -> throw new IllegalStateException("not a graph record: " + parsed.kind());
		};
	}

	private static <R extends Record> String put(Map<String, R> nodes, String id, R record) {
		R before = nodes.put(id, record);
		return before == null ? "created" : sameProperties(before, record) ? "unchanged" : "updated";
	}

	private String link(LinkRecord l) {
		List<String> named = l.clusters() == null ? List.of() : l.clusters().stream().distinct().toList();
		for (String cluster : named) {
			if (!clusters.containsKey(cluster)) {
				return "missing:clusters:" + cluster;
			}
		}
		if (l.parent() != null && !linkIds.contains(l.parent())) {
			return "missing:parent:" + l.parent();
		}
		LinkState state = links.get(l.id());
		// the import writes sub-links' parents after every link, so a link seen before has no parent yet: a line
		// naming one is written again
		if (state != null && sameProperties(state.record, l) && state.clusters.containsAll(named) && l.parent() == null) {
			return "unchanged";
		}
		String outcome = state == null ? "created" : "updated";
		if (state == null) {
			state = new LinkState(l);
			links.put(l.id(), state);
		}
		state.record = l;
		state.clusters.addAll(named);
		parents.put(l.id(), l.parent());
		return outcome;
	}

	private String operates(OperatesRecord o) {
		if (!enterprises.containsKey(o.enterprise())) {
			return "missing:enterprise:" + o.enterprise();
		}
		if (!links.containsKey(o.link())) {
			return "missing:link:" + o.link();
		}
		Pair key = new Pair(o.enterprise(), o.link());
		boolean known = operates.containsKey(key);
		Double before = operates.put(key, o.share());
		return !known ? "created" : Objects.equals(before, o.share()) ? "unchanged" : "updated";
	}

	/**
	 * Whether two records store the same node properties (what {@code properties(existing) = row.props} compares;
	 * the stored name key follows from the name).
	 */
	private static boolean sameProperties(Record a, Record b) {
		return UpsertRows.properties(a).equals(UpsertRows.properties(b));
	}

	private void reject(Rejection rejection) {
		Kind kind = Kind.of(rejection.kind());
		if (kind != null) {
			counts.computeIfAbsent(kind, k -> new long[4])[3]++;
		}
		rejected++;
		if (rejections.size() < ImportService.MAX_LISTED_REJECTIONS) {
			rejections.add(rejection);
		}
	}

	private static Rejection rejection(Parsed parsed, String field, String reason) {
		return new Rejection(parsed.source().line(), parsed.source().sheet(), parsed.source().columns().get(field),
				parsed.kind().wire, field, reason);
	}

	/** What was read and written, in the import's report shape. */
	ImportReport report(long durationMs) {
		return ImportService.report(counts, rejections, records, rejected, durationMs, List.of());
	}
}
