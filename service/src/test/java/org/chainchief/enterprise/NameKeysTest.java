package org.chainchief.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.chainchief.IntegrationTest;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.NameKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listing ordered and paged by the database on the stored pinyin name keys gives what the former way gave: the
 * oracle is that way itself, the statement that returns every enterprise passing the filters
 * ({@code enterprise/candidates}) sorted here with {@link Collator} for {@link Locale#CHINA}, then by id. On generated
 * names (common and rare characters, traditional forms, Latin, digits, full-width forms, duplicates), with filters
 * (local, region, tag, link and cluster, alone and together: each listing statement of {@link Listings}),
 * across pages, after edits through the API and the import, and after the start-up step filled in or recomputed keys.
 */
class NameKeysTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private static final String[] PARTS = { "中", "欣", "晶", "圆", "长", "重", "行", "银", "乐", "曾", "單", "龍", "䶮", "𠀋", "厦",
			"门", "a", "B", "z", "Z", "1", "9", "０", "Ａ", " ", "-", "（", "）", "·", "科技", "有限公司", "股份", "集团", "电子" };

	@Autowired
	CypherCatalog catalog;

	@Autowired
	NameKeyBackfill backfill;

	@Test
	void theListingIsTheCollatorsOrderAcrossFiltersPagesAndEdits() {
		List<String> names = names(new Random(20261202), 300);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			lines.add(enterprise("N-" + i, names.get(i), i % 3 == 0, i % 4 == 0 ? "浙江省丽水市" : "上海市",
					i % 5 == 0 ? "专精特新" : null));
		}
		// two clusters sharing link b; every enterprise operates in one or two links
		lines.add("{\"kind\":\"cluster\",\"id\":\"K1\",\"name\":\"一链\"}");
		lines.add("{\"kind\":\"cluster\",\"id\":\"K2\",\"name\":\"二链\"}");
		lines.add("{\"kind\":\"link\",\"id\":\"a\",\"name\":\"甲\",\"stage\":\"UPSTREAM\",\"clusters\":[\"K1\"]}");
		lines.add("{\"kind\":\"link\",\"id\":\"b\",\"name\":\"乙\",\"stage\":\"MIDSTREAM\",\"clusters\":[\"K1\",\"K2\"]}");
		lines.add("{\"kind\":\"link\",\"id\":\"c\",\"name\":\"丙\",\"stage\":\"DOWNSTREAM\",\"clusters\":[\"K2\"]}");
		for (int i = 0; i < names.size(); i++) {
			lines.add("{\"kind\":\"operates\",\"enterprise\":\"N-" + i + "\",\"link\":\"" + "abc".charAt(i % 3) + "\"}");
			if (i % 4 == 1) {
				lines.add("{\"kind\":\"operates\",\"enterprise\":\"N-" + i + "\",\"link\":\"" + "abc".charAt((i + 1) % 3) + "\"}");
			}
		}
		importLines(lines);
		assertListingsMatchTheOracle();

		// an edit through the API and one through the import move enterprises in the order
		web.put().uri("/api/v1/enterprises/N-7").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "N-7", "name", "阿里巴巴", "local", true))
			.exchange().expectStatus().isOk();
		importLines(List.of(enterprise("N-8", "左岸", false, "上海市", null), enterprise("N-new", "曾家", true, null, null)));
		web.delete().uri("/api/v1/enterprises/N-9").exchange().expectStatus().is2xxSuccessful();
		assertListingsMatchTheOracle();
		assertThat(cypher("MATCH (e:Enterprise) RETURN e.name AS name, e.nameKey AS key").stream()
			.filter(r -> r.get("key").isNull() || !r.get("key").asString().equals(NameKeys.of(r.get("name").asString()))))
			.as("every stored key is the key of the name").isEmpty();
	}

	@Test
	void theStartUpFillsInMissingKeysAndComputesThemAllAgainWhenTheRulesChanged() {
		List<String> names = names(new Random(7), 60);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			lines.add(enterprise("K-" + i, names.get(i), true, null, null));
		}
		importLines(lines);
		backfill.run();
		// written before keys existed: none; with the current rules recorded only those are filled in
		cypher("MATCH (e:Enterprise) WHERE toInteger(substring(e.id, 2)) % 2 = 0 REMOVE e.nameKey");
		cypher("MATCH (e:Enterprise {id: 'K-1'}) SET e.nameKey = 'ff'");
		assertThat(backfill.fillMissing()).isEqualTo(30);
		assertThat(key("K-1")).as("a key is not recomputed while the rules are the same").isEqualTo("ff");

		// keys made with other rules (another JDK): every key is computed again
		cypher("MATCH (m:__NameKeys) SET m.rules = 'other'");
		backfill.run();
		assertThat(key("K-1")).isEqualTo(NameKeys.of(cypher("MATCH (e:Enterprise {id: 'K-1'}) RETURN e.name AS n")
			.get(0).get("n").asString()));
		assertThat(cypher("MATCH (m:__NameKeys) RETURN m.rules AS r").get(0).get("r").asString())
			.isEqualTo(NameKeys.rules());
		assertListingsMatchTheOracle();
	}

	@Test
	void aRenameIsAuditedAsANameChangeOnly() {
		importLines(List.of(enterprise("A-1", "甲", true, null, null)));
		web.put().uri("/api/v1/enterprises/A-1").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "A-1", "name", "乙", "local", true))
			.exchange().expectStatus().isOk();
		var entry = cypher("MATCH (a:AuditEntry {kind: 'enterprise', target: 'A-1', action: 'UPDATE'}) RETURN a.fields AS fields, "
				+ "a.before AS before");
		assertThat(entry).hasSize(1);
		assertThat(entry.get(0).get("fields").asList(Value::asString)).containsExactly("name");
		assertThat(entry.get(0).get("before").asString()).doesNotContain("nameKey");
	}

	/** Every filter combination of the oracle, each page of size 7 and one page of 200. */
	private void assertListingsMatchTheOracle() {
		List<Map<String, Object>> filters = List.of(filter(null, null, null), filter(true, null, null),
				filter(false, "浙江", null), filter(null, null, "专精特新"), filter(true, "上海", "专精特新"),
				filter(null, null, null, "b", null), filter(true, null, null, "a", null), filter(null, "上海", null, "b", "K2"),
				filter(null, null, null, "a", "K2"), filter(null, null, null, null, "K1"),
				filter(false, null, "专精特新", null, "K2"), filter(true, "浙江", null, null, "K1"));
		for (Map<String, Object> filter : filters) {
			List<String> expected = oracle(filter);
			List<String> listed = new ArrayList<>();
			long total = -1;
			for (int page = 0; page * 7 < Math.max(1, expected.size()) + 7; page++) {
				JsonNode answer = list(filter, page, 7);
				total = answer.get("total").asLong();
				answer.get("items").forEach(item -> listed.add(item.get("id").asString()));
			}
			assertThat(listed).as("pages of 7 with " + filter).containsExactlyElementsOf(expected);
			assertThat(total).isEqualTo(expected.size());
			List<String> big = new ArrayList<>();
			list(filter, 0, 200).get("items").forEach(item -> big.add(item.get("id").asString()));
			assertThat(big).containsExactlyElementsOf(expected.subList(0, Math.min(200, expected.size())));
		}
	}

	/** The former way: every candidate of the filters, sorted by the collator's key of the name, then by id. */
	private List<String> oracle(Map<String, Object> filter) {
		Map<String, Object> params = new HashMap<>(filter);
		Collator collator = Collator.getInstance(Locale.CHINA);
		record Row(String id, CollationKey name) {
		}
		List<Row> rows = new ArrayList<>();
		for (Value v : cypher(catalog.get("enterprise/candidates").text(), params).get(0).get("candidates")
			.asList(v -> v)) {
			rows.add(new Row(v.get("id").asString(), collator.getCollationKey(v.get("name").asString(""))));
		}
		rows.sort(Comparator.comparing(Row::name).thenComparing(Row::id));
		return rows.stream().map(Row::id).toList();
	}

	private JsonNode list(Map<String, Object> filter, int page, int size) {
		byte[] body = web.get().uri(u -> {
			var b = u.path("/api/v1/enterprises").queryParam("page", page).queryParam("size", size);
			filter.forEach((k, v) -> {
				if (v != null) {
					b.queryParam(k, "{" + k + "}");
				}
			});
			Map<String, Object> values = new HashMap<>();
			filter.forEach((k, v) -> {
				if (v != null) {
					values.put(k, v);
				}
			});
			return b.build(values);
		}).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return JSON.readTree(new String(body, StandardCharsets.UTF_8));
	}

	private static Map<String, Object> filter(Boolean local, String region, String tag) {
		return filter(local, region, tag, null, null);
	}

	private static Map<String, Object> filter(Boolean local, String region, String tag, String link, String cluster) {
		Map<String, Object> f = new HashMap<>();
		f.put("local", local);
		f.put("region", region);
		f.put("tag", tag);
		f.put("link", link);
		f.put("cluster", cluster);
		return f;
	}

	private String key(String id) {
		return cypher("MATCH (e:Enterprise {id: $id}) RETURN e.nameKey AS k", Map.of("id", id)).get(0).get("k").asString();
	}

	/** Generated names of one to five parts; every tenth repeats an earlier one. */
	private static List<String> names(Random random, int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (i % 10 == 9) {
				names.add(names.get(random.nextInt(i)));
				continue;
			}
			StringBuilder name = new StringBuilder();
			int parts = 1 + random.nextInt(5);
			for (int p = 0; p < parts; p++) {
				name.append(PARTS[random.nextInt(PARTS.length)]);
			}
			String s = name.toString().strip();
			names.add(s.isEmpty() ? "空" : s);
		}
		return names;
	}

	private static String enterprise(String id, String name, boolean local, String region, String tag) {
		Map<String, Object> e = new HashMap<>();
		e.put("kind", "enterprise");
		e.put("id", id);
		e.put("name", name);
		e.put("local", local);
		if (region != null) {
			e.put("region", region);
		}
		if (tag != null) {
			e.put("tags", List.of(tag));
		}
		return JSON.writeValueAsString(e);
	}

	private void importLines(List<String> lines) {
		web.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(String.join("\n", lines) + "\n")
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.rejectedCount").isEqualTo(0);
	}
}
