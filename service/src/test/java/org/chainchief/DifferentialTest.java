package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chainchief.bench.NationalGraph;
import org.chainchief.support.CypherCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The fast statements of the analyses (cypher/queries) against the plain ones of before (bench/oracle), on
 * generated graphs (seeded: FEEDS cycles, links shared by clusters, mostly unknown shares, one enterprise in five
 * local), imported through the service, and again after edits through REST and a second import. The answers must
 * be identical: every figure of every link, cluster, orphan, blast link and match. Lists are compared as multisets
 * (the service orders every list itself), doubles to 12 significant digits (the order of a floating-point sum is
 * the database's). The recruit statements return a bounded superset by design: RecruitDifferentialTest compares
 * their ranked answers.
 */
class DifferentialTest extends IntegrationTest {

	@Autowired
	CypherCatalog fast;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void fastStatementsAgreeWithTheOracle(long seed) {
		NationalGraph g = new NationalGraph(seed, 3, 60, 400, 5, 0.965, 1.0);
		importGraph(g);
		compareAll(g, "after the import");

		// edits between reads: REST writes and a second import
		String flip = NationalGraph.enterpriseId(7);
		Map<String, Object> e = new LinkedHashMap<>(g.enterprises.get(7));
		e.remove("kind");
		e.put("local", !Boolean.TRUE.equals(e.get("local")));
		web.put().uri("/api/v1/enterprises/{id}", flip).bodyValue(e).exchange().expectStatus().isOk();
		web.put().uri("/api/v1/enterprises/{id}/operates/{l}", NationalGraph.enterpriseId(11), g.linksByPopularity[0])
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("share", 0.45)).exchange().expectStatus().is2xxSuccessful();
		web.delete().uri("/api/v1/enterprises/{id}", NationalGraph.enterpriseId(13)).exchange().expectStatus().isNoContent();
		web.post().uri("/api/v1/supplies").bodyValue(Map.of("supplier", NationalGraph.enterpriseId(21), "buyer",
				NationalGraph.enterpriseId(22), "link", g.operates.get(42).get("link")))
			.exchange().expectStatus().is2xxSuccessful();
		NationalGraph more = new NationalGraph(seed + 100, 3, 60, 400, 3, 0.965, 1.0);
		importGraph(more); // same ids: locals flip, new operates and supplies on top of the first graph
		compareAll(more, "after REST edits and a second import");
	}

	private void compareAll(NationalGraph g, String when) {
		List<String> suppliers = cypher("""
				MATCH (s:Enterprise)-[r:SUPPLIES]->() WITH s, count(r) AS n ORDER BY n DESC, s.id LIMIT 3
				RETURN s.id AS id""").stream().map(r -> r.get("id").asString()).toList();
		List<String> locals = cypher("MATCH (e:Enterprise {local: true}) RETURN e.id AS id ORDER BY id LIMIT 3")
			.stream().map(r -> r.get("id").asString()).toList();
		for (Map<String, Object> c : g.clusters) {
			String id = (String) c.get("id");
			same("gap/report", Map.of("id", id), when);
			same("mindmap/chain", Map.of("id", id), when);
			same("matching/cluster", Map.of("id", id), when);
			List<String> recruits = List.of(NationalGraph.enterpriseId(1), NationalGraph.enterpriseId(2),
					NationalGraph.enterpriseId(3), "no-such-enterprise");
			same("whatif/scenario", Map.of("id", id, "recruit", recruits, "remove", List.of()), when);
			same("whatif/scenario", Map.of("id", id, "recruit", recruits.subList(0, 2), "remove", suppliers), when);
		}
		same("gap/report", Map.of("id", "no-such-cluster"), when);
		same("mindmap/chain", Map.of("id", "no-such-cluster"), when);
		for (String x : concat(suppliers, locals)) {
			for (int weakBelow : new int[] { 1, 2, 3 }) {
				same("impact/enterprise", Map.of("id", x, "weakBelow", weakBelow), when);
			}
		}
	}

	private void same(String name, Map<String, Object> params, String when) {
		Object expected = normal(cypher(oracle(name), params).stream().map(r -> r.asMap()).toList());
		Object actual = normal(cypher(fast.get(name).text(), params).stream().map(r -> r.asMap()).toList());
		assertThat(actual).as("%s %s %s", name, params, when).isEqualTo(expected);
	}

	private static String oracle(String name) {
		Path root = Path.of(System.getProperty("chain-chief.repo-root", ".."));
		try {
			return CypherCatalog.stripComments(Files.readString(root.resolve("bench/oracle/" + name + ".cypher")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Maps as sorted maps, lists sorted by their text, doubles to 12 significant digits. */
	static Object normal(Object v) {
		if (v instanceof Map<?, ?> m) {
			Map<String, Object> out = new TreeMap<>();
			m.forEach((k, x) -> out.put(String.valueOf(k), normal(x)));
			return out;
		}
		if (v instanceof List<?> l) {
			List<Object> out = new ArrayList<>();
			l.forEach(x -> out.add(normal(x)));
			out.sort(Comparator.comparing(String::valueOf));
			return out;
		}
		if (v instanceof Double d) {
			return new BigDecimal(d).round(new MathContext(12)).doubleValue();
		}
		return v;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}
}
