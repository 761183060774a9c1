package org.chainchief.enterprise;

import java.util.List;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

class EnterpriseSearchTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	NameKeyBackfill backfill;

	@BeforeEach
	void zone() {
		cypher("""
				CREATE (semi:Cluster {id: 'semi', name: '半导体'}), (fashion:Cluster {id: 'fashion', name: '时尚产业'})
				CREATE (wafer:Link {id: 'semi.wafer', name: '硅片', stage: 'UPSTREAM'}),
				       (device:Link {id: 'semi.device', name: '功率器件', stage: 'MIDSTREAM'}),
				       (leather:Link {id: 'fashion.leather', name: '合成革', stage: 'MIDSTREAM'})
				CREATE (semi)-[:HAS_LINK]->(wafer), (semi)-[:HAS_LINK]->(device), (fashion)-[:HAS_LINK]->(leather)
				CREATE (zx:Enterprise {id: 'zx', name: '中欣晶圆', nameEn: 'Zhongxin Wafer', local: true,
				                       region: '浙江省丽水市', tags: ['专精特新', '规上']}),
				       (jk:Enterprise {id: 'jk', name: '晶圆科技', nameEn: 'Wafer Tech', local: false, region: '江苏省无锡市'}),
				       (jy:Enterprise {id: 'jy', name: '晶圆', local: false, region: '上海市'}),
				       (wr:Enterprise {id: 'wr', name: '旺荣半导体', nameEn: 'Wangrong Semiconductor', local: true,
				                       region: '浙江省丽水市'}),
				       (gx:Enterprise {id: 'gx', name: '广芯微', nameEn: 'Guangxin Micro', local: true, region: '浙江省丽水市'}),
				       (wg:Enterprise {id: 'wg', name: '威固电子', local: true, region: '浙江省杭州市', tags: ['专精特新']}),
				       (zs:Enterprise {id: 'zs', name: '志晟新材料', local: true}),
				       (zf:Enterprise {id: 'zf', name: '正帆科技', nameEn: 'Zhengfan Technology', local: false,
				                       region: '上海市', tags: ['上市']}),
				       (lj:Enterprise {id: 'lj', name: '隆基绿能', local: false, region: '陕西省西安市'})
				CREATE (zx)-[:OPERATES_IN]->(wafer), (jk)-[:OPERATES_IN]->(wafer), (wr)-[:OPERATES_IN]->(device),
				       (wg)-[:OPERATES_IN]->(leather)
				""");
		// written past the service: the start-up step gives them their pinyin name keys
		backfill.fillMissing();
	}

	private BodyContentSpec search(String query) {
		return web.get().uri("/api/v1/enterprises" + query).exchange().expectStatus().isOk().expectBody();
	}

	@Test
	void chinesePartialNameRanksExactThenPrefixThenContains() {
		search("?q=晶圆")
			.jsonPath("$.items[*].id").isEqualTo(List.of("jy", "jk", "zx"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("EXACT", "PREFIX", "CONTAINS"))
			.jsonPath("$.total").isEqualTo(3)
			.jsonPath("$.page").isEqualTo(0)
			.jsonPath("$.size").isEqualTo(20)
			.jsonPath("$.items[2].name").isEqualTo("中欣晶圆")
			.jsonPath("$.items[2].links").isEqualTo(List.of("semi.wafer"))
			.jsonPath("$.items[2].tags").isEqualTo(List.of("专精特新", "规上"));
		search("?q=半导").jsonPath("$.items[*].id").isEqualTo(List.of("wr")).jsonPath("$.total").isEqualTo(1);
		search("?q=欣晶").jsonPath("$.items[*].id").isEqualTo(List.of("zx"));
	}

	@Test
	void pinyinInitialsFindChineseNames() {
		search("?q=zxjy").jsonPath("$.items[*].id").isEqualTo(List.of("zx")).jsonPath("$.items[0].match").isEqualTo("INITIALS");
		search("?q=ZFKJ").jsonPath("$.items[*].id").isEqualTo(List.of("zf"));
		// Anywhere in the name: 晶圆 (jy), 晶圆科技 (jykj) and 中欣晶圆 (zxjy), in pinyin order; filters apply.
		search("?q=jy").jsonPath("$.items[*].id").isEqualTo(List.of("jy", "jk", "zx"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("INITIALS", "INITIALS", "INITIALS"));
		search("?q=jy&local=true").jsonPath("$.items[*].id").isEqualTo(List.of("zx"));
		// A substring of an English name ranks above initials: "wr" is in neither, but spells 旺荣半导体's initials.
		search("?q=wrbdt").jsonPath("$.items[*].id").isEqualTo(List.of("wr"));
		search("?q=qqqq").jsonPath("$.items").isEmpty();
	}

	@Test
	void singleCharacterFindsEveryNameContainingIt() {
		// 晶圆 and 晶圆科技 both start with 晶 (PREFIX; the shorter one first in pinyin order), 中欣晶圆 contains it.
		search("?q=晶")
			.jsonPath("$.items[*].id").isEqualTo(List.of("jy", "jk", "zx"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("PREFIX", "PREFIX", "CONTAINS"))
			.jsonPath("$.total").isEqualTo(3);
		search("?q=科").jsonPath("$.items[*].id").isEqualTo(List.of("jk", "zf"));
		search("?q=鑫").jsonPath("$.items").isEmpty().jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void englishNamesMatchCaseInsensitivelyAndByWords() {
		search("?q=wafer")
			.jsonPath("$.items[*].id").isEqualTo(List.of("jk", "zx"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("PREFIX", "CONTAINS"));
		search("?q=WAFER").jsonPath("$.items[*].id").isEqualTo(List.of("jk", "zx"));
		search("?q=zhongxin wafer").jsonPath("$.items[0].id").isEqualTo("zx").jsonPath("$.items[0].match")
			.isEqualTo("EXACT");
		search("?q=micro").jsonPath("$.items[*].id").isEqualTo(List.of("gx"));
		// Both words, not as one substring: only the full-text index finds them; two matching words rank first.
		search("?q=wafer zhongxin")
			.jsonPath("$.items[*].id").isEqualTo(List.of("zx", "jk"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("WORDS", "WORDS"));
		search("?q=Semi").jsonPath("$.items[*].id").isEqualTo(List.of("wr"));
	}

	@Test
	void luceneSyntaxInTheQueryIsTakenLiterally() {
		web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").build("晶圆 (")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.total").isEqualTo(3);
		for (String q : List.of("\"", "*", "?", "AND", "OR NOT", "the", "a:b", "\\", "[x TO y]", "~1", "!")) {
			web.get()
				.uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").build(q))
				.exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.total").isEqualTo(0);
		}
		// Not a NOT: the escaped minus is punctuation, which the analyzer drops, so the words still match.
		web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").build("-晶圆")).exchange()
			.expectBody()
			.jsonPath("$.items[*].id").isEqualTo(List.of("jy", "jk", "zx"))
			.jsonPath("$.items[*].match").isEqualTo(List.of("WORDS", "WORDS", "WORDS"));
	}

	@Test
	void withoutTextEnterprisesAreListedInPinyinOrderAndPaged() {
		// guang 广芯微, jing 晶圆, jing 晶圆科技, long 隆基绿能, wang 旺荣半导体, wei 威固电子, zheng 正帆科技,
		// zhi 志晟新材料, zhong 中欣晶圆
		search("?size=4")
			.jsonPath("$.items[*].name").isEqualTo(List.of("广芯微", "晶圆", "晶圆科技", "隆基绿能"))
			.jsonPath("$.items[0].match").isEmpty()
			.jsonPath("$.total").isEqualTo(9)
			.jsonPath("$.size").isEqualTo(4);
		search("?size=4&page=1")
			.jsonPath("$.items[*].name").isEqualTo(List.of("旺荣半导体", "威固电子", "正帆科技", "志晟新材料"))
			.jsonPath("$.page").isEqualTo(1)
			.jsonPath("$.total").isEqualTo(9);
		search("?size=4&page=2").jsonPath("$.items[*].name").isEqualTo(List.of("中欣晶圆")).jsonPath("$.total")
			.isEqualTo(9);
		search("?size=4&page=7").jsonPath("$.items").isEmpty().jsonPath("$.total").isEqualTo(9);
		search("?q=晶&size=2&page=1").jsonPath("$.items[*].id").isEqualTo(List.of("zx")).jsonPath("$.total")
			.isEqualTo(3);
		web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "{q}").build("  ")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.total").isEqualTo(9);
	}

	@Test
	void filtersCombine() {
		search("?local=true").jsonPath("$.items[*].id").isEqualTo(List.of("gx", "wr", "wg", "zs", "zx"));
		search("?local=false").jsonPath("$.total").isEqualTo(4);
		search("?region=浙江省").jsonPath("$.items[*].id").isEqualTo(List.of("gx", "wr", "wg", "zx"));
		search("?region=浙江省丽水市").jsonPath("$.items[*].id").isEqualTo(List.of("gx", "wr", "zx"));
		search("?region=丽水").jsonPath("$.total").isEqualTo(0);
		search("?link=semi.wafer").jsonPath("$.items[*].id").isEqualTo(List.of("jk", "zx"));
		search("?cluster=semi").jsonPath("$.items[*].id").isEqualTo(List.of("jk", "wr", "zx"));
		search("?cluster=fashion").jsonPath("$.items[*].id").isEqualTo(List.of("wg"));
		search("?tag=专精特新").jsonPath("$.items[*].id").isEqualTo(List.of("wg", "zx"));
		search("?q=晶圆&local=true").jsonPath("$.items[*].id").isEqualTo(List.of("zx")).jsonPath("$.total").isEqualTo(1);
		search("?q=晶圆&link=semi.wafer&region=江苏").jsonPath("$.items[*].id").isEqualTo(List.of("jk"));
		search("?cluster=semi&local=true&tag=专精特新").jsonPath("$.items[*].id").isEqualTo(List.of("zx"));
		search("?cluster=nope").jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() {
		for (String query : List.of("?size=0", "?size=201", "?size=x")) {
			web.get().uri("/api/v1/enterprises" + query).exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.type").isEqualTo("/problems/invalid-request")
				.jsonPath("$.status").isEqualTo(400)
				.jsonPath("$.errors[0].field").isEqualTo("size");
		}
		web.get().uri("/api/v1/enterprises?page=-1").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
		web.get().uri("/api/v1/enterprises?local=maybe").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("local");
		web.get().uri(u -> u.path("/api/v1/enterprises").queryParam("q", "x".repeat(101)).build()).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
		search("?size=200").jsonPath("$.size").isEqualTo(200);
	}
}
