package org.chainchief.recruit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recruit rankings on {@code fixtures/gaps/chain.ndjson}. Outside operators of a.gas: O1 (share 0.6, revenue 20亿,
 * listed, 专精特新, supplies L1 and L3), O2 (0.3, revenue 2000万, supplies L3), O7 (no share, head, revenue 100亿,
 * listed, 高新技术企业, no local customer). Default weights: head 3, scale 2, share 4, customers 3, region 2, tags 1.
 */
class RecruitTest extends FixtureTest {

	@BeforeEach
	void fixture() {
		load("gaps/chain.ndjson");
	}

	@Test
	void recruitsForAGapRankedWithTheirFactors() {
		JsonNode recruits = getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits");
		// O1: 2·log10(101) + 4·0.6 + 3·log2(3) + 1·2 = 4.008643 + 2.4 + 4.754888 + 2
		// O7: 3 + 2·log10(501) + 1·2 = 3 + 5.399675 + 2; O2: 2·log10(2) + 4·0.3 + 3·log2(2) = 0.60206 + 1.2 + 3
		assertThat(ids(recruits)).containsExactly("E-O1", "E-O7", "E-O2");
		assertThat(scores(recruits)).containsExactly(13.163531, 10.399675, 4.80206);

		JsonNode o1 = recruits.get(0);
		assertThat(o1.get("name").asString()).isEqualTo("特气一号");
		assertThat(o1.get("region").asString()).isEqualTo("上海市");
		assertThat(o1.get("country").asString()).isEqualTo("CHN");
		assertThat(o1.get("share").asDouble()).isEqualTo(0.6);
		assertThat(o1.get("customers").asLong()).isEqualTo(2);
		JsonNode f = o1.get("factors");
		assertThat(texts(f, "name")).containsExactly("head", "scale", "share", "customers", "region", "tags");
		assertThat(f.get(0).get("raw").asBoolean()).isFalse();
		assertThat(f.get(0).get("contribution").asDouble()).isZero();
		assertThat(f.get(1).get("raw").get("revenue").asDouble()).isEqualTo(200000);
		assertThat(f.get(1).get("raw").get("aboveScale").asBoolean()).isTrue();
		assertThat(f.get(1).get("value").asDouble()).isCloseTo(2.004321, within(1e-6));
		assertThat(f.get(1).get("weight").asDouble()).isEqualTo(2);
		assertThat(f.get(2).get("contribution").asDouble()).isEqualTo(2.4);
		assertThat(f.get(3).get("raw").asLong()).isEqualTo(2);
		assertThat(f.get(3).get("contribution").asDouble()).isEqualTo(4.754888);
		assertThat(f.get(4).get("value").asDouble()).isZero(); // no preferred region given
		assertThat(texts(f.get(5).get("raw"))).containsExactly("专精特新", "上市");
		assertThat(f.get(5).get("value").asDouble()).isEqualTo(2);

		JsonNode o7 = recruits.get(1);
		assertThat(o7.get("share").isNull()).isTrue();
		assertThat(o7.get("factors").get(0).get("contribution").asDouble()).isEqualTo(3);
		assertThat(o7.get("factors").get(2).get("value").asDouble()).isZero();
		assertThat(texts(o7.get("factors").get(5).get("raw"))).containsExactly("高新", "上市");

		// aboveScale without revenue counts as the 2000万 threshold: O5 in a.pack, log10(2)
		JsonNode o5 = getJson("/api/v1/clusters/alpha/gaps/a.pack/recruits").get(0);
		assertThat(o5.get("enterpriseId").asString()).isEqualTo("E-O5");
		assertThat(o5.get("factors").get(1).get("value").asDouble()).isCloseTo(0.30103, within(1e-6));
		assertThat(o5.get("score").asDouble()).isEqualTo(5.60206);
	}

	@Test
	void weightsChangeTheOrder() {
		// head weight 10: O7 = 10 + 5.399675 + 2 overtakes O1
		JsonNode recruits = getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits?wHead=10");
		assertThat(ids(recruits)).containsExactly("E-O7", "E-O1", "E-O2");
		assertThat(recruits.get(0).get("score").asDouble()).isEqualTo(17.399675);
		assertThat(recruits.get(0).get("factors").get(0).get("weight").asDouble()).isEqualTo(10);
	}

