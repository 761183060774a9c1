package org.chainchief.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.chainchief.IntegrationTest;
import org.chainchief.bench.NationalGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A search whose text is Chinese characters only is ranked and paged by the database ({@code enterprise/search-ranked});
 * every other text reads every candidate and the service orders them ({@code enterprise/search}, the oracle). On
 * generated graphs with names made for every tier (exact, prefix, contains, words only; a Chinese character in an
 * English name; the same name twice), both must give the same pages: the same enterprises in the same order with
 * the same match, and the same total, for texts, filters and pages, after the import and after REST edits.
 */
class EnterpriseSearchDifferentialTest extends IntegrationTest {

	@Autowired
	EnterpriseRepository repository;

	private static final List<String> TEXTS = List.of("晶圆", "晶", "圆光", "半导体", "华中", "科技", "晶圆科技", "光电晶圆",
			"𠀀", "无此名");

	@ParameterizedTest
	@ValueSource(longs = { 1, 2 })
	void chineseTextsRankedByTheDatabaseAsTheServiceRanksThem(long seed) {
		NationalGraph g = new NationalGraph(seed, 3, 60, 1500, 5, 0.965, 1.0);
		importGraph(g);
		String extra = """
				{"kind":"enterprise","id":"X1","name":"晶圆","local":true}
				{"kind":"enterprise","id":"X2","name":"晶圆","local":false}
				{"kind":"enterprise","id":"X3","name":"晶圆科技","nameEn":"Jingyuan Tech","local":false}
				{"kind":"enterprise","id":"X4","name":"Wafer Co","nameEn":"晶圆 Wafer","local":false}
				{"kind":"enterprise","id":"X5","name":"AB晶圆cd","nameEn":"ab 晶圆","local":false}
				{"kind":"enterprise","id":"X6","name":"𠀀晶圆","local":true}
				""";
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(extra.getBytes(StandardCharsets.UTF_8)).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.rejectedCount").isEqualTo(0);
		List<String> clusters = g.clusters.stream().map(c -> (String) c.get("id")).toList();
		int compared = compareAll(g, clusters.get(0), "after the import");

		web.delete().uri("/api/v1/enterprises/{id}", "X2").exchange().expectStatus().isNoContent();
		web.put().uri("/api/v1/enterprises/{id}", "X5")
			.bodyValue(java.util.Map.of("id", "X5", "name", "晶圆AB", "nameEn", "AB", "local", false))
			.exchange().expectStatus().isOk();
		compared += compareAll(g, clusters.get(1), "after REST edits");
		assertThat(compared).as("pages compared").isGreaterThan(100);
	}

	private int compareAll(NationalGraph g, String cluster, String when) {
		int compared = 0;
		long manyPages = 0;
		for (String q : TEXTS) {
			assertThat(EnterpriseRepository.chineseOnly(q)).as("%s is ranked by the database", q).isTrue();
			for (Filter f : filters(g, cluster)) {
				for (int[] page : new int[][] { { 0, 20 }, { 1, 7 }, { 3, 7 }, { 0, 200 }, { 1000, 20 } }) {
					EnterpriseQuery query = new EnterpriseQuery(q, f.local(), f.region(), f.link(), f.tag(), f.cluster(),
							page[0], page[1]);
					EnterprisePage expected = repository.ordered(query).block();
					EnterprisePage actual = repository.search(query).block();
					assertThat(actual).as("%s, %s, page %s, %s", q, f, Arrays.toString(page), when).isEqualTo(expected);
					compared++;
					if (Objects.requireNonNull(expected).total() > 2L * page[1]) {
						manyPages++;
					}
				}
			}
		}
		assertThat(manyPages).as("searches with several pages of matches").isGreaterThan(20);
		return compared;
	}

	private record Filter(Boolean local, String region, String link, String tag, String cluster) {
	}

	private static List<Filter> filters(NationalGraph g, String cluster) {
		List<Filter> all = new ArrayList<>();
		all.add(new Filter(null, null, null, null, null));
		all.add(new Filter(true, null, null, null, null));
		all.add(new Filter(false, "浙江省", null, null, null));
		all.add(new Filter(null, null, g.linksByPopularity[0], null, null));
		all.add(new Filter(null, null, null, "专精特新", null));
		all.add(new Filter(null, null, null, null, cluster));
		return all;
	}
}
