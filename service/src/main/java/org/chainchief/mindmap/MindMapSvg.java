package org.chainchief.mindmap;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.drawing.Palette;
import org.chainchief.drawing.Svg;
import org.chainchief.drawing.TextMeasure;
import org.chainchief.drawing.Xml;
import org.chainchief.mindmap.MindNode.Kind;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.alg.mrtree.options.OrderWeighting;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a mind map as SVG: ELK's tree layout (mrtree, left to right) on boxes sized by their measured labels;
 * links coloured by status with a legend, chokepoints with a red border and a 卡 badge. Pure and CPU-bound.
 */
public final class MindMapSvg {

	/** The drawing and its size in px. */
	public record Drawing(String svg, double width, double height) {
	}

	private static final double MAX_TEXT = 260;

	private static final double PAD_X = 8;

	private static final double PAD_Y = 5;

	private static final double BADGE = 18;

	private static final double MARGIN = 20;

	private MindMapSvg() {
	}

	private record Box(MindNode node, ElkNode elk, List<String> lines, double size, boolean chokepoint) {
	}

	public static Drawing draw(MindNode root) {
		TextMeasure measure = TextMeasure.shared();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(MrTreeOptions.SPACING_NODE_NODE, 10.0);
		graph.setProperty(MrTreeOptions.SPACING_EDGE_NODE, 30.0);
		graph.setProperty(MrTreeOptions.WEIGHTING, OrderWeighting.MODEL_ORDER);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		List<Box> boxes = new ArrayList<>();
		Map<MindNode, Box> byNode = new IdentityHashMap<>();
		root.walk(n -> {
			double size = n.kind() == Kind.CLUSTER ? 18 : n.kind() == Kind.BRANCH ? 15 : 13;
			boolean chokepoint = Boolean.TRUE.equals(n.data() == null ? null : n.data().get("chokepoint"));
			List<String> lines = measure.wrap(n.label(), size, MAX_TEXT);
			double textWidth = lines.stream().mapToDouble(l -> measure.width(l, size)).max().orElse(0);
			ElkNode elk = ElkGraphUtil.createNode(graph);
			elk.setDimensions(Math.ceil(textWidth + 2 * PAD_X + (chokepoint ? BADGE : 0)),
					Math.ceil(lines.size() * lineHeight(size) + 2 * PAD_Y));
			Box box = new Box(n, elk, lines, size, chokepoint);
			boxes.add(box);
			byNode.put(n, box);
		});
		root.walk(n -> n.children()
			.forEach(c -> ElkGraphUtil.createSimpleEdge(byNode.get(n).elk(), byNode.get(c).elk())));
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		double minX = boxes.stream().mapToDouble(b -> b.elk().getX()).min().orElse(0);
		double minY = boxes.stream().mapToDouble(b -> b.elk().getY()).min().orElse(0);
		double maxX = boxes.stream().mapToDouble(b -> b.elk().getX() + b.elk().getWidth()).max().orElse(0);
		double maxY = boxes.stream().mapToDouble(b -> b.elk().getY() + b.elk().getHeight()).max().orElse(0);
		List<Palette.Swatch> legend = new ArrayList<>(Palette.linkStatuses());
		legend.addAll(Palette.projectStages());
		double legendHeight = 48;
		double dx = MARGIN - minX;
		double dy = MARGIN + legendHeight - minY;
		double width = Math.max(maxX - minX, Svg.legendWidth(legend, true)) + 2 * MARGIN;
		double height = maxY - minY + legendHeight + 2 * MARGIN;

		Document doc = Svg.document(width, height);
		Element svg = doc.getDocumentElement();
		svg.setAttribute("class", "mindmap");
		Svg.legend(doc, svg, MARGIN, MARGIN - 8, "图例", legend, true);
		Element edges = Svg.el(doc, "g", "class", "edges", "fill", "none", "stroke", "#9aa7b8", "stroke-width", "1.4");
		svg.appendChild(edges);
		Element nodes = Svg.el(doc, "g", "class", "nodes");
		svg.appendChild(nodes);
		for (Box b : boxes) {
			double x = b.elk().getX() + dx;
			double y = b.elk().getY() + dy;
			for (MindNode c : b.node().children()) {
				ElkNode t = byNode.get(c).elk();
				double x1 = x + b.elk().getWidth();
				double y1 = y + b.elk().getHeight() / 2;
				double x2 = t.getX() + dx;
				double y2 = t.getY() + dy + t.getHeight() / 2;
				double mid = (x1 + x2) / 2;
				edges.appendChild(Svg.el(doc, "path", "d", "M" + Svg.num(x1) + "," + Svg.num(y1) + " C" + Svg.num(mid)
						+ "," + Svg.num(y1) + " " + Svg.num(mid) + "," + Svg.num(y2) + " " + Svg.num(x2) + "," + Svg.num(y2)));
			}
			nodes.appendChild(node(doc, b, x, y));
		}
		return new Drawing(Xml.string(doc), width, height);
	}

	private static double lineHeight(double size) {
		return Math.ceil(size * 1.35);
	}

	private static Element node(Document doc, Box b, double x, double y) {
		MindNode n = b.node();
		Palette.Swatch swatch = Palette.of(n.status());
		String fill = swatch.fill();
		String stroke = swatch.stroke();
		String textFill = "#1f2933";
		if (n.kind() == Kind.CLUSTER) {
			fill = "#1f4e8c";
			stroke = "#1f4e8c";
			textFill = "#ffffff";
		}
		else if (n.kind() == Kind.BRANCH || n.kind() == Kind.STAGE) {
			fill = n.status() == null ? "#dbe7f6" : fill;
			stroke = n.status() == null ? "#4a78b5" : stroke;
		}
		else if (n.status() == null) {
			fill = "#ffffff";
		}
		Element g = Svg.el(doc, "g", "class", "node", "data-id", n.id(), "data-kind", n.kind().name(), "data-status",
				n.status());
		g.appendChild(Svg.el(doc, "title")).setTextContent(Xml.clean(n.label()));
		g.appendChild(Svg.el(doc, "rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(b.elk().getWidth()),
				"height", Svg.num(b.elk().getHeight()), "rx", "5", "fill", fill, "stroke",
				b.chokepoint() ? Palette.CHOKEPOINT : stroke, "stroke-width", b.chokepoint() ? "3" : "1.2"));
		double lh = lineHeight(b.size());
		g.appendChild(Svg.text(doc, x + PAD_X, y + PAD_Y + b.size() * 1.05, b.size(), lh, b.lines(), textFill,
				n.kind() == Kind.CLUSTER || n.kind() == Kind.BRANCH ? "bold" : "normal"));
		if (b.chokepoint()) {
			g.appendChild(Svg.badge(doc, x + b.elk().getWidth() - BADGE, y + (b.elk().getHeight() - 14) / 2));
		}
		return g;
	}
}
