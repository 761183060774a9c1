package org.chainchief.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.chainchief.bench.NationalGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The clusters' gap figures kept at the graph's write version must be, at every moment, the figures the statement
 * reads from the graph: asked twice (the second from those kept) after an import, after each kind of REST edit that
 * changes them, and after a second import.
 */
class GapFiguresKeptTest extends IntegrationTest {

	@Autowired
	GapRepository repository;

	@Test
	void keptFiguresFollowEveryWrite() {
		NationalGraph g = new NationalGraph(7, 3, 30, 300, 6, 0.965, 1.0);
		importGraph(g);
		long kept = repository.answered();
		Map<String, List<LinkFigures>> first = compareAll(g, "after the import");
		assertThat(repository.answered()).as("figures answered from those kept").isGreaterThan(kept);

		// a candidate turned local: the local count of its links changes
		Map<String, Object> e = new LinkedHashMap<>(g.enterprises.stream()
			.filter(x -> !Boolean.TRUE.equals(x.get("local"))).findFirst().orElseThrow());
		String flipped = (String) e.get("id");
		e.remove("kind");
		e.put("local", true);
		web.put().uri("/api/v1/enterprises/{id}", flipped).bodyValue(e).exchange().expectStatus().isOk();
		Map<String, List<LinkFigures>> afterFlip = compareAll(g, "after an enterprise turned local");
		assertThat(afterFlip).as("the edit changed the figures").isNotEqualTo(first);

		// a share set, an enterprise deleted, a supply added, a link taken out of its clusters
		Map<String, Object> o = g.operates.get(0);
		web.put().uri("/api/v1/enterprises/{id}/operates/{l}", o.get("enterprise"), o.get("link"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("share", 0.9)).exchange().expectStatus().is2xxSuccessful();
		compareAll(g, "after a share set");
		web.delete().uri("/api/v1/enterprises/{id}", g.operates.get(1).get("enterprise")).exchange()
			.expectStatus().isNoContent();
		compareAll(g, "after an enterprise deleted");
		Object deleted = g.operates.get(1).get("enterprise");
		Map<String, Object> supplier = g.operates.stream()
			.filter(x -> !x.get("enterprise").equals(flipped) && !x.get("enterprise").equals(deleted))
			.findFirst().orElseThrow();
		web.post().uri("/api/v1/supplies").bodyValue(Map.of("supplier", supplier.get("enterprise"), "buyer",
				flipped, "link", supplier.get("link")))
			.exchange().expectStatus().is2xxSuccessful();
		compareAll(g, "after a supply added");
		Map<String, Object> link = new LinkedHashMap<>(g.links.get(0));
		link.keySet().retainAll(List.of("id", "name", "stage"));
		link.put("clusters", List.of());
		web.put().uri("/api/v1/links/{id}", link.get("id")).bodyValue(link).exchange().expectStatus().isOk();
		Map<String, List<LinkFigures>> afterLink = compareAll(g, "after a link taken out of its clusters");
		assertThat(afterLink).as("the link left its cluster").isNotEqualTo(afterFlip);

		importGraph(new NationalGraph(107, 3, 30, 300, 3, 0.965, 1.0));
		compareAll(g, "after a second import");
	}

	/** Every cluster's figures asked twice, each equal to the statement's now; the figures by cluster. */
	private Map<String, List<LinkFigures>> compareAll(NationalGraph g, String when) {
		Map<String, List<LinkFigures>> all = new LinkedHashMap<>();
		for (Map<String, Object> c : g.clusters) {
			String id = (String) c.get("id");
			List<LinkFigures> expected = repository.fromGraph(id).block();
			for (int again = 0; again < 2; again++) {
				assertThat(repository.figures(id).block()).as("cluster %s, %s", id, when).isEqualTo(expected);
			}
			all.put(id, expected);
		}
		assertThat(repository.figures("no-such-cluster").blockOptional()).as("an unknown cluster").isEmpty();
		return all;
	}

}
