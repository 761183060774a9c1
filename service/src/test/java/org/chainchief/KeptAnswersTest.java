package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainchief.bench.NationalGraph;
import org.chainchief.gap.KeptGapFigures;
import org.chainchief.matching.KeptMatches;
import org.chainchief.whatif.KeptImpacts;
import org.chainchief.whatif.KeptWhatIfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The answers kept at the graph's write version (the clusters' gap figures, their local matches, the enterprises'
 * disruption impacts), and the what-ifs built on the kept gap figures, must be at every moment the answers their
 * statements read from the graph: each asked twice (the second from the one kept) after an import, after each kind
 * of REST edit that changes them, and after a second import.
 */
class KeptAnswersTest extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void keptAnswersFollowEveryWrite() {
		NationalGraph g = new NationalGraph(7, 3, 30, 300, 6, 0.965, 1.0);
		importGraph(g);
		Map<String, Object> e = new LinkedHashMap<>(g.enterprises.stream()
			.filter(x -> !Boolean.TRUE.equals(x.get("local"))).findFirst().orElseThrow());
		String flipped = (String) e.get("id");
		Object deleted = g.operates.get(1).get("enterprise");
		List<String> clusters = g.clusters.stream().map(c -> (String) c.get("id")).toList();
		List<String> impacted = new ArrayList<>(busiestSuppliers(g, 6));
		impacted.addAll(List.of(flipped, (String) deleted, (String) g.enterprises.stream()
			.filter(x -> Boolean.TRUE.equals(x.get("local"))).findFirst().orElseThrow().get("id")));
		KeptImpacts impacts = new KeptImpacts(context, impacted);
		List<String> locals = g.enterprises.stream().filter(x -> Boolean.TRUE.equals(x.get("local")))
			.map(x -> (String) x.get("id")).limit(2).toList();
		List<String> recruit = new ArrayList<>(g.enterprises.stream()
			.filter(x -> !Boolean.TRUE.equals(x.get("local")) && !x.get("id").equals(deleted))
			.map(x -> (String) x.get("id")).limit(3).toList());
		recruit.addAll(List.of(flipped, locals.get(0), "no-such-enterprise"));
		List<String> remove = new ArrayList<>(busiestSuppliers(g, 3));
		remove.removeAll(recruit);
		remove.addAll(List.of((String) deleted, locals.get(1)));
		Map<String, KeptAnswerCheck> checks = Map.of("gap figures", new KeptGapFigures(context, clusters),
				"local matches", new KeptMatches(context, clusters), "impacts", impacts,
				"what-ifs", new KeptWhatIfs(context, clusters, recruit, remove));
		Map<String, Long> keptBefore = checks.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, c -> c.getValue().answered()));
		Map<String, Set<Map<String, Object>>> seen = new LinkedHashMap<>();
		Function<String, Map<String, Map<String, Object>>> compareAll = when -> {
			Map<String, Map<String, Object>> now = new LinkedHashMap<>();
			checks.forEach((name, check) -> {
				Map<String, Object> answers = check.compare(when);
				now.put(name, answers);
				seen.computeIfAbsent(name, k -> new HashSet<>()).add(answers);
			});
			return now;
		};
		Map<String, Map<String, Object>> first = compareAll.apply("after the import");
		impacts.dependOnTheThreshold(first.get("impacts"));
		checks.forEach((name, check) -> assertThat(check.answered()).as("%s answered from those kept", name)
			.isGreaterThan(keptBefore.get(name)));

		// a candidate turned local: the local count of its links changes
		e.remove("kind");
		e.put("local", true);
		web.put().uri("/api/v1/enterprises/{id}", flipped).bodyValue(e).exchange().expectStatus().isOk();
		Map<String, Map<String, Object>> afterFlip = compareAll.apply("after an enterprise turned local");
		assertThat(afterFlip.get("gap figures")).as("the edit changed the figures").isNotEqualTo(first.get("gap figures"));

		// a share set, an enterprise deleted, a supply added, a link taken out of its clusters
		Map<String, Object> o = g.operates.get(0);
		web.put().uri("/api/v1/enterprises/{id}/operates/{l}", o.get("enterprise"), o.get("link"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("share", 0.9)).exchange().expectStatus().is2xxSuccessful();
		compareAll.apply("after a share set");
		web.delete().uri("/api/v1/enterprises/{id}", deleted).exchange().expectStatus().isNoContent();
		compareAll.apply("after an enterprise deleted");
		Map<String, Object> supplier = g.operates.stream()
			.filter(x -> !x.get("enterprise").equals(flipped) && !x.get("enterprise").equals(deleted))
			.findFirst().orElseThrow();
		web.post().uri("/api/v1/supplies").bodyValue(Map.of("supplier", supplier.get("enterprise"), "buyer",
				flipped, "link", supplier.get("link")))
			.exchange().expectStatus().is2xxSuccessful();
		compareAll.apply("after a supply added");
		Map<String, Object> link = new LinkedHashMap<>(g.links.get(0));
		link.keySet().retainAll(List.of("id", "name", "stage"));
		link.put("clusters", List.of());
		web.put().uri("/api/v1/links/{id}", link.get("id")).bodyValue(link).exchange().expectStatus().isOk();
		Map<String, Map<String, Object>> afterLink = compareAll.apply("after a link taken out of its clusters");
		assertThat(afterLink.get("gap figures")).as("the link left its cluster").isNotEqualTo(afterFlip.get("gap figures"));

		importGraph(new NationalGraph(107, 3, 30, 300, 3, 0.965, 1.0));
		compareAll.apply("after a second import");
		seen.forEach((name, answers) -> assertThat(answers).as("%s changed with the writes", name).hasSizeGreaterThan(1));
	}

	/** The enterprises supplying the most buyers, most first. */
	private static List<String> busiestSuppliers(NationalGraph g, int n) {
		Map<String, Long> count = g.supplies.stream()
			.collect(Collectors.groupingBy(s -> (String) s.get("supplier"), Collectors.counting()));
		return count.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.limit(n).map(Map.Entry::getKey).toList();
	}
}
