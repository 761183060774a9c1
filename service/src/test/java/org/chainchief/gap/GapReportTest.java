package org.chainchief.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The gap report on {@code fixtures/gaps/chain.ndjson}. Cluster alpha: 8 links; FEEDS gas, wafer, target → fab →
 * pack → device → equip → fab (a cycle), device → b.robot (beta only) → a.service. a.device is in alpha and beta.
 * Expected values are computed by hand from the fixture (see the comments).
 */
class GapReportTest extends FixtureTest {

	private static final double LOG2_6 = 2.584963; // log2(1 + 5)

	@BeforeEach
	void fixture() {
		load("gaps/chain.ndjson");
	}

	@Test
	void everyLinkWithItsFiguresSortedByScore() {
		JsonNode gaps = getJson("/api/v1/clusters/alpha/gaps");
		// gas 20+10+4·log2(6)+5·log2(3); wafer 10+10+4·log2(6)+5; pack 10+10+4·log2(5)+5; equip 20+4·log2(6);
		// target 10+4·log2(6)+5; service 10; fab 4·log2(4) = 8; device 8 (tie: MIDSTREAM before DOWNSTREAM)
		assertThat(ids(gaps)).containsExactly("a.gas", "a.wafer", "a.pack", "a.equip", "a.target", "a.service",
				"a.fab", "a.device");
		assertThat(scores(gaps)).containsExactly(48.264663, 35.33985, 34.287712, 30.33985, 25.33985, 10.0, 8.0, 8.0);

		JsonNode gas = gaps.get(0);
		assertThat(gas.get("name").asString()).isEqualTo("电子特气");
		assertThat(gas.get("stage").asString()).isEqualTo("UPSTREAM");
		assertThat(gas.get("localCount").asLong()).isZero();
		assertThat(gas.get("status").asString()).isEqualTo("MISSING");
		assertThat(gas.get("supplierCount").asLong()).isEqualTo(3); // O1, O2, O7 (O7 without a share)
		assertThat(gas.get("topShare").asDouble()).isEqualTo(0.6);
		assertThat(gas.get("hhi").asDouble()).isEqualTo(0.45); // 0.6² + 0.3²
		assertThat(gas.get("chokepoint").asBoolean()).isTrue();
		assertThat(texts(gas.get("chokepointReasons"))).containsExactly("DECLARED", "CONCENTRATED_HHI");
		assertThat(gas.get("downstreamLinks").asLong()).isEqualTo(4); // fab, pack, device, equip
		assertThat(gas.get("localDemand").asLong()).isEqualTo(5); // L1, L3 (fab), L4 (pack), L5, L6 (device)
		assertThat(gas.get("externalDependency").asLong()).isEqualTo(2); // L3 (from O1, O2), L1 (from O1)
		JsonNode factors = gas.get("factors");
		assertThat(texts(factors, "name")).containsExactly("status", "chokepoint", "localDemand",
				"externalDependency");
		assertFactor(factors.get(0), "MISSING", 2, 10, 20);
		assertThat(factors.get(1).get("raw").asBoolean()).isTrue();
		assertThat(factors.get(1).get("contribution").asDouble()).isEqualTo(10);
		assertThat(factors.get(2).get("raw").asLong()).isEqualTo(5);
		assertThat(factors.get(2).get("value").asDouble()).isCloseTo(LOG2_6, within(1e-6));
		assertThat(factors.get(2).get("weight").asDouble()).isEqualTo(4);
		assertThat(factors.get(2).get("contribution").asDouble()).isCloseTo(10.33985, within(1e-6));
		assertThat(factors.get(3).get("raw").asLong()).isEqualTo(2);
		assertThat(factors.get(3).get("contribution").asDouble()).isCloseTo(7.924813, within(1e-6));

		JsonNode wafer = find(gaps, "a.wafer");
		assertThat(wafer.get("status").asString()).isEqualTo("WEAK");
		assertThat(wafer.get("localCount").asLong()).isEqualTo(1);
		assertThat(wafer.get("topShare").asDouble()).isEqualTo(0.95);
		assertThat(wafer.get("hhi").asDouble()).isEqualTo(0.905); // 0.05² + 0.95²
		assertThat(texts(wafer.get("chokepointReasons"))).containsExactly("MONOPOLY_SHARE", "CONCENTRATED_HHI");
		assertThat(wafer.get("externalDependency").asLong()).isEqualTo(1); // L1 from O3

		// no share known: topShare and hhi are null, and no derived chokepoint
		JsonNode target = find(gaps, "a.target");
		assertThat(target.get("supplierCount").asLong()).isEqualTo(2);
		assertThat(target.get("topShare").isNull()).isTrue();
		assertThat(target.get("hhi").isNull()).isTrue();
		assertThat(target.get("chokepoint").asBoolean()).isFalse();
		assertThat(target.get("chokepointReasons")).isEmpty();
		assertThat(target.get("externalDependency").asLong()).isEqualTo(1); // L1 from O4; L2 → L1 is local

		// derived chokepoint only: hhi 0.2² + 0.5² = 0.29
		JsonNode pack = find(gaps, "a.pack");
		assertThat(pack.get("hhi").asDouble()).isEqualTo(0.29);
		assertThat(texts(pack.get("chokepointReasons"))).containsExactly("CONCENTRATED_HHI");
		assertThat(pack.get("localDemand").asLong()).isEqualTo(4); // device L5 L6, equip -, fab L1 L3 (cycle)

		// a link without any operator
		JsonNode equip = find(gaps, "a.equip");
		assertThat(equip.get("supplierCount").asLong()).isEqualTo(1); // O2
		assertThat(equip.get("topShare").isNull()).isTrue();
		assertThat(equip.get("localDemand").asLong()).isEqualTo(5); // via the cycle back to fab

		// partial shares: only L1's 0.1 known
		JsonNode fab = find(gaps, "a.fab");
		assertThat(fab.get("status").asString()).isEqualTo("STRONG");
		assertThat(fab.get("topShare").asDouble()).isEqualTo(0.1);
		assertThat(fab.get("hhi").asDouble()).isEqualTo(0.01);
		assertThat(fab.get("downstreamLinks").asLong()).isEqualTo(3); // pack, device, equip: not fab itself
		assertThat(fab.get("localDemand").asLong()).isEqualTo(3); // L4, L5, L6
	}

