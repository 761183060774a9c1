package org.chainchief.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * What-if on {@code fixtures/gaps/chain.ndjson}. Alpha before: 8 links; MISSING gas, equip; WEAK wafer (L1),
 * target (L2), pack (L4), service (L8); STRONG fab (L1, L3), device (L5, L6).
 */
class WhatIfTest extends FixtureTest {

	@BeforeEach
	void fixture() {
		load("gaps/chain.ndjson");
	}

	@Test
	void recruitingClosesAGapAndLosingTheOnlySupplierOrphansABuyer() {
		String graphBefore = graphFingerprint();
		JsonNode r = post("/api/v1/clusters/alpha/what-if", "{\"recruit\":[\"E-O1\"],\"remove\":[\"E-O3\"]}", 200);
		assertThat(r.get("clusterId").asString()).isEqualTo("alpha");
		assertThat(r.get("weakBelow").asInt()).isEqualTo(2);
		assertSummary(r.get("before"), 8, 0.75, 2, 4, 2);
		assertSummary(r.get("after"), 8, 0.875, 1, 5, 2); // gas: O1 counts as local
		assertThat(r.get("changed")).hasSize(1);
		JsonNode gas = r.get("changed").get(0);
		assertThat(gas.get("linkId").asString()).isEqualTo("a.gas");
		assertThat(gas.get("from").asString()).isEqualTo("MISSING");
		assertThat(gas.get("to").asString()).isEqualTo("WEAK");
		assertThat(gas.get("localBefore").asLong()).isZero();
		assertThat(gas.get("localAfter").asLong()).isEqualTo(1);
		assertThat(strings(r.get("closed"))).containsExactly("a.gas");
		assertThat(r.get("opened")).isEmpty();
		// O3 was L1's only wafer supplier; L1 keeps its status (O3 was not local)
		assertThat(pairs(r.get("orphaned"))).containsExactly("E-L1/a.wafer");
		assertThat(r.get("orphaned").get(0).get("name").asString()).isEqualTo("中欣晶圆（测试）");
		// nothing written
		assertThat(graphFingerprint()).isEqualTo(graphBefore);
	}

	@Test
	void losingALocalEnterpriseWeakensAndBreaksLinks() {
		JsonNode r = post("/api/v1/clusters/alpha/what-if", "{\"remove\":[\"E-L1\"]}", 200);
		assertSummary(r.get("after"), 8, 0.625, 3, 4, 1);
		assertThat(texts(r.get("changed"), "linkId")).containsExactly("a.fab", "a.wafer");
		assertThat(texts(r.get("changed"), "from")).containsExactly("STRONG", "WEAK");
		assertThat(texts(r.get("changed"), "to")).containsExactly("WEAK", "MISSING");
		assertThat(strings(r.get("opened"))).containsExactly("a.wafer");
		assertThat(r.get("closed")).isEmpty();
		// L4 bought fab only from L1; L1 itself is gone, so it is not an orphan of its own suppliers
		assertThat(pairs(r.get("orphaned"))).containsExactly("E-L4/a.fab");

		JsonNode strongAtOne = post("/api/v1/clusters/alpha/what-if?weakBelow=1", "{\"remove\":[\"E-L1\"]}", 200);
		assertThat(texts(strongAtOne.get("changed"), "linkId")).containsExactly("a.wafer");
		assertThat(strongAtOne.get("changed").get(0).get("from").asString()).isEqualTo("STRONG");
	}

	@Test
	void orphansAreCountedForTheClustersOwnLinks() {
		// O5 is L5's only supplier of a.pack, a link of alpha, not of beta
		assertThat(pairs(post("/api/v1/clusters/alpha/what-if", "{\"remove\":[\"E-O5\"]}", 200).get("orphaned")))
			.containsExactly("E-L5/a.pack");
		JsonNode beta = post("/api/v1/clusters/beta/what-if", "{\"remove\":[\"E-O5\"],\"recruit\":[\"E-O2\"]}", 200);
		assertThat(beta.get("orphaned")).isEmpty();
		assertThat(beta.get("changed")).isEmpty(); // O2 operates in no link of beta
		assertSummary(beta.get("after"), 2, 1.0, 0, 1, 1);
		// an empty scenario changes nothing
		JsonNode empty = post("/api/v1/clusters/alpha/what-if", "{}", 200);
		assertThat(empty.get("before")).isEqualTo(empty.get("after"));
		assertThat(empty.get("orphaned")).isEmpty();
	}

	@Test
	void unknownIdsAndBadRequestsAreProblems() {
		JsonNode unknown = post("/api/v1/clusters/alpha/what-if",
				"{\"recruit\":[\"E-O1\",\"E-O2\",\"nope\"],\"remove\":[\"gone\"]}", 400);
		assertThat(texts(unknown.get("errors"), "field")).containsExactly("recruit[2]", "remove[0]");
		assertThat(unknown.get("errors").get(0).get("reason").asString()).contains("nope");

		JsonNode both = post("/api/v1/clusters/alpha/what-if", "{\"recruit\":[\"E-O1\"],\"remove\":[\"E-L2\",\"E-O1\"]}", 400);
		assertThat(texts(both.get("errors"), "field")).containsExactly("remove[1]");

		JsonNode blank = post("/api/v1/clusters/alpha/what-if", "{\"recruit\":[\" \"]}", 400);
		assertThat(texts(blank.get("errors"), "field")).containsExactly("recruit[0]");

		JsonNode weak = post("/api/v1/clusters/alpha/what-if?weakBelow=0", "{}", 400);
		assertThat(texts(weak.get("errors"), "field")).containsExactly("weakBelow");

		assertThat(post("/api/v1/clusters/nope/what-if", "{\"recruit\":[\"E-O1\"]}", 404).get("type").asString())
			.isEqualTo("/problems/not-found");
	}

	private JsonNode post(String uri, String body, int status) {
		return json(web.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	private String graphFingerprint() {
		return cypher("""
				MATCH (n) WHERE NOT n:__Migration
				OPTIONAL MATCH (n)-[r]->()
				WITH n, collect(type(r) + coalesce(r.link, '') + coalesce(toString(r.share), '')) AS rels
				ORDER BY elementId(n)
				RETURN collect([properties(n), rels]) AS g""").get(0).get("g").toString();
	}

	static void assertSummary(JsonNode s, int links, double completeness, int missing, int weak, int strong) {
		assertThat(s.get("linkCount").asInt()).isEqualTo(links);
		assertThat(s.get("completeness").asDouble()).isEqualTo(completeness);
		assertThat(List.of(s.get("missing").asInt(), s.get("weak").asInt(), s.get("strong").asInt()))
			.containsExactly(missing, weak, strong);
	}

	static List<String> pairs(JsonNode orphans) {
		List<String> out = new ArrayList<>();
		orphans.forEach(o -> out.add(o.get("enterpriseId").asString() + "/" + o.get("linkId").asString()));
		return out;
	}

	static List<String> texts(JsonNode items, String field) {
		List<String> out = new ArrayList<>();
		items.forEach(i -> out.add(i.get(field).asString()));
		return out;
	}

	static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(i -> out.add(i.asString()));
		return out;
	}
}
