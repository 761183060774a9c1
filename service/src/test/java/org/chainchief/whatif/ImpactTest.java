package org.chainchief.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainchief.whatif.WhatIfTest.assertSummary;
import static org.chainchief.whatif.WhatIfTest.pairs;
import static org.chainchief.whatif.WhatIfTest.strings;
import static org.chainchief.whatif.WhatIfTest.texts;

import java.util.ArrayList;
import java.util.List;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Disruption impact on {@code fixtures/gaps/chain.ndjson}. FEEDS: wafer → fab → pack → device → equip → fab (cycle),
 * device → b.robot → a.service.
 */
class ImpactTest extends FixtureTest {

	@BeforeEach
	void fixture() {
		load("gaps/chain.ndjson");
	}

	@Test
	void aLocalSoleSupplierWeakensLinksOrphansABuyerAndReachesDownstream() {
		JsonNode r = getJson("/api/v1/enterprises/E-L1/impact");
		assertThat(r.get("enterpriseId").asString()).isEqualTo("E-L1");
		assertThat(r.get("local").asBoolean()).isTrue();
		assertThat(pairs(r.get("orphaned"))).containsExactly("E-L4/a.fab");

		assertThat(texts(r.get("clusters"), "clusterId")).containsExactly("alpha");
		JsonNode alpha = r.get("clusters").get(0);
		assertSummary(alpha.get("before"), 8, 0.75, 2, 4, 2);
		assertSummary(alpha.get("after"), 8, 0.625, 3, 4, 1);
		assertThat(texts(alpha.get("changed"), "linkId")).containsExactly("a.fab", "a.wafer");
		assertThat(texts(alpha.get("changed"), "to")).containsExactly("WEAK", "MISSING");

		assertThat(texts(r.get("sources"), "linkId")).containsExactly("a.fab", "a.wafer");
		assertThat(strings(r.get("sources").get(0).get("reasons"))).containsExactly("STATUS_CHANGE", "ORPHANS");
		assertThat(strings(r.get("sources").get(1).get("reasons"))).containsExactly("STATUS_CHANGE");

		JsonNode blast = r.get("blastRadius");
		assertThat(reached(blast)).containsExactly("a.fab@0", "a.wafer@0", "a.pack@1", "a.device@2", "a.equip@3",
				"b.robot@3", "a.service@4");
		assertThat(strings(find(blast, "a.device").get("clusters"))).containsExactly("alpha", "beta");
		assertThat(strings(find(blast, "b.robot").get("clusters"))).containsExactly("beta");
		// local enterprises other than L1 operating there
		assertThat(longs(blast, "exposedLocal")).containsExactly(1L, 0L, 1L, 2L, 0L, 1L, 1L);
	}

	@Test
	void anOutsideSoleSupplierOrphansWithoutChangingStatuses() {
		JsonNode r = getJson("/api/v1/enterprises/E-O3/impact");
		assertThat(r.get("local").asBoolean()).isFalse();
		assertThat(pairs(r.get("orphaned"))).containsExactly("E-L1/a.wafer");
		JsonNode alpha = r.get("clusters").get(0);
		assertThat(alpha.get("changed")).isEmpty();
		assertThat(alpha.get("before")).isEqualTo(alpha.get("after"));
		assertThat(texts(r.get("sources"), "linkId")).containsExactly("a.wafer");
		assertThat(strings(r.get("sources").get(0).get("reasons"))).containsExactly("ORPHANS");
		assertThat(reached(r.get("blastRadius"))).containsExactly("a.wafer@0", "a.fab@1", "a.pack@2", "a.device@3",
				"a.equip@4", "b.robot@4", "a.service@5");
		assertThat(find(r.get("blastRadius"), "a.wafer").get("exposedLocal").asLong()).isEqualTo(1);

		// O1 supplies gas to L3 (who also buys from O2) and to L1 (only from O1)
		assertThat(pairs(getJson("/api/v1/enterprises/E-O1/impact").get("orphaned"))).containsExactly("E-L1/a.gas");
	}

	@Test
	void aLinkSharedByTwoClustersChangesInBoth() {
		// device has L5 and L6: without L5 it drops to 1 < weakBelow 2
		JsonNode r = getJson("/api/v1/enterprises/E-L5/impact");
		assertThat(r.get("orphaned")).isEmpty();
		assertThat(texts(r.get("clusters"), "clusterId")).containsExactly("alpha", "beta");
		for (JsonNode c : r.get("clusters")) {
			assertThat(texts(c.get("changed"), "linkId")).containsExactly("a.device");
			assertThat(texts(c.get("changed"), "from")).containsExactly("STRONG");
			assertThat(texts(c.get("changed"), "to")).containsExactly("WEAK");
		}
		assertSummary(r.get("clusters").get(1).get("after"), 2, 1.0, 0, 2, 0);
		// the cycle device → equip → fab → pack: each reached once, at its shortest distance
		assertThat(reached(r.get("blastRadius"))).containsExactly("a.device@0", "a.equip@1", "b.robot@1", "a.fab@2",
				"a.service@2", "a.pack@3");

		// with weakBelow 3 device is WEAK with 2 and with 1: no change, no source, no blast radius
		JsonNode three = getJson("/api/v1/enterprises/E-L5/impact?weakBelow=3");
		assertThat(three.get("weakBelow").asInt()).isEqualTo(3);
		assertThat(three.get("clusters").get(0).get("changed")).isEmpty();
		assertThat(three.get("sources")).isEmpty();
		assertThat(three.get("blastRadius")).isEmpty();
	}

	@Test
	void anEnterpriseNobodyDependsOnHasNoBlastRadius() {
		JsonNode r = getJson("/api/v1/enterprises/E-O7/impact");
		assertThat(r.get("orphaned")).isEmpty();
		assertThat(texts(r.get("clusters"), "clusterId")).containsExactly("alpha");
		assertThat(r.get("sources")).isEmpty();
		assertThat(r.get("blastRadius")).isEmpty();
	}

	@Test
	void unknownEnterpriseIs404AndBadWeakBelowIs400() {
		assertThat(getProblem("/api/v1/enterprises/nope/impact", 404).get("detail").asString()).contains("enterprise",
				"nope");
		assertThat(texts(getProblem("/api/v1/enterprises/E-L1/impact?weakBelow=0", 400).get("errors"), "field"))
			.containsExactly("weakBelow");
	}

	static List<String> reached(JsonNode blast) {
		List<String> out = new ArrayList<>();
		blast.forEach(b -> out.add(b.get("linkId").asString() + "@" + b.get("distance").asLong()));
		return out;
	}

	static List<Long> longs(JsonNode items, String field) {
		List<Long> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get(field).asLong()));
		return out;
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