	@Test
	void demandFollowsOnlyTheClustersOwnLinks() {
		// a.service is in alpha but only reached through b.robot, which is not: nothing downstream of device in
		// alpha reaches it; a.service itself has no downstream link.
		JsonNode alpha = getJson("/api/v1/clusters/alpha/gaps");
		assertThat(find(alpha, "a.device").get("downstreamLinks").asLong()).isEqualTo(3); // equip, fab, pack
		assertThat(find(alpha, "a.device").get("localDemand").asLong()).isEqualTo(3); // L1, L3, L4
		assertThat(find(alpha, "a.service").get("localDemand").asLong()).isZero();

		// the same link in beta: its demand is beta's (b.robot: L7)
		JsonNode beta = getJson("/api/v1/clusters/beta/gaps");
		assertThat(ids(beta)).containsExactly("b.robot", "a.device");
		JsonNode device = find(beta, "a.device");
		assertThat(device.get("downstreamLinks").asLong()).isEqualTo(1);
		assertThat(device.get("localDemand").asLong()).isEqualTo(1);
		assertThat(device.get("score").asDouble()).isEqualTo(4.0); // STRONG 0 + 4·log2(2)
		assertThat(find(beta, "b.robot").get("status").asString()).isEqualTo("WEAK");
		assertThat(find(beta, "b.robot").get("localDemand").asLong()).isZero();
	}

	@Test
	void weakBelowMovesTheStatusBoundary() {
		JsonNode three = getJson("/api/v1/clusters/alpha/gaps?weakBelow=3");
		assertThat(find(three, "a.fab").get("status").asString()).isEqualTo("WEAK");
		assertThat(find(three, "a.device").get("status").asString()).isEqualTo("WEAK");
		assertThat(find(three, "a.gas").get("status").asString()).isEqualTo("MISSING");

		JsonNode one = getJson("/api/v1/clusters/alpha/gaps?weakBelow=1");
		assertThat(texts(one, "status")).doesNotContain("WEAK");
		assertThat(find(one, "a.wafer").get("status").asString()).isEqualTo("STRONG");
		assertThat(find(one, "a.equip").get("status").asString()).isEqualTo("MISSING");
	}

	@Test
	void chokepointThresholdsAreParameters() {
		JsonNode strictHhi = getJson("/api/v1/clusters/alpha/gaps?concentratedHhi=0.95");
		assertThat(texts(find(strictHhi, "a.gas").get("chokepointReasons"))).containsExactly("DECLARED");
		assertThat(texts(find(strictHhi, "a.wafer").get("chokepointReasons"))).containsExactly("MONOPOLY_SHARE");
		assertThat(find(strictHhi, "a.pack").get("chokepoint").asBoolean()).isFalse();

		JsonNode looseMonopoly = getJson("/api/v1/clusters/alpha/gaps?monopolyShare=0.5");
		assertThat(texts(find(looseMonopoly, "a.pack").get("chokepointReasons"))).containsExactly("MONOPOLY_SHARE",
				"CONCENTRATED_HHI");
		assertThat(texts(find(looseMonopoly, "a.gas").get("chokepointReasons"))).containsExactly("DECLARED",
				"MONOPOLY_SHARE", "CONCENTRATED_HHI");
		assertThat(find(looseMonopoly, "a.fab").get("chokepoint").asBoolean()).isFalse(); // 0.1
	}

	@Test
	void tiesAreOrderedByStageThenLinkId() {
		JsonNode gaps = getJson("/api/v1/clusters/alpha/gaps?wChokepoint=0&wDemand=0&wExternal=0");
		// MISSING 20: gas (UPSTREAM), equip (DOWNSTREAM); WEAK 10: target, wafer (UPSTREAM, by id), pack
		// (MIDSTREAM), service (DOWNSTREAM); STRONG 0: fab (MIDSTREAM), device (DOWNSTREAM)
		assertThat(ids(gaps)).containsExactly("a.gas", "a.equip", "a.target", "a.wafer", "a.pack", "a.service",
				"a.fab", "a.device");
		assertThat(scores(gaps)).containsExactly(20.0, 20.0, 10.0, 10.0, 10.0, 10.0, 0.0, 0.0);
	}

