package org.chainchief.mindmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.chainchief.drawing.Palette;
import org.chainchief.drawing.Png;
import org.chainchief.drawing.TextMeasure;
import org.chainchief.mindmap.MindNode.Kind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The mind map drawing on a built tree: boxes, texts inside them, no overlaps, colours of the legend. */
class MindMapSvgTest {

	/** A box drawn for a node. */
	record Rect(String id, double x, double y, double w, double h) {
		boolean intersects(Rect o) {
			return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
		}
	}

	static MindNode tree() {
		List<MindNode> links = new ArrayList<>();
		String[] statuses = { "MISSING", "WEAK", "STRONG" };
		for (int i = 0; i < 12; i++) {
			List<MindNode> enterprises = new ArrayList<>();
			for (int j = 0; j < i % 5; j++) {
				enterprises.add(MindNode.leaf("l" + i + "/e" + j, "企业名称比较长的一家有限公司" + j, Kind.ENTERPRISE, null, null));
			}
			Map<String, Object> data = i % 4 == 0 ? Map.of("chokepoint", true) : Map.of();
			links.add(new MindNode("l" + i, i == 3 ? "A<>&\"()[]{}\n换行 and a long English name that wraps" : "环节" + i,
					Kind.LINK, statuses[i % 3], data, enterprises));
		}
		MindNode stage = new MindNode("stage", "上游", Kind.STAGE, null, null, links);
		MindNode branch = new MindNode("chain", "产业链", Kind.BRANCH, null, null, List.of(stage));
		MindNode other = new MindNode("lists", "清单", Kind.BRANCH, null, null,
				List.of(MindNode.leaf("p", "项目", Kind.PROJECT, "PRODUCING", null)));
		return new MindNode("root", "半导体全链条", Kind.CLUSTER, null, null, List.of(branch, other));
	}

	@Test
	void everyNodeIsABoxHoldingItsTextAndNoTwoBoxesOverlap() {
		MindNode root = tree();
		MindMapSvg.Drawing drawing = MindMapSvg.draw(root);
		Document svg = MindMapFormats.xml(drawing.svg().getBytes(StandardCharsets.UTF_8));
		List<Rect> rects = rects(svg);
		assertThat(rects).extracting(Rect::id)
			.containsExactlyInAnyOrderElementsOf(root.flatten().stream().map(MindNode::id).toList());
		assertNoOverlap(rects);
		// inside the drawing
		for (Rect r : rects) {
			assertThat(r.x()).isGreaterThanOrEqualTo(0);
			assertThat(r.y() + r.h()).isLessThanOrEqualTo(drawing.height());
			assertThat(r.x() + r.w()).isLessThanOrEqualTo(drawing.width());
		}
		// every text line fits its box, measured as the layout measured it
		for (Element g : groups(svg, "node")) {
			Element rect = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
			Element text = (Element) g.getElementsByTagNameNS("*", "text").item(0);
			double size = Double.parseDouble(text.getAttribute("font-size"));
			var spans = text.getElementsByTagNameNS("*", "tspan");
			List<String> lines = new ArrayList<>();
			if (spans.getLength() == 0) {
				lines.add(text.getTextContent());
			}
			for (int i = 0; i < spans.getLength(); i++) {
				lines.add(spans.item(i).getTextContent());
			}
			for (String line : lines) {
				assertThat(TextMeasure.shared().width(line, size))
					.isLessThanOrEqualTo(Double.parseDouble(rect.getAttribute("width")));
			}
		}
		// the hostile label is kept, on two lines at least
		Element hostile = groups(svg, "node").stream().filter(g -> g.getAttribute("data-id").equals("l3")).findFirst().orElseThrow();
		assertThat(hostile.getElementsByTagNameNS("*", "title").item(0).getTextContent())
			.isEqualTo("A<>&\"()[]{}\n换行 and a long English name that wraps");
		assertThat(hostile.getElementsByTagNameNS("*", "tspan").getLength()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void statusesColouredAsInTheLegendAndChokepointsMarked() {
		Document svg = MindMapFormats.xml(MindMapSvg.draw(tree()).svg().getBytes(StandardCharsets.UTF_8));
		List<String> legend = groups(svg, "legend-item").stream().map(g -> g.getAttribute("data-status")).toList();
		assertThat(legend).contains("MISSING", "WEAK", "STRONG", "CHOKEPOINT", "PRODUCING");
		for (Element g : groups(svg, "node")) {
			String status = g.getAttribute("data-status");
			if (status.isEmpty()) {
				continue;
			}
			Element rect = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
			assertThat(rect.getAttribute("fill")).as(status).isEqualTo(Palette.of(status).fill());
		}
		Element chokepoint = groups(svg, "node").stream().filter(g -> g.getAttribute("data-id").equals("l0")).findFirst().orElseThrow();
		assertThat(((Element) chokepoint.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("stroke"))
			.isEqualTo(Palette.CHOKEPOINT);
		assertThat(chokepoint.getTextContent()).contains("卡");
	}

	@Test
	void pngDecodesAtTheDrawingsSize() throws Exception {
		MindMapSvg.Drawing drawing = MindMapSvg.draw(tree());
		var image = ImageIO.read(new ByteArrayInputStream(Png.render(drawing.svg(), drawing.width())));
		assertThat(image.getWidth()).isEqualTo((int) Math.round(drawing.width()));
		assertThat(image.getHeight()).isBetween((int) drawing.height() - 2, (int) drawing.height() + 2);
	}

	static List<Rect> rects(Document svg) {
		List<Rect> rects = new ArrayList<>();
		for (Element g : groups(svg, "node")) {
			Element r = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
			rects.add(new Rect(g.getAttribute("data-id"), Double.parseDouble(r.getAttribute("x")),
					Double.parseDouble(r.getAttribute("y")), Double.parseDouble(r.getAttribute("width")),
					Double.parseDouble(r.getAttribute("height"))));
		}
		return rects;
	}

	static void assertNoOverlap(List<Rect> rects) {
		for (int i = 0; i < rects.size(); i++) {
			for (int j = i + 1; j < rects.size(); j++) {
				assertThat(rects.get(i).intersects(rects.get(j))).as("%s overlaps %s", rects.get(i), rects.get(j)).isFalse();
			}
		}
	}

	static List<Element> groups(Document svg, String cls) {
		return MindMapFormats.elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals(cls)).toList();
	}
}
