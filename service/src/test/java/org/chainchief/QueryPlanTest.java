package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.NameKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analysis queries on a generated graph of realistic size (3 clusters, 330 links, 3000 enterprises, about 6000
 * OPERATES_IN and 12000 SUPPLIES, about 900 FEEDS with cycles): each finishes (within a transaction timeout), its
 * plan starts from index seeks, never from a scan of every node or every node of a label, and walks FEEDS with
 * breadth-first pruning expands rather than path-enumerating shortest-path operators. Each plan is logged with
 * its database hits.
 */
class QueryPlanTest extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(QueryPlanTest.class);

	@Autowired
	CypherCatalog catalog;

	@BeforeEach
	void generate() {
		cypher("""
				UNWIND range(0, 2) AS c CREATE (:Cluster {id: 'c' + c, name: '集群' + c})""");
		// 110 links per cluster, 10 of them shared with the next cluster; stage by position
		cypher("""
				UNWIND range(0, 329) AS i
				CREATE (l:Link {id: 'l' + i, name: '环节' + i,
				                stage: CASE WHEN i % 110 < 35 THEN 'UPSTREAM' WHEN i % 110 < 75 THEN 'MIDSTREAM' ELSE 'DOWNSTREAM' END,
				                chokepoint: i % 37 = 0})
				WITH l, i
				MATCH (c:Cluster {id: 'c' + (i / 110)}) CREATE (c)-[:HAS_LINK]->(l)
				WITH l, i WHERE i % 110 >= 100
				MATCH (n:Cluster {id: 'c' + ((i / 110 + 1) % 3)}) CREATE (n)-[:HAS_LINK]->(l)""");
		// each link feeds 3 links further down its cluster; every 20th link feeds back (cycles)
		cypher("""
				MATCH (a:Link) WITH a, toInteger(substring(a.id, 1)) AS i
				UNWIND [1, 7, 19] AS step
				WITH a, i, (i / 110) * 110 + (i % 110 + step) % 110 AS j
				WHERE j <> i AND (i % 110 + step < 110 OR i % 20 = 0)
				MATCH (b:Link {id: 'l' + j}) MERGE (a)-[:FEEDS]->(b)""");
		cypher("""
				UNWIND range(0, 2999) AS e
				CREATE (:Enterprise {id: 'e' + e, name: '企业' + e, local: e % 3 = 0,
				                     region: CASE e % 4 WHEN 0 THEN '浙江省丽水市' WHEN 1 THEN '上海市' WHEN 2 THEN '江苏省苏州市' ELSE '广东省深圳市' END,
				                     country: 'CHN', revenue: toFloat((e * 7919) % 500000), aboveScale: e % 2 = 0,
				                     head: e % 50 = 0, listed: e % 10 = 0, tags: CASE WHEN e % 7 = 0 THEN ['专精特新'] ELSE [] END})""");
		cypher("""
				MATCH (e:Enterprise) WITH e, toInteger(substring(e.id, 1)) AS n
				UNWIND [0, 1] AS k
				WITH e, n, k, (n * 104729 + k * 7919) % 330 AS li
				MATCH (l:Link {id: 'l' + li})
				MERGE (e)-[o:OPERATES_IN]->(l)
				SET o.share = CASE WHEN n % 3 = 1 THEN null ELSE toFloat((n + k) % 40) / 100 END""");
		cypher("""
				MATCH (s:Enterprise)-[:OPERATES_IN]->(l:Link)
				WITH s, l, toInteger(substring(s.id, 1)) AS n
				UNWIND [0, 1] AS k
				WITH s, l, (n * 31 + k * 1013 + 18) % 3000 AS bi
				MATCH (b:Enterprise {id: 'e' + bi}) WHERE b <> s
				MERGE (s)-[:SUPPLIES {link: l.id}]->(b)""");
		cypher("CALL db.awaitIndexes(60)");
		// Index samples taken on an empty graph and plans compiled by earlier tests on tiny fixtures would be used
		// (Neo4j resamples and replans in the background, after enough updates and a minimum interval): resample,
		// wait, and drop cached plans, so these queries are planned on this graph's statistics, as in production
		cypher("CALL db.prepareForReplanning(60)");
	}

	@Test
	void analysisQueriesSeekAndWalkBreadthFirst() {
		var counts = cypher("""
				RETURN COUNT { (:Link) } AS links, COUNT { (:Enterprise) } AS enterprises,
				       COUNT { ()-[:FEEDS]->() } AS feeds, COUNT { ()-[:OPERATES_IN]->() } AS operates,
				       COUNT { ()-[:SUPPLIES]->() } AS supplies""").get(0);
		log.info("Generated graph: {}", counts.asMap());
		assertThat(counts.get("links").asLong()).isEqualTo(330);

		List<String> ids = cypher("""
				MATCH (e:Enterprise {local: true})-[:SUPPLIES]->(:Enterprise {local: true}) RETURN e.id AS id
				ORDER BY id LIMIT 3""").stream().map(r -> r.get("id").asString()).toList();
		Map<String, Map<String, Object>> queries = new LinkedHashMap<>();
		queries.put("cluster/get", Map.of("id", "c0"));
		queries.put("gap/report", Map.of("id", "c0"));
		queries.put("recruit/link", org.chainchief.bench.NationalBench.RecruitFastParams.withScoring(Map.of("id", "c0", "linkId", "l5")));
		queries.put("recruit/cluster", org.chainchief.bench.NationalBench.RecruitFastParams.withScoring(Map.of("id", "c0", "weakBelow", 2)));
		queries.put("recruit/link-model", Map.of("linkId", "l5"));
		queries.put("recruit/link-details", Map.of("id", "c0", "linkId", "l5", "ids", List.of("e1", "e2", "e3"),
				"customers", Map.of("e1", 0L, "e2", 1L, "e3", 2L)));
		queries.put("version/current", Map.of());
		queries.put("recruit/cluster-gaps", Map.of("id", "c0", "weakBelow", 2));
		queries.put("recruit/cluster-details", Map.of("ids", List.of("e1", "e2", "e3"), "localCounts", Map.of("l5", 0L, "l6", 1L),
				"customers", Map.of("e1", 0L, "e2", 1L, "e3", 2L)));
		queries.put("whatif/scenario", Map.of("id", "c0", "recruit", List.of("e1", "e2"), "remove", ids));
		queries.put("impact/enterprise", Map.of("id", ids.get(0), "weakBelow", 2));
		queries.put("matching/cluster", Map.of("id", "c0"));
		List<String> scans = new ArrayList<>();
		TransactionConfig bounded = TransactionConfig.builder().withTimeout(Duration.ofSeconds(90)).build();
		queries.forEach((name, params) -> {
			String query = catalog.get(name).text();
			try (var session = driver.session()) {
				session.executeRead(tx -> tx.run(query, params).consume(), bounded); // planned
				long start = System.nanoTime();
				session.executeRead(tx -> tx.run(query, params).consume(), bounded);
				long ms = (System.nanoTime() - start) / 1_000_000;
				ProfiledPlan plan = session.executeRead(tx -> tx.run("PROFILE " + query, params).consume(), bounded)
					.profile();
				StringBuilder tree = new StringBuilder();
				long hits = describe(plan, 0, tree, scans, name);
				log.info("PROFILE {}: {} db hits; a planned run took {} ms\n{}", name, hits, ms, tree);
			}
		});
		assertThat(scans).as("label, index or all-node scans, or path-enumerating shortest paths").isEmpty();
	}

	/**
	 * Writing a supply costs the degree of its two enterprises, not the number of supplies of its product: with 3000
	 * SUPPLIES of one link, a batch of 20 new supplies of that link (by the import's statement) and one more (by the
	 * REST write's) stay far below one read per existing supply of the link. A relationship-index seek on
	 * SUPPLIES(link), as planned while that index existed, reads all 3000 for every row. The statements are planned
	 * first on a store without supplies, as an import into a new store plans them, and their plans are kept while
	 * the supplies grow.
	 */
	@Test
	void aSupplyIsWrittenByExpandingBetweenItsEnterprisesNotBySeekingItsLink() {
		cypher("MATCH ()-[r:SUPPLIES]->() DELETE r");
		cypher("CALL db.prepareForReplanning(60)");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			rows.add(Map.of("line", (long) i, "supplier", "e" + (i * 37), "buyer", "e" + (i * 37 + 500), "link", "l1"));
		}
		TransactionConfig bounded = TransactionConfig.builder().withTimeout(Duration.ofSeconds(90)).build();
		Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
		writes.put("import/supplies", Map.of("rows", rows));
		writes.put("relation/supplies-create", Map.of("supplier", "e7", "buyer", "e1707", "link", "l1"));
		writes.forEach((name, params) -> {
			try (var session = driver.session()) {
				session.executeRead(tx -> tx.run("EXPLAIN " + catalog.get(name).text(), params).consume(), bounded);
			}
		});
		cypher("""
				UNWIND range(0, 2999) AS k
				MATCH (s:Enterprise {id: 'e' + k}), (b:Enterprise {id: 'e' + ((k + 1) % 3000)})
				MERGE (s)-[:SUPPLIES {link: 'l1'}]->(b)""");
		writes.forEach((name, params) -> {
			String query = catalog.get(name).text();
			try (var session = driver.session()) {
				ProfiledPlan plan = session.executeWrite(tx -> tx.run("PROFILE " + query, params).consume(), bounded)
					.profile();
				StringBuilder tree = new StringBuilder();
				long hits = describe(plan, 0, tree, new ArrayList<>(), name);
				log.info("PROFILE {}: {} db hits\n{}", name, hits, tree);
				assertThat(tree.toString()).as(name + " plan").doesNotContain("RelationshipIndexSeek");
				assertThat(hits).as(name + " db hits, against 3000 supplies of the link").isLessThan(3000);
			}
		});
		assertThat(cypher("""
				UNWIND $rows AS row
				MATCH (:Enterprise {id: row.supplier})-[r:SUPPLIES {link: 'l1'}]->(:Enterprise {id: row.buyer})
				RETURN count(r) AS n""", Map.of("rows", rows)).get(0).get("n").asLong()).as("every supply written").isEqualTo(20);
	}

	/**
	 * A listing without filters reads its page, not every enterprise: the page in the order of the name-key index
	 * (far fewer db hits than the 3000 enterprises, which the filtered statement reads one by one) and the total from
	 * the count store; both give what the filtered statement gives with every filter unset, on the first page, a
	 * middle one and the last.
	 */
	@Test
	void aListingWithoutFiltersReadsItsPageInTheNameKeyOrder() {
		List<Map<String, Object>> keys = new ArrayList<>();
		for (var r : cypher("MATCH (e:Enterprise) RETURN e.id AS id, e.name AS name")) {
			keys.add(Map.of("id", r.get("id").asString(), "key", NameKeys.of(r.get("name").asString())));
		}
		cypher("UNWIND $keys AS k MATCH (e:Enterprise {id: k.id}) SET e.nameKey = k.key", Map.of("keys", keys));
		cypher("CALL db.awaitIndexes(60)");
		cypher("CALL db.prepareForReplanning(60)");
		Map<String, Object> unset = new HashMap<>();
		for (String filter : List.of("local", "region", "tag", "link", "cluster")) {
			unset.put(filter, null);
		}
		TransactionConfig bounded = TransactionConfig.builder().withTimeout(Duration.ofSeconds(90)).build();
		for (long skip : List.of(0L, 1_480L, 2_990L)) {
			Map<String, Object> params = new HashMap<>(unset);
			params.put("skip", skip);
			params.put("size", 20);
			assertThat(ids("enterprise/list-all", params)).as("page at " + skip)
				.isEqualTo(ids("enterprise/list", params))
				.hasSize((int) Math.min(20, 3000 - skip));
		}
		assertThat(cypher(catalog.get("enterprise/list-all-count").text(), unset).get(0).get("total").asLong())
			.isEqualTo(cypher(catalog.get("enterprise/list-count").text(), unset).get(0).get("total").asLong())
			.isEqualTo(3000);
		Map<String, Object> first = new HashMap<>(unset);
		first.put("skip", 0L);
		first.put("size", 20);
		try (var session = driver.session()) {
			for (String name : List.of("enterprise/list-all", "enterprise/list-all-count")) {
				String query = catalog.get(name).text();
				session.executeRead(tx -> tx.run(query, first).consume(), bounded); // planned
				ProfiledPlan plan = session.executeRead(tx -> tx.run("PROFILE " + query, first).consume(), bounded)
					.profile();
				StringBuilder tree = new StringBuilder();
				long hits = describe(plan, 0, tree, new ArrayList<>(), name);
				log.info("PROFILE {}: {} db hits\n{}", name, hits, tree);
				assertThat(hits).as(name + " db hits, against 3000 enterprises").isLessThan(300);
				if (name.endsWith("count")) {
					assertThat(tree.toString()).as(name + " plan").contains("NodeCountFromCountStore");
				}
			}
		}
	}

	/**
	 * A listing with its link, cluster or {@code local=true} filter set reads from that side (the link's operators,
	 * those of the cluster's links, the local index) with the other filters as predicates: the same pages (first and
	 * second of 20) and total as the statements that read every enterprise, for fewer db hits.
	 */
	@Test
	void aFilteredListingReadsFromItsMostSelectiveFilter() {
		List<Map<String, Object>> keys = new ArrayList<>();
		for (var r : cypher("MATCH (e:Enterprise) RETURN e.id AS id, e.name AS name")) {
			keys.add(Map.of("id", r.get("id").asString(), "key", NameKeys.of(r.get("name").asString())));
		}
		cypher("UNWIND $keys AS k MATCH (e:Enterprise {id: k.id}) SET e.nameKey = k.key", Map.of("keys", keys));
		cypher("CALL db.awaitIndexes(60)");
		cypher("CALL db.prepareForReplanning(60)");
		record Case(String statement, Map<String, Object> filters) {
		}
		List<Case> cases = List.of(new Case("enterprise/list-in-link", filters(null, null, null, "l5", null)),
				new Case("enterprise/list-in-link", filters(true, null, null, "l5", null)),
				new Case("enterprise/list-in-link", filters(null, "上海", null, "l105", "c1")),
				new Case("enterprise/list-in-link", filters(null, null, null, "l5", "c2")),
				new Case("enterprise/list-in-cluster", filters(null, null, null, null, "c0")),
				new Case("enterprise/list-in-cluster", filters(false, "上海", null, null, "c1")),
				new Case("enterprise/list-in-cluster", filters(null, null, "专精特新", null, "c2")),
				new Case("enterprise/list-local", filters(true, null, null, null, null)),
				new Case("enterprise/list-local", filters(true, "浙江", "专精特新", null, null)));
		TransactionConfig bounded = TransactionConfig.builder().withTimeout(Duration.ofSeconds(90)).build();
		for (Case c : cases) {
			long total = cypher(catalog.get("enterprise/list-count").text(), c.filters()).get(0).get("total").asLong();
			assertThat(cypher(catalog.get(c.statement() + "-count").text(), c.filters()).get(0).get("total").asLong())
				.as(c + " total").isEqualTo(total);
			for (long skip : List.of(0L, 20L)) {
				Map<String, Object> params = new HashMap<>(c.filters());
				params.put("skip", skip);
				params.put("size", 20);
				assertThat(ids(c.statement(), params)).as(c + " page at " + skip)
					.isEqualTo(ids("enterprise/list", params))
					.hasSize((int) Math.max(0, Math.min(20, total - skip)));
			}
			Map<String, Object> first = new HashMap<>(c.filters());
			first.put("skip", 0L);
			first.put("size", 20);
			long fast = hits(c.statement(), first, bounded) + hits(c.statement() + "-count", c.filters(), bounded);
			long every = hits("enterprise/list", first, bounded) + hits("enterprise/list-count", c.filters(), bounded);
			log.info("{} {}: {} db hits, against {} reading every enterprise", c.statement(), c.filters(), fast, every);
			assertThat(fast).as(c + " db hits").isLessThan(every);
		}
		assertThat(cases.stream().filter(c -> cypher(catalog.get(c.statement() + "-count").text(), c.filters()).get(0)
			.get("total").asLong() > 20)).as("cases with a second page").hasSizeGreaterThan(3);
	}

	private static Map<String, Object> filters(Boolean local, String region, String tag, String link, String cluster) {
		Map<String, Object> f = new HashMap<>();
		f.put("local", local);
		f.put("region", region);
		f.put("tag", tag);
		f.put("link", link);
		f.put("cluster", cluster);
		return f;
	}

	private long hits(String name, Map<String, Object> params, TransactionConfig bounded) {
		String query = catalog.get(name).text();
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run(query, params).consume(), bounded); // planned
			ProfiledPlan plan = session.executeRead(tx -> tx.run("PROFILE " + query, params).consume(), bounded)
				.profile();
			return describe(plan, 0, new StringBuilder(), new ArrayList<>(), name);
		}
	}

	private List<String> ids(String name, Map<String, Object> params) {
		return cypher(catalog.get(name).text(), params).stream().map(r -> r.get("id").asString()).toList();
	}

	private static long describe(ProfiledPlan plan, int depth, StringBuilder out, List<String> scans, String name) {
		String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
		out.append("  ".repeat(depth))
			.append(plan.operatorType())
			.append(' ')
			.append(details.length() > 140 ? details.substring(0, 140) + "…" : details)
			.append(" [rows ")
			.append(plan.records())
			.append(", hits ")
			.append(plan.dbHits())
			.append("]\n");
		String op = plan.operatorType();
		// StatefulShortestPath (ANY/SHORTEST over a quantified pattern) enumerated paths without finishing here
		// and a scan of a whole index (seen for SUPPLIES(link) and Enterprise(local) in unlucky plans) reads everything
		if (op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan") || op.startsWith("StatefulShortestPath")
				|| op.contains("IndexScan")) {
			scans.add(name + ": " + op + " " + details);
		}
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += describe(child, depth + 1, out, scans, name);
		}
		return hits;
	}
}
