package org.chainchief.panorama;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.drawing.Palette;
import org.chainchief.drawing.Svg;
import org.chainchief.drawing.TextMeasure;
import org.chainchief.drawing.Xml;
import org.chainchief.model.Stage;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws the chain panorama as SVG: ELK layered, left to right, one partition per stage (上游 | 中游 | 下游 as
 * columns), FEEDS as orthogonal arrows (cycles broken by ELK, edges against the stage order drawn back),
 * sub-links beside their parent with a dashed PART_OF line. Links coloured by status, chokepoints with a red
 * border and a 卡 badge, a legend and the data date. Pure and CPU-bound.
 */
public final class PanoramaSvg {

	/** The drawing and its size in px. */
	public record Drawing(String name, String svg, double width, double height) {
	}

	private static final double NAME_SIZE = 13;

	private static final double COUNT_SIZE = 11;

	private static final double MAX_TEXT = 150;

	private static final double PAD = 8;

	private static final double BADGE = 18;

	private static final double MARGIN = 20;

	private static final double HEADER = 92;

	private PanoramaSvg() {
	}

	public static Drawing draw(Panorama p) {
		TextMeasure measure = TextMeasure.shared();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
		// one layering for the whole chain: components laid out apart would not share the stage columns
		graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (Panorama.Box b : p.links()) {
			List<String> lines = measure.wrap(b.name(), NAME_SIZE, MAX_TEXT);
			String count = count(b);
			double w = Math.max(lines.stream().mapToDouble(l -> measure.width(l, NAME_SIZE)).max().orElse(0),
					measure.width(count, COUNT_SIZE)) + 2 * PAD + (b.chokepoint() ? BADGE : 0);
			double h = lines.size() * lineHeight(NAME_SIZE) + lineHeight(COUNT_SIZE) + 2 * PAD;
			ElkNode n = ElkGraphUtil.createNode(graph);
			n.setIdentifier(b.id());
			n.setDimensions(Math.ceil(w), Math.ceil(h));
			n.setProperty(CoreOptions.PARTITIONING_PARTITION, b.stage() == null ? Stage.values().length : b.stage().ordinal());
			nodes.put(b.id(), n);
			names.put(b.id(), lines);
		}
		List<ElkEdge> feeds = new ArrayList<>();
		List<Panorama.Feed> feedOf = new ArrayList<>();
		for (Panorama.Feed f : p.feeds()) {
			if (nodes.containsKey(f.from()) && nodes.containsKey(f.to())) {
				feeds.add(ElkGraphUtil.createSimpleEdge(nodes.get(f.from()), nodes.get(f.to())));
				feedOf.add(f);
			}
		}
		List<ElkEdge> parts = new ArrayList<>();
		List<Panorama.Box> partOf = new ArrayList<>();
		for (Panorama.Box b : p.links()) {
			if (b.parent() != null && nodes.containsKey(b.parent())) {
				parts.add(ElkGraphUtil.createSimpleEdge(nodes.get(b.parent()), nodes.get(b.id())));
				partOf.add(b);
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		double legendWidth = Svg.legendWidth(Palette.linkStatuses(), true);
		double width = Math.max(graph.getWidth(), Math.max(legendWidth, 420)) + 2 * MARGIN;
		double height = graph.getHeight() + HEADER + 40 + 2 * MARGIN;
		double dx = MARGIN;
		double dy = MARGIN + HEADER + 40;
		Document doc = Svg.document(width, height);
		Element svg = doc.getDocumentElement();
		svg.setAttribute("class", "panorama");
		svg.appendChild(Svg.text(doc, MARGIN, MARGIN + 18, 20, 24, List.of(oneLine(p.name()) + " 产业链全景图"), "#1f2933", "bold"));
		Element date = Svg.text(doc, MARGIN, MARGIN + 40, 12, 14,
				List.of("数据日期 " + p.date() + " · " + p.links().size() + " 个环节 · " + feeds.size() + " 条上下游关系"),
				"#52606d", "normal");
		date.setAttribute("class", "date");
		svg.appendChild(date);
		Svg.legend(doc, svg, MARGIN, MARGIN + 50, "图例", Palette.linkStatuses(), true);

		// stage columns behind everything
		Map<Stage, double[]> spans = new EnumMap<>(Stage.class);
		for (Panorama.Box b : p.links()) {
			if (b.stage() != null) {
				ElkNode n = nodes.get(b.id());
				double[] s = spans.computeIfAbsent(b.stage(), k -> new double[] { Double.MAX_VALUE, -Double.MAX_VALUE });
				s[0] = Math.min(s[0], n.getX());
				s[1] = Math.max(s[1], n.getX() + n.getWidth());
			}
		}
		Element columns = Svg.el(doc, "g", "class", "stages");
		svg.appendChild(columns);
		for (Map.Entry<Stage, double[]> e : spans.entrySet()) {
			double x = e.getValue()[0] + dx - 10;
			double w = e.getValue()[1] - e.getValue()[0] + 20;
			Element col = Svg.el(doc, "g", "class", "stage", "data-stage", e.getKey().name());
			col.appendChild(Svg.el(doc, "rect", "x", Svg.num(x), "y", Svg.num(dy - 34), "width", Svg.num(w), "height",
					Svg.num(graph.getHeight() + 44), "rx", "8", "fill", "#f5f7fa", "stroke", "#d9e2ec"));
			long n = p.links().stream().filter(b -> b.stage() == e.getKey()).count();
			col.appendChild(Svg.text(doc, x + 10, dy - 14, 14, 16, List.of(stageName(e.getKey()) + "（" + n + "）"),
					"#334e68", "bold"));
			columns.appendChild(col);
		}

		Element edges = Svg.el(doc, "g", "class", "edges", "fill", "none");
		svg.appendChild(edges);
		Element defs = Svg.el(doc, "defs");
		Element marker = Svg.el(doc, "marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
				"markerWidth", "7", "markerHeight", "7", "orient", "auto");
		marker.appendChild(Svg.el(doc, "path", "d", "M0,0 L10,5 L0,10 z", "fill", "#627d98"));
		defs.appendChild(marker);
		svg.insertBefore(defs, svg.getFirstChild());
		for (int i = 0; i < feeds.size(); i++) {
			Element path = Svg.el(doc, "path", "class", "feed", "data-from", feedOf.get(i).from(), "data-to",
					feedOf.get(i).to(), "d", path(feeds.get(i), dx, dy), "stroke", "#627d98", "stroke-width", "1.3",
					"marker-end", "url(#arrow)");
			edges.appendChild(path);
		}
		for (int i = 0; i < parts.size(); i++) {
			edges.appendChild(Svg.el(doc, "path", "class", "part-of", "data-from", partOf.get(i).parent(), "data-to",
					partOf.get(i).id(), "d", path(parts.get(i), dx, dy), "stroke", "#9fb3c8", "stroke-width", "1.2",
					"stroke-dasharray", "4 3"));
		}

		Element boxes = Svg.el(doc, "g", "class", "links");
		svg.appendChild(boxes);
		for (Panorama.Box b : p.links()) {
			boxes.appendChild(box(doc, b, nodes.get(b.id()), names.get(b.id()), dx, dy));
		}
		return new Drawing(p.name(), Xml.string(doc), width, height);
	}

	private static Element box(Document doc, Panorama.Box b, ElkNode n, List<String> lines, double dx, double dy) {
		Palette.Swatch s = Palette.of(b.status());
		double x = n.getX() + dx;
		double y = n.getY() + dy;
		Element g = Svg.el(doc, "g", "class", "link", "data-id", b.id(), "data-status", b.status(), "data-chokepoint",
				Boolean.toString(b.chokepoint()), "data-parent", b.parent());
		g.appendChild(Svg.el(doc, "title")).setTextContent(Xml.clean(b.name() + " · " + count(b)));
		g.appendChild(Svg.el(doc, "rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(n.getWidth()), "height",
				Svg.num(n.getHeight()), "rx", "6", "fill", s.fill(), "stroke", b.chokepoint() ? Palette.CHOKEPOINT : s.stroke(),
				"stroke-width", b.chokepoint() ? "3" : "1.5"));
		g.appendChild(Svg.text(doc, x + PAD, y + PAD + NAME_SIZE * 1.05, NAME_SIZE, lineHeight(NAME_SIZE), lines,
				"#1f2933", b.parent() == null ? "bold" : "normal"));
		g.appendChild(Svg.text(doc, x + PAD, y + PAD + lines.size() * lineHeight(NAME_SIZE) + COUNT_SIZE * 1.05,
				COUNT_SIZE, lineHeight(COUNT_SIZE), List.of(count(b)), "#52606d", "normal"));
		if (b.chokepoint()) {
			g.appendChild(Svg.badge(doc, x + n.getWidth() - BADGE, y + 5));
		}
		return g;
	}

	private static String path(ElkEdge edge, double dx, double dy) {
		StringBuilder d = new StringBuilder();
		for (ElkEdgeSection s : edge.getSections()) {
			d.append('M').append(Svg.num(s.getStartX() + dx)).append(',').append(Svg.num(s.getStartY() + dy));
			for (ElkBendPoint b : s.getBendPoints()) {
				d.append(" L").append(Svg.num(b.getX() + dx)).append(',').append(Svg.num(b.getY() + dy));
			}
			d.append(" L").append(Svg.num(s.getEndX() + dx)).append(',').append(Svg.num(s.getEndY() + dy)).append(' ');
		}
		return d.toString().strip();
	}

	private static String count(Panorama.Box b) {
		String status = switch (b.status()) {
			case "MISSING" -> "缺链";
			case "WEAK" -> "弱链";
			default -> "强链";
		};
		return "本地 " + b.localCount() + " 家 · " + status;
	}

	private static String stageName(Stage stage) {
		return switch (stage) {
			case UPSTREAM -> "上游";
			case MIDSTREAM -> "中游";
			case DOWNSTREAM -> "下游";
		};
	}

	private static String oneLine(String s) {
		return s.replaceAll("\\R", " ");
	}

	private static double lineHeight(double size) {
		return Math.ceil(size * 1.35);
	}
}
