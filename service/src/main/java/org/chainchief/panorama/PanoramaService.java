package org.chainchief.panorama;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.gap.Gap;
import org.chainchief.gap.GapService;
import org.chainchief.gap.Status;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.OffLoop;
import org.chainchief.support.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/** The chain panorama (产业链全景图) of a cluster: links by stage from the gap report, FEEDS from the graph. */
@Service
public final class PanoramaService {

	private final Graph graph;

	private final GapService gaps;

	private final Query chain;

	private final Clock clock = Clock.systemDefaultZone();

	private final OffLoop offLoop;

	PanoramaService(Graph graph, CypherCatalog cypher, GapService gaps, OffLoop offLoop) {
		this.graph = graph;
		this.offLoop = offLoop;
		this.gaps = gaps;
		this.chain = cypher.get("panorama/chain");
	}

	/** The panorama's content; a 404 problem when the cluster is unknown. */
	public Mono<Panorama> panorama(String clusterId) {
		int weakBelow = Integer.parseInt(Status.DEFAULT_WEAK_BELOW);
		return graph.read(chain, Map.of("id", clusterId), r -> r)
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
			// the gap report only once the cluster is known (read beside it, an unknown cluster's 404 cancelled the
			// report's transaction mid-commit)
			.flatMap(found -> gaps.report(clusterId, weakBelow).defaultIfEmpty(List.of())
				.map(report -> Tuples.of(found, report)))
			.map(t -> {
				var r = t.getT1();
				Map<String, String> parents = new HashMap<>();
				r.get("links").asList(v -> v.asMap()).forEach(m -> parents.put((String) m.get("id"), (String) m.get("parent")));
				List<Panorama.Box> boxes = t.getT2().stream()
					.sorted(java.util.Comparator.comparing(Gap::stage, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
						.thenComparing(Gap::linkId))
					.map(g -> new Panorama.Box(g.linkId(), g.name() == null ? g.linkId() : g.name(), g.stage(),
							g.status().name(), g.chokepoint(), g.localCount(), parents.get(g.linkId())))
					.toList();
				List<Panorama.Feed> feeds = r.get("feeds")
					.asList(v -> new Panorama.Feed(v.get("from").asString(), v.get("to").asString()));
				String name = r.get("cluster").get("name").isNull() ? clusterId : r.get("cluster").get("name").asString();
				return new Panorama(clusterId, name, LocalDate.now(clock), boxes, feeds);
			});
	}

	/** The panorama drawn as SVG (laid out off the event loop, bounded). */
	public Mono<PanoramaSvg.Drawing> svg(String clusterId) {
		return panorama(clusterId).flatMap(p -> offLoop.call("the chain panorama", () -> PanoramaSvg.draw(p)));
	}

	/** The panorama drawn as PNG, with the file name's parts. */
	public Mono<Rendered> png(String clusterId) {
		return svg(clusterId).flatMap(d -> offLoop.call("the chain panorama as PNG",
				() -> new Rendered(d, org.chainchief.drawing.Png.render(d.svg(), d.width()))));
	}

	/** A drawing and its bytes in another format. */
	public record Rendered(PanoramaSvg.Drawing drawing, byte[] bytes) {
	}
}
