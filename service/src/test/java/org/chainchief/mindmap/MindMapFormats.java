package org.chainchief.mindmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads each rendering back with a real parser, for the tests: nodes, labels, ids. */
final class MindMapFormats {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DOT_NODE = Pattern.compile("^\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\[label=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern DOT_EDGE = Pattern.compile("^\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*->\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*;$");

	private MindMapFormats() {
	}

	static Document xml(byte[] bytes) {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	static List<Element> elements(Document doc, String localName) {
		NodeList list = doc.getElementsByTagNameNS("*", localName);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** Titles of every topic of an XMind content.json, depth first. */
	static List<String> xmindTitles(byte[] contentJson) {
		JsonNode sheets = JSON.readTree(contentJson);
		List<String> titles = new ArrayList<>();
		collect(sheets.get(0).get("rootTopic"), titles);
		return titles;
	}

	private static void collect(JsonNode topic, List<String> titles) {
		titles.add(topic.get("title").asString());
		JsonNode attached = topic.path("children").path("attached");
		for (JsonNode child : attached) {
			collect(child, titles);
		}
	}

	/** Markdown: one heading (# to ###) or bullet per node. */
	static int markdownNodes(String md) {
		int n = 0;
		for (String line : md.split("\n")) {
			if (line.matches("^#{1,3} .*") || line.matches("^\\s*- .*")) {
				n++;
			}
		}
		return n;
	}

	/** Mermaid: the lines after {@code mindmap}, each an indented node {@code id<shape>}. */
	static List<String> mermaidNodes(String text) {
		String[] lines = text.split("\n");
		if (!lines[0].equals("mindmap")) {
			throw new AssertionError("not a mermaid mindmap: " + lines[0]);
		}
		List<String> nodes = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				if (!lines[i].matches("^ +n\\d+(\\(\\(\"[^\"]*\"\\)\\)|\\{\\{\"[^\"]*\"\\}\\}|\\)\\)\"[^\"]*\"\\(\\(|\\(\"[^\"]*\"\\)|\\[\"[^\"]*\"\\])$")) {
					throw new AssertionError("not a quoted mermaid node: " + lines[i]);
				}
				nodes.add(lines[i]);
			}
		}
		return nodes;
	}

	/** DOT node statements: unescaped id → label. */
	static Map<String, String> dotNodes(String dot) {
		Map<String, String> nodes = new HashMap<>();
		for (String line : dot.split("\n")) {
			var m = DOT_NODE.matcher(line);
			if (m.find()) {
				nodes.put(unescape(m.group(1)), unescape(m.group(2)));
			}
		}
		return nodes;
	}

	static int dotEdges(String dot) {
		int n = 0;
		for (String line : dot.split("\n")) {
			if (DOT_EDGE.matcher(line).matches()) {
				n++;
			}
		}
		return n;
	}

	private static String unescape(String s) {
		return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
	}
}
