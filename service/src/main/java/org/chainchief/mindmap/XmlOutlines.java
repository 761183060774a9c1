package org.chainchief.mindmap;

import java.util.List;
import java.util.Map;

import org.chainchief.drawing.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** FreeMind / Freeplane {@code .mm} and OPML 2.0, written with the DOM (every text escaped by the XML rules). */
final class XmlOutlines {

	private static final Map<String, String> ICONS = Map.of("MISSING", "button_cancel", "WEAK", "messagebox_warning",
			"STRONG", "button_ok", "PLANNED", "help", "SIGNED", "edit", "LANDED", "go", "PRODUCING", "launch",
			"ABOVE_SCALE", "bookmark");

	private XmlOutlines() {
	}

	/** FreeMind 1.0 map: one {@code node} per tree node, statuses as icons, figures as attributes. */
	static byte[] freemind(MindNode root) {
		Document doc = Xml.newDocument();
		Element map = Xml.element(doc, "map", "version", "1.0.1");
		doc.appendChild(map);
		map.appendChild(mmNode(doc, root, null));
		return Xml.bytes(doc, true);
	}

	private static Element mmNode(Document doc, MindNode n, String position) {
		Element node = Xml.element(doc, "node", "ID", "ID_" + Ids.of(n.id()), "TEXT", n.label(), "POSITION", position);
		if (Notes.chokepoint(n)) {
			node.appendChild(Xml.element(doc, "icon", "BUILTIN", "flag"));
		}
		if (n.status() != null && ICONS.containsKey(n.status())) {
			node.appendChild(Xml.element(doc, "icon", "BUILTIN", ICONS.get(n.status())));
		}
		List<String> tags = Notes.tags(n);
		if (!tags.isEmpty()) {
			node.appendChild(Xml.element(doc, "attribute", "NAME", "状态", "VALUE", String.join("、", tags)));
		}
		if (n.data() != null) {
			n.data().forEach((k, v) -> node
				.appendChild(Xml.element(doc, "attribute", "NAME", Notes.name(k), "VALUE", Notes.value(v))));
		}
		for (int i = 0; i < n.children().size(); i++) {
			// first-level branches alternate sides around the root
			String side = n.kind() == MindNode.Kind.CLUSTER ? (i % 2 == 0 ? "right" : "left") : null;
			node.appendChild(mmNode(doc, n.children().get(i), side));
		}
		return node;
	}

	/** OPML 2.0 outline: {@code text}, and {@code _status} / {@code _note} where the node has them. */
	static byte[] opml(MindNode root) {
		Document doc = Xml.newDocument();
		Element opml = Xml.element(doc, "opml", "version", "2.0");
		doc.appendChild(opml);
		Element head = Xml.element(doc, "head");
		Element title = Xml.element(doc, "title");
		title.setTextContent(Xml.clean(Notes.oneLine(root.label())));
		head.appendChild(title);
		opml.appendChild(head);
		Element body = Xml.element(doc, "body");
		opml.appendChild(body);
		body.appendChild(outline(doc, root));
		return Xml.bytes(doc, true);
	}

	private static Element outline(Document doc, MindNode n) {
		List<String> tags = Notes.tags(n);
		List<String> notes = Notes.lines(n);
		Element outline = Xml.element(doc, "outline", "text", n.label(), "_id", n.id(), "_kind", n.kind().name(),
				"_status", tags.isEmpty() ? null : String.join("、", tags), "_note",
				notes.isEmpty() ? null : String.join("\n", notes));
		n.children().forEach(c -> outline.appendChild(outline(doc, c)));
		return outline;
	}
}
