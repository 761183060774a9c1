package org.chainchief.mindmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chainchief.drawing.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * XMind workbook ({@code .xmind}): a zip with {@code content.json}, {@code metadata.json} and {@code manifest.json}
 * (XMind 2020 and later, XMind Zen), plus {@code content.xml} and {@code META-INF/manifest.xml} for XMind 8. Statuses
 * are markers and labels, figures are notes.
 */
final class XmindWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> MARKERS = Map.of("MISSING", "flag-red", "WEAK", "flag-orange", "STRONG",
			"flag-green", "PLANNED", "task-start", "SIGNED", "task-quarter", "LANDED", "task-half", "PRODUCING",
			"task-3quar", "ABOVE_SCALE", "task-done");

	static final String CHOKEPOINT_MARKER = "priority-1";

	private XmindWriter() {
	}

	static byte[] write(MindNode root) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "content.json", JSON.writeValueAsBytes(List.of(sheet(root))));
			entry(zip, "metadata.json", JSON.writeValueAsBytes(Map.of("creator",
					Map.of("name", "chain-chief", "version", "1"), "activeSheetId", "sheet-" + Ids.of(root.id()))));
			Map<String, Object> files = new LinkedHashMap<>();
			files.put("content.json", Map.of());
			files.put("metadata.json", Map.of());
			entry(zip, "manifest.json", JSON.writeValueAsBytes(Map.of("file-entries", files)));
			entry(zip, "content.xml", Xml.bytes(xml(root), false));
			entry(zip, "META-INF/manifest.xml", Xml.bytes(manifest(), false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static Map<String, Object> sheet(MindNode root) {
		Map<String, Object> sheet = new LinkedHashMap<>();
		sheet.put("id", "sheet-" + Ids.of(root.id()));
		sheet.put("class", "sheet");
		sheet.put("title", Notes.oneLine(root.label()));
		Map<String, Object> topic = topic(root);
		topic.put("structureClass", "org.xmind.ui.map.unbalanced");
		sheet.put("rootTopic", topic);
		return sheet;
	}

	private static Map<String, Object> topic(MindNode n) {
		Map<String, Object> t = new LinkedHashMap<>();
		t.put("id", Ids.of(n.id()));
		t.put("class", "topic");
		t.put("title", n.label());
		List<Map<String, String>> markers = new ArrayList<>();
		if (Notes.chokepoint(n)) {
			markers.add(Map.of("markerId", CHOKEPOINT_MARKER));
		}
		if (n.status() != null && MARKERS.containsKey(n.status())) {
			markers.add(Map.of("markerId", MARKERS.get(n.status())));
		}
		if (!markers.isEmpty()) {
			t.put("markers", markers);
		}
		List<String> labels = Notes.tags(n);
		if (!labels.isEmpty()) {
			t.put("labels", labels);
		}
		List<String> notes = Notes.lines(n);
		if (!notes.isEmpty()) {
			t.put("notes", Map.of("plain", Map.of("content", String.join("\n", notes))));
		}
		if (!n.children().isEmpty()) {
			t.put("children", Map.of("attached", n.children().stream().map(XmindWriter::topic).toList()));
		}
		return t;
	}

	// XMind 8
	private static final String NS = "urn:xmind:xmap:xmlns:content:2.0";

	private static Document xml(MindNode root) {
		Document doc = Xml.newDocument();
		Element content = Xml.elementNs(doc, NS, "xmap-content", "version", "2.0");
		doc.appendChild(content);
		Element sheet = Xml.elementNs(doc, NS, "sheet", "id", "sheet-" + Ids.of(root.id()));
		content.appendChild(sheet);
		sheet.appendChild(xmlTopic(doc, root));
		Element title = Xml.elementNs(doc, NS, "title");
		title.setTextContent(Xml.clean(Notes.oneLine(root.label())));
		sheet.appendChild(title);
		return doc;
	}

	private static Element xmlTopic(Document doc, MindNode n) {
		Element topic = Xml.elementNs(doc, NS, "topic", "id", Ids.of(n.id()));
		Element title = Xml.elementNs(doc, NS, "title");
		title.setTextContent(Xml.clean(n.label()));
		topic.appendChild(title);
		List<String> markers = new ArrayList<>();
		if (Notes.chokepoint(n)) {
			markers.add(CHOKEPOINT_MARKER);
		}
		if (n.status() != null && MARKERS.containsKey(n.status())) {
			markers.add(MARKERS.get(n.status()));
		}
		if (!markers.isEmpty()) {
			Element refs = Xml.elementNs(doc, NS, "marker-refs");
			markers.forEach(m -> refs.appendChild(Xml.elementNs(doc, NS, "marker-ref", "marker-id", m)));
			topic.appendChild(refs);
		}
		List<String> tags = Notes.tags(n);
		if (!tags.isEmpty()) {
			Element labels = Xml.elementNs(doc, NS, "labels");
			for (String tag : tags) {
				Element label = Xml.elementNs(doc, NS, "label");
				label.setTextContent(tag);
				labels.appendChild(label);
			}
			topic.appendChild(labels);
		}
		List<String> notes = Notes.lines(n);
		if (!notes.isEmpty()) {
			Element notesEl = Xml.elementNs(doc, NS, "notes");
			Element plain = Xml.elementNs(doc, NS, "plain");
			plain.setTextContent(Xml.clean(String.join("\n", notes)));
			notesEl.appendChild(plain);
			topic.appendChild(notesEl);
		}
		if (!n.children().isEmpty()) {
			Element children = Xml.elementNs(doc, NS, "children");
			Element topics = Xml.elementNs(doc, NS, "topics", "type", "attached");
			n.children().forEach(c -> topics.appendChild(xmlTopic(doc, c)));
			children.appendChild(topics);
			topic.appendChild(children);
		}
		return topic;
	}

	private static Document manifest() {
		String ns = "urn:xmind:xmap:xmlns:manifest:1.0";
		Document doc = Xml.newDocument();
		Element manifest = Xml.elementNs(doc, ns, "manifest");
		doc.appendChild(manifest);
		for (String[] e : new String[][] { { "content.xml", "text/xml" }, { "META-INF/", "" },
				{ "META-INF/manifest.xml", "text/xml" } }) {
			manifest.appendChild(Xml.elementNs(doc, ns, "file-entry", "full-path", e[0], "media-type", e[1]));
		}
		return doc;
	}
}
