package org.chainchief.mindmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.chainchief.FixtureTest;
import org.chainchief.panorama.PanoramaTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** The demo zone's semiconductor chain: its mind map in every format and its panorama. */
class DemoMindMapTest extends FixtureTest {

	@Test
	void semiconductorMapAndPanoramaRender() throws IOException {
		web = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build();
		byte[] demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/demo-zone.ndjson")) {
			demo = in.readAllBytes();
		}
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(demo)
			.exchange().expectStatus().isOk();
		String uri = "/api/v1/clusters/semiconductor/mindmap";
		JsonNode root = getJson(uri);
		int nodes = MindMapTest.flatten(root).size();
		assertThat(nodes).isGreaterThan(60);
		assertThat(root.get("label").asString()).isEqualTo("半导体全链条");

		assertThat(MindMapFormats.xmindTitles(MindMapFormats.unzip(get(uri, "xmind")).get("content.json"))).hasSize(nodes);
		assertThat(MindMapFormats.elements(MindMapFormats.xml(get(uri, "mm")), "node")).hasSize(nodes);
		assertThat(MindMapFormats.elements(MindMapFormats.xml(get(uri, "opml")), "outline")).hasSize(nodes);
		assertThat(MindMapFormats.markdownNodes(text(uri, "md"))).isEqualTo(nodes);
		assertThat(MindMapFormats.mermaidNodes(text(uri, "mermaid"))).hasSize(nodes);
		assertThat(MindMapFormats.dotNodes(text(uri, "dot"))).hasSize(nodes);
		Document svg = MindMapFormats.xml(get(uri, "svg"));
		List<MindMapSvgTest.Rect> rects = MindMapSvgTest.rects(svg);
		assertThat(rects).hasSize(nodes);
		MindMapSvgTest.assertNoOverlap(rects);
		var png = ImageIO.read(new ByteArrayInputStream(get(uri, "png")));
		assertThat(png.getWidth()).isBetween(600, 6000);
		assertThat(png.getHeight()).isGreaterThan(600);

		// the panorama: all 25 links as boxes, every FEEDS inside the cluster as a path
		JsonNode chain = getJson("/api/v1/clusters/semiconductor/chain");
		List<String> linkIds = chain.get("links").valueStream().map(l -> l.get("id").asString()).toList();
		assertThat(linkIds).hasSize(25);
		byte[] panorama = web.get().uri("/api/v1/clusters/semiconductor/chain.svg").exchange().expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		PanoramaTest.assertBoxes(PanoramaTest.parse(panorama), linkIds, chain.get("feeds").size());
	}

	private byte[] get(String uri, String format) {
		return web.get().uri(uri + "?format=" + format).exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBody();
	}

	private String text(String uri, String format) {
		return new String(get(uri, format), StandardCharsets.UTF_8);
	}
}
