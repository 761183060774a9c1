package org.chainchief.drawing;

import java.util.List;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small helpers to write SVG with the DOM: numbers, text lines, boxes, the legend. */
public final class Svg {

	public static final String NS = "http://www.w3.org/2000/svg";

	private Svg() {
	}

	public static String num(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	public static Document document(double width, double height) {
		Document doc = Xml.newDocument();
		Element svg = Xml.elementNs(doc, NS, "svg", "width", num(width), "height", num(height), "viewBox",
				"0 0 " + num(width) + " " + num(height), "font-family", TextMeasure.FONT_FAMILY);
		doc.appendChild(svg);
		svg.appendChild(Xml.elementNs(doc, NS, "rect", "x", "0", "y", "0", "width", num(width), "height", num(height),
				"fill", "#ffffff"));
		return doc;
	}

	public static Element el(Document doc, String name, String... attributes) {
		return Xml.elementNs(doc, NS, name, attributes);
	}

	/** A text element of several lines, the first baseline at {@code y}. */
	public static Element text(Document doc, double x, double y, double size, double lineHeight, List<String> lines,
			String fill, String weight) {
		Element text = el(doc, "text", "x", num(x), "y", num(y), "font-size", num(size), "fill", fill, "font-weight",
				weight);
		if (lines.size() == 1) {
			text.setTextContent(Xml.clean(lines.get(0)));
			return text;
		}
		for (int i = 0; i < lines.size(); i++) {
			Element span = el(doc, "tspan", "x", num(x), "dy", i == 0 ? "0" : num(lineHeight));
			span.setTextContent(Xml.clean(lines.get(i)));
			text.appendChild(span);
		}
		return text;
	}

	/** A legend row by row at (x, y): a swatch and its text per entry; returns its height. */
	public static double legend(Document doc, Element parent, double x, double y, String title,
			List<Palette.Swatch> swatches, boolean chokepoint) {
		Element g = el(doc, "g", "class", "legend");
		parent.appendChild(g);
		g.appendChild(text(doc, x, y + 13, 13, 16, List.of(title), "#333333", "bold"));
		double cx = x;
		double cy = y + 22;
		for (Palette.Swatch s : swatches) {
			Element item = el(doc, "g", "class", "legend-item", "data-status", s.status());
			item.appendChild(el(doc, "rect", "x", num(cx), "y", num(cy), "width", "18", "height", "12", "rx", "2",
					"fill", s.fill(), "stroke", s.stroke(), "stroke-width", "1.5"));
			item.appendChild(text(doc, cx + 24, cy + 11, 12, 14, List.of(s.text()), "#333333", "normal"));
			g.appendChild(item);
			cx += 24 + TextMeasure.shared().width(s.text(), 12) + 18;
		}
		if (chokepoint) {
			Element item = el(doc, "g", "class", "legend-item", "data-status", "CHOKEPOINT");
			item.appendChild(el(doc, "rect", "x", num(cx), "y", num(cy), "width", "18", "height", "12", "rx", "2",
					"fill", "#ffffff", "stroke", Palette.CHOKEPOINT, "stroke-width", "3"));
			item.appendChild(badge(doc, cx + 24, cy - 1));
			item.appendChild(text(doc, cx + 24 + 18, cy + 11, 12, 14, List.of("卡脖子环节"), "#333333", "normal"));
			g.appendChild(item);
		}
		return 22 + 16;
	}

	/** Width the legend needs. */
	public static double legendWidth(List<Palette.Swatch> swatches, boolean chokepoint) {
		double w = 0;
		for (Palette.Swatch s : swatches) {
			w += 24 + TextMeasure.shared().width(s.text(), 12) + 18;
		}
		return w + (chokepoint ? 42 + TextMeasure.shared().width("卡脖子环节", 12) : 0);
	}

	/** The 卡 badge (a red disc) with its top-left at (x, y), 14 px. */
	public static Element badge(Document doc, double x, double y) {
		Element g = el(doc, "g", "class", "badge");
		g.appendChild(el(doc, "circle", "cx", num(x + 7), "cy", num(y + 7), "r", "7", "fill", Palette.CHOKEPOINT));
		g.appendChild(text(doc, x + 2.5, y + 11, 9, 10, List.of("卡"), "#ffffff", "bold"));
		return g;
	}
}