	@Test
	void weightsChangeTheOrder() {
		// Only external dependency counts: gas 5·log2(3), then wafer, target, pack 5 each (UPSTREAM by id, then
		// MIDSTREAM), then the rest at 0
		JsonNode gaps = getJson("/api/v1/clusters/alpha/gaps?wStatus=0&wChokepoint=0&wDemand=0");
		assertThat(ids(gaps)).containsExactly("a.gas", "a.target", "a.wafer", "a.pack", "a.fab", "a.device",
				"a.equip", "a.service");
		assertThat(gaps.get(0).get("factors").get(0).get("weight").asDouble()).isZero();
	}

	@Test
	void filtersByStatusAndStage() {
		assertThat(ids(getJson("/api/v1/clusters/alpha/gaps?status=MISSING"))).containsExactly("a.gas", "a.equip");
		assertThat(ids(getJson("/api/v1/clusters/alpha/gaps?stage=MIDSTREAM"))).containsExactly("a.pack", "a.fab");
		assertThat(ids(getJson("/api/v1/clusters/alpha/gaps?status=WEAK&stage=UPSTREAM"))).containsExactly("a.wafer",
				"a.target");
		assertThat(ids(getJson("/api/v1/clusters/alpha/gaps?status=MISSING,WEAK&stage=DOWNSTREAM")))
			.containsExactly("a.equip", "a.service");
	}

	@Test
	void clusterReportsCompleteness() {
		// alpha: 6 of 8 links have a local enterprise (not gas, not equip); beta: both
		assertThat(getJson("/api/v1/clusters/alpha").get("completeness").asDouble()).isEqualTo(0.75);
		assertThat(getJson("/api/v1/clusters/beta").get("completeness").asDouble()).isEqualTo(1.0);
		cypher("CREATE (:Cluster {id: 'empty', name: '空'})");
		assertThat(getJson("/api/v1/clusters/empty").get("completeness").isNull()).isTrue();
		assertThat(getJson("/api/v1/clusters/empty/gaps")).isEmpty();
		JsonNode list = getJson("/api/v1/clusters");
		assertThat(texts(list, "completeness")).containsExactly("0.75", "1.0", "null");
	}

	@Test
	void unknownClusterIsA404Problem() {
		JsonNode problem = getProblem("/api/v1/clusters/nope/gaps", 404);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/not-found");
		assertThat(problem.get("detail").asString()).contains("nope");
	}

	@Test
	void parametersOutOfRangeAre400ProblemsNamingThem() {
		assertThat(errorFields(getProblem("/api/v1/clusters/alpha/gaps?weakBelow=0", 400))).containsExactly("weakBelow");
		assertThat(errorFields(getProblem("/api/v1/clusters/alpha/gaps?monopolyShare=1.5&wDemand=-1&concentratedHhi=0", 400)))
			.containsExactly("monopolyShare", "concentratedHhi", "wDemand");
		assertThat(errorFields(getProblem("/api/v1/clusters/alpha/gaps?wStatus=NaN", 400))).containsExactly("wStatus");
		assertThat(errorFields(getProblem("/api/v1/clusters/alpha/gaps?weakBelow=two", 400))).containsExactly("weakBelow");
		assertThat(errorFields(getProblem("/api/v1/clusters/alpha/gaps?status=BROKEN", 400))).containsExactly("status");
		// validation comes first, so even an unknown cluster gets the 400
		getProblem("/api/v1/clusters/nope/gaps?weakBelow=0", 400);
	}

	static void assertFactor(JsonNode factor, String raw, double value, double weight, double contribution) {
		assertThat(factor.get("raw").asString()).isEqualTo(raw);
		assertThat(factor.get("value").asDouble()).isEqualTo(value);
		assertThat(factor.get("weight").asDouble()).isEqualTo(weight);
		assertThat(factor.get("contribution").asDouble()).isEqualTo(contribution);
	}

	static List<String> ids(JsonNode items) {
		return texts(items, "linkId");
	}

	static List<Double> scores(JsonNode items) {
		List<Double> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get("score").asDouble()));
		return out;
	}

	static List<String> texts(JsonNode items, String field) {
		List<String> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get(field).isNull() ? "null" : i.get(field).asString()));
		return out;
	}

	static List<String> texts(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(i -> out.add(i.asString()));
		return out;
	}

	static List<String> errorFields(JsonNode problem) {
		return texts(problem.get("errors"), "field");
	}

	static JsonNode find(JsonNode items, String linkId) {
		for (JsonNode i : items) {
			if (linkId.equals(i.get("linkId").asString())) {
				return i;
			}
		}
		throw new AssertionError("No item " + linkId);
	}
}