	@Test
	void preferredRegionsArePrefixesAndTiesGoByEnterpriseId() {
		String onlyRegion = "wHead=0&wScale=0&wShare=0&wCustomers=0&wTags=0&wRegion=1";
		JsonNode recruits = getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits?regions=广东&" + onlyRegion);
		assertThat(ids(recruits)).containsExactly("E-O2", "E-O1", "E-O7"); // O1 and O7 tie at 0: by id
		assertThat(scores(recruits)).containsExactly(1.0, 0.0, 0.0);
		assertThat(recruits.get(0).get("factors").get(4).get("raw").asString()).isEqualTo("广东省深圳市");

		JsonNode two = getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits?regions=北京,广东&" + onlyRegion);
		assertThat(ids(two)).containsExactly("E-O2", "E-O7", "E-O1");

		// with the default weights, a preferred region adds 2
		JsonNode shanghai = getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits?regions=上海");
		assertThat(shanghai.get(0).get("score").asDouble()).isEqualTo(15.163531);
	}

	@Test
	void limitCutsTheList() {
		assertThat(ids(getJson("/api/v1/clusters/alpha/gaps/a.gas/recruits?limit=1"))).containsExactly("E-O1");
		assertThat(getJson("/api/v1/clusters/alpha/gaps/a.fab/recruits")).isEmpty(); // only locals there
	}

	@Test
	void clusterRecruitmentListRanksEnterprisesFillingMoreGapsFirst() {
		JsonNode list = getJson("/api/v1/clusters/alpha/recruits");
		// gaps (weakBelow 2): gas, wafer, target, pack, equip, service. O2 fills gas and equip; then by score:
		// O1 13.163531, O7 10.399675, O3 (wafer) 2·log10(51) + 4·0.95 + 3 = 10.21514, O5 5.60206, O4 3
		assertThat(ids(list)).containsExactly("E-O2", "E-O1", "E-O7", "E-O3", "E-O5", "E-O4");
		assertThat(scores(list)).containsExactly(4.80206, 13.163531, 10.399675, 10.21514, 5.60206, 3.0);
		JsonNode o2 = list.get(0);
		assertThat(o2.get("gapCount").asInt()).isEqualTo(2);
		assertThat(texts(o2.get("gaps"), "linkId")).containsExactly("a.equip", "a.gas");
		assertThat(texts(o2.get("gaps"), "status")).containsExactly("MISSING", "MISSING");
		assertThat(o2.get("gaps").get(1).get("share").asDouble()).isEqualTo(0.3);
		assertThat(o2.get("gaps").get(0).get("share").isNull()).isTrue();
		assertThat(o2.get("factors").get(2).get("raw").asDouble()).isEqualTo(0.3); // largest known share
		JsonNode o3 = list.get(3);
		assertThat(texts(o3.get("gaps"), "status")).containsExactly("WEAK");

		// only MISSING links are gaps with weakBelow=1
		JsonNode missingOnly = getJson("/api/v1/clusters/alpha/recruits?weakBelow=1");
		assertThat(ids(missingOnly)).containsExactly("E-O2", "E-O1", "E-O7");
		assertThat(ids(getJson("/api/v1/clusters/alpha/recruits?limit=2"))).containsExactly("E-O2", "E-O1");
		// beta has no outside operator
		assertThat(getJson("/api/v1/clusters/beta/recruits")).isEmpty();
	}

	@Test
	void unknownIdsAre404Problems() {
		assertThat(getProblem("/api/v1/clusters/nope/gaps/a.gas/recruits", 404).get("detail").asString())
			.contains("cluster", "nope");
		assertThat(getProblem("/api/v1/clusters/alpha/gaps/nope/recruits", 404).get("detail").asString())
			.contains("link", "nope");
		// a link of another cluster only
		assertThat(getProblem("/api/v1/clusters/alpha/gaps/b.robot/recruits", 404).get("type").asString())
			.isEqualTo("/problems/not-found");
		getProblem("/api/v1/clusters/nope/recruits", 404);
	}

	@Test
	void badParametersAre400ProblemsNamingThem() {
		assertThat(fields(getProblem("/api/v1/clusters/alpha/gaps/a.gas/recruits?limit=0", 400))).containsExactly("limit");
		assertThat(fields(getProblem("/api/v1/clusters/alpha/gaps/a.gas/recruits?limit=201&wHead=-1", 400)))
			.containsExactly("wHead", "limit");
		assertThat(fields(getProblem("/api/v1/clusters/alpha/recruits?weakBelow=0&wTags=1001", 400)))
			.containsExactly("weakBelow", "wTags");
		assertThat(fields(getProblem("/api/v1/clusters/alpha/recruits?wScale=x", 400))).containsExactly("wScale");
	}

	static List<String> ids(JsonNode items) {
		return texts(items, "enterpriseId");
	}

	static List<Double> scores(JsonNode items) {
		List<Double> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get("score").asDouble()));
		return out;
	}

	static List<String> texts(JsonNode items, String field) {
		List<String> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get(field).asString()));
		return out;
	}

	static List<String> texts(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(i -> out.add(i.asString()));
		return out;
	}

	static List<String> fields(JsonNode problem) {
		return texts(problem.get("errors"), "field");
	}
}
