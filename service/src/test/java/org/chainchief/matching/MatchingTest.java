package org.chainchief.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Local matching on {@code fixtures/gaps/chain.ndjson}. Local operators in alpha: wafer L1, target L2, fab L1 L3,
 * pack L4, device L5 L6, service L8. Trades already there: L2 → L1 (target), L1 → L4 (fab); O5 → L5 (pack, outside).
 */
class MatchingTest extends FixtureTest {

	@BeforeEach
	void fixture() {
		load("gaps/chain.ndjson");
	}

	@Test
	void pairsThatCouldTradeRankedByOutsidePurchases() {
		JsonNode matches = getJson("/api/v1/clusters/alpha/matches");
		// pack → device: L4 with L5 (who buys pack from outside O5) and L6; fab → pack: L3 with L4 (L1 already
		// sells); target → fab: L2 with L3 (L1 already buys from L2); wafer → fab: L1 with L3 (not with itself)
		assertThat(triples(matches)).containsExactly("E-L4>E-L5:a.pack", "E-L3>E-L4:a.fab", "E-L4>E-L6:a.pack",
				"E-L2>E-L3:a.target", "E-L1>E-L3:a.wafer");
		JsonNode first = matches.get(0);
		assertThat(first.get("outsideSuppliers").asLong()).isEqualTo(1);
		assertThat(first.get("currentSuppliers").asLong()).isEqualTo(1);
		assertThat(first.get("supplierName").asString()).isEqualTo("本地封装");
		assertThat(first.get("buyerName").asString()).isEqualTo("本地器件甲");
		assertThat(first.get("linkName").asString()).isEqualTo("封装测试");
		assertThat(first.get("buyerLinks").get(0).asString()).isEqualTo("a.device");
		JsonNode fab = matches.get(1);
		assertThat(fab.get("outsideSuppliers").asLong()).isZero();
		assertThat(fab.get("currentSuppliers").asLong()).isEqualTo(1); // L4 buys fab from L1

		assertThat(triples(getJson("/api/v1/clusters/alpha/matches?limit=2"))).containsExactly("E-L4>E-L5:a.pack",
				"E-L3>E-L4:a.fab");
	}

	@Test
	void onlyTheClustersOwnFeeds() {
		// device → robot is a FEEDS between links of beta only
		assertThat(triples(getJson("/api/v1/clusters/beta/matches"))).containsExactly("E-L5>E-L7:a.device",
				"E-L6>E-L7:a.device");
	}

	@Test
	void unknownClusterAndBadLimit() {
		getProblem("/api/v1/clusters/nope/matches", 404);
		assertThat(getProblem("/api/v1/clusters/alpha/matches?limit=0", 400).get("errors").get(0).get("field").asString())
			.isEqualTo("limit");
	}

	static List<String> triples(JsonNode matches) {
		List<String> out = new ArrayList<>();
		matches.forEach(m -> out.add(m.get("supplierId").asString() + ">" + m.get("buyerId").asString() + ":"
				+ m.get("linkId").asString()));
		return out;
	}
}
