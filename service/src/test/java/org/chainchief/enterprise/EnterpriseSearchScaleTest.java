package org.chainchief.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search over real names: the 4,654 A-share companies of ChainKnowledgeGraph (full registered Chinese names),
 * optionally repeated {@code -Dchain-chief.search-scale=N} times. Expected values are computed here from the file.
 * Timings are logged, never asserted. Skipped when the shared data folder is absent.
 */
class EnterpriseSearchScaleTest extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseSearchScaleTest.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@org.springframework.beans.factory.annotation.Autowired
	NameKeyBackfill backfill;

	@Test
	void searchAndPinyinListingOverRealCompanyNames() throws IOException {
		Path file = Path.of(System.getProperty("chain-chief.repo-root", ".."), "..", "shared", "data",
				"ChainKnowledgeGraph", "company.json");
		assumeTrue(Files.exists(file), "No shared data at " + file + ": skipped");
		int scale = Integer.getInteger("chain-chief.search-scale", 1);
		List<String> names = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		int i = 0;
		for (int copy = 0; copy < scale; copy++) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode company = JSON.readTree(line);
				String name = company.get("fullname").asString() + (copy == 0 ? "" : "（" + copy + "）");
				Map<String, Object> row = new HashMap<>();
				row.put("id", "C-" + i++);
				row.put("name", name);
				row.put("local", i % 7 == 0);
				names.add(name);
				rows.add(row);
			}
		}
		for (int from = 0; from < rows.size(); from += 5000) {
			cypher("UNWIND $rows AS row CREATE (e:Enterprise) SET e = row",
					Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 5000))));
		}
		// written past the service, as by another tool: the start-up step gives them their pinyin name keys
		assertThat(backfill.fillMissing()).isEqualTo(rows.size());
		log.info("Loaded {} enterprises", rows.size());

		long hydraulic = names.stream().filter(n -> n.contains("液压")).count();
		long electric = names.stream().filter(n -> n.contains("电")).count();
		long localElectric = 0;
		for (int k = 0; k < names.size(); k++) {
			if (names.get(k).contains("电") && (k + 1) % 7 == 0) {
				localElectric++;
			}
		}
		Collator pinyin = Collator.getInstance(Locale.CHINA);
		List<String> sorted = names.stream().sorted(pinyin).toList();
		assertThat(hydraulic).isPositive();

		// Warm up the query plans, then time each request once more.
		for (int round = 0; round < 2; round++) {
			long t0 = System.nanoTime();
			web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").build("液压")).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.total").isEqualTo((int) hydraulic);
			long t1 = System.nanoTime();
			web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").queryParam("size", 200).build("电"))
				.exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.total").isEqualTo((int) electric);
			long t2 = System.nanoTime();
			web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").queryParam("local", true).build("电"))
				.exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.total").isEqualTo((int) localElectric);
			long t3 = System.nanoTime();
			web.get().uri("/api/v1/enterprises?size=20").exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.total").isEqualTo(names.size())
				.jsonPath("$.items[*].name").isEqualTo(sorted.subList(0, 20));
			long t4 = System.nanoTime();
			int last = (names.size() - 1) / 20;
			web.get().uri("/api/v1/enterprises?size=20&page=" + last).exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.items[*].name").isEqualTo(sorted.subList(last * 20, names.size()));
			long t5 = System.nanoTime();
			log.info("Search over {} enterprises (round {}): q=液压 {} ms, q=电 size 200 {} ms, q=电&local {} ms, "
					+ "pinyin list first page {} ms, last page {} ms", names.size(), round, ms(t0, t1), ms(t1, t2),
					ms(t2, t3), ms(t3, t4), ms(t4, t5));
		}
		assertThat(sorted).isSortedAccordingTo(Comparator.nullsLast(pinyin::compare));
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}
}
