package org.chainchief.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.chainchief.FixtureTest;
import org.chainchief.drawing.Palette;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chain panorama on {@code fixtures/mindmap/hostile.ndjson}: 5 links over three stages (a sub-link under
 * 晶圆制造), 5 FEEDS including a cycle wafer → fab → pack → wafer that runs against the stage order.
 */
public class PanoramaTest extends FixtureTest {

	@BeforeEach
	void fixture() {
		load("mindmap/hostile.ndjson");
	}

	@Test
	void everyLinkABoxInItsStageColumnFeedsAsPathsNoOverlap() {
		byte[] body = web.get().uri("/api/v1/clusters/hostile/chain.svg").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("image/svg+xml"))
			.expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"chain-hostile\\.svg\"; filename\\*=UTF-8''.+")
			.expectBody().returnResult().getResponseBody();
		Document svg = parse(body);
		assertBoxes(svg, List.of("h.wafer", "h.x<>&\"()[]{}", "h.fab", "h.fab.12", "h.pack"), 5);
		Map<String, Element> links = byId(groups(svg, "link"));
		assertThat(links.get("h.pack").getAttribute("data-status")).isEqualTo("MISSING");
		assertThat(links.get("h.fab").getAttribute("data-status")).isEqualTo("STRONG");
		assertThat(links.get("h.fab.12").getAttribute("data-parent")).isEqualTo("h.fab");
		assertThat(links.get("h.x<>&\"()[]{}").getTextContent()).contains("A<>&\"()[]{}", "换行", "本地 1 家");
		// chokepoints: red border and the 卡 badge
		for (String id : List.of("h.wafer", "h.pack")) {
			assertThat(rect(links.get(id)).getAttribute("stroke")).isEqualTo(Palette.CHOKEPOINT);
			assertThat(links.get(id).getTextContent()).contains("卡");
		}
		assertThat(rect(links.get("h.fab")).getAttribute("stroke")).isNotEqualTo(Palette.CHOKEPOINT);
		// stages as columns, left to right, each box inside its column
		Map<String, Element> stages = new HashMap<>();
		groups(svg, "stage").forEach(g -> stages.put(g.getAttribute("data-stage"), g));
		assertThat(stages).containsOnlyKeys("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");
		assertThat(x(stages.get("UPSTREAM")) + w(stages.get("UPSTREAM"))).isLessThanOrEqualTo(x(stages.get("MIDSTREAM")));
		assertThat(x(stages.get("MIDSTREAM")) + w(stages.get("MIDSTREAM"))).isLessThanOrEqualTo(x(stages.get("DOWNSTREAM")));
		assertInColumn(links.get("h.wafer"), stages.get("UPSTREAM"));
		assertInColumn(links.get("h.fab.12"), stages.get("MIDSTREAM"));
		assertInColumn(links.get("h.pack"), stages.get("DOWNSTREAM"));
		assertThat(svg.getDocumentElement().getTextContent()).contains("数据日期 ", "产业链全景图");
	}

	@Test
	void pngDecodesAndUnknownClusterIsNotFound() throws Exception {
		byte[] png = web.get().uri("/api/v1/clusters/hostile/chain.png").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.IMAGE_PNG)
			.expectBody().returnResult().getResponseBody();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isGreaterThan(400);
		assertThat(image.getHeight()).isGreaterThan(200);
		getProblem("/api/v1/clusters/nope/chain.svg", 404);
	}

	/** Every link a box (by id), no two boxes overlapping, every FEEDS a path, fills as the legend's. */
	public static void assertBoxes(Document svg, List<String> linkIds, int feeds) {
		List<Element> links = groups(svg, "link");
		assertThat(links.stream().map(g -> g.getAttribute("data-id")).toList()).containsExactlyInAnyOrderElementsOf(linkIds);
		for (int i = 0; i < links.size(); i++) {
			for (int j = i + 1; j < links.size(); j++) {
				Element a = rect(links.get(i));
				Element b = rect(links.get(j));
				boolean overlap = x(a) < x(b) + w(b) && x(b) < x(a) + w(a) && y(a) < y(b) + h(b) && y(b) < y(a) + h(a);
				assertThat(overlap).as("%s overlaps %s", links.get(i).getAttribute("data-id"),
						links.get(j).getAttribute("data-id")).isFalse();
			}
		}
		List<Element> paths = elements(svg, "path").stream().filter(p -> p.getAttribute("class").equals("feed")).toList();
		assertThat(paths).hasSize(feeds);
		paths.forEach(p -> assertThat(p.getAttribute("d")).startsWith("M").contains("L"));
		Map<String, String> legend = new HashMap<>();
		groups(svg, "legend-item").forEach(g -> legend.put(g.getAttribute("data-status"), rect(g).getAttribute("fill")));
		assertThat(legend).containsKeys("MISSING", "WEAK", "STRONG", "CHOKEPOINT");
		for (Element link : links) {
			assertThat(rect(link).getAttribute("fill")).isEqualTo(legend.get(link.getAttribute("data-status")));
		}
	}

	private static void assertInColumn(Element link, Element stage) {
		assertThat(x(rect(link))).isGreaterThanOrEqualTo(x(stage));
		assertThat(x(rect(link)) + w(rect(link))).isLessThanOrEqualTo(x(stage) + w(stage));
	}

	public static Document parse(byte[] body) {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed SVG", ex);
		}
	}

	static List<Element> elements(Document doc, String name) {
		NodeList list = doc.getElementsByTagNameNS("*", name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	static List<Element> groups(Document svg, String cls) {
		return elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals(cls)).toList();
	}

	private static Map<String, Element> byId(List<Element> groups) {
		Map<String, Element> m = new HashMap<>();
		groups.forEach(g -> m.put(g.getAttribute("data-id"), g));
		return m;
	}

	private static Element rect(Element g) {
		return (Element) g.getElementsByTagNameNS("*", "rect").item(0);
	}

	private static double x(Element e) {
		return Double.parseDouble((e.getTagName().endsWith("rect") ? e : rect(e)).getAttribute("x"));
	}

	private static double y(Element e) {
		return Double.parseDouble(e.getAttribute("y"));
	}

	private static double w(Element e) {
		return Double.parseDouble((e.getTagName().endsWith("rect") ? e : rect(e)).getAttribute("width"));
	}

	private static double h(Element e) {
		return Double.parseDouble(e.getAttribute("height"));
	}
}
