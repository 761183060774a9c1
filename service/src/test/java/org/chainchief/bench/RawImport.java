package org.chainchief.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * The floor for the import: the same records written straight through the driver with one batched
 * {@code UNWIND … MERGE} statement per kind and batch (no validation, no outcome per row, no unchanged detection).
 */
final class RawImport {

	private static final Map<String, String> STATEMENTS = Map.of(
			"cluster", "UNWIND $rows AS r MERGE (c:Cluster {id: r.props.id}) SET c = r.props",
			"link", """
					UNWIND $rows AS r MERGE (l:Link {id: r.props.id}) SET l = r.props
					WITH l, r UNWIND r.clusters AS cid MATCH (c:Cluster {id: cid}) MERGE (c)-[:HAS_LINK]->(l)""",
			"feeds", "UNWIND $rows AS r MATCH (a:Link {id: r.from}) MATCH (b:Link {id: r.to}) MERGE (a)-[:FEEDS]->(b)",
			"enterprise", "UNWIND $rows AS r MERGE (e:Enterprise {id: r.props.id}) SET e = r.props",
			"operates", """
					UNWIND $rows AS r MATCH (e:Enterprise {id: r.enterprise}) MATCH (l:Link {id: r.link})
					MERGE (e)-[o:OPERATES_IN]->(l) SET o.share = r.share""",
			"supplies", """
					UNWIND $rows AS r MATCH (s:Enterprise {id: r.supplier}) MATCH (b:Enterprise {id: r.buyer})
					MERGE (s)-[:SUPPLIES {link: r.link}]->(b)""");

	private static final Set<String> NODE_KINDS = Set.of("cluster", "link", "enterprise");

	/** A batch's bound: far above any batch's time, so the floor is never cut short by the database's default. */
	private static final TransactionConfig BATCH = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();

	private RawImport() {
	}

	/** Imports every record in batches of {@code batch} rows; returns the wall time in seconds. */
	static double run(Driver driver, NationalGraph g, int batch) {
		long start = System.nanoTime();
		for (List<Map<String, Object>> kind : List.of(g.clusters, g.links, g.feeds, g.enterprises, g.operates, g.supplies)) {
			if (kind.isEmpty()) {
				continue;
			}
			String name = (String) kind.get(0).get("kind");
			String statement = STATEMENTS.get(name);
			for (int from = 0; from < kind.size(); from += batch) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (Map<String, Object> record : kind.subList(from, Math.min(kind.size(), from + batch))) {
					rows.add(NODE_KINDS.contains(name) ? nodeRow(record) : record);
				}
				try (var session = driver.session()) {
					session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("rows", rows)).consume(), BATCH);
				}
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Map<String, Object> nodeRow(Map<String, Object> record) {
		Map<String, Object> props = new LinkedHashMap<>();
		record.forEach((k, v) -> {
			if (v != null && !k.equals("kind") && !k.equals("clusters") && !k.equals("parent")) {
				props.put(k, v);
			}
		});
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("props", props);
		if (record.containsKey("clusters")) {
			row.put("clusters", record.get("clusters"));
		}
		return row;
	}
}
