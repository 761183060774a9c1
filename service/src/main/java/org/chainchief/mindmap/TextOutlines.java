package org.chainchief.mindmap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chainchief.drawing.Palette;
import org.chainchief.mindmap.MindNode.Kind;

/** The line-based formats: Markdown outline (markmap), Mermaid {@code mindmap}, Graphviz DOT. One line per node. */
final class TextOutlines {

	private static final String PUNCTUATION = "\\`*_{}[]()<>#+-.!|~&\"";

	private TextOutlines() {
	}

	// Markdown: the root as #, branches as ##, their children as ###, deeper levels as nested bullets.
	static byte[] markdown(MindNode root) {
		StringBuilder out = new StringBuilder("---\nmarkmap:\n  colorFreezeLevel: 2\n  initialExpandLevel: 3\n---\n\n");
		markdown(root, 0, out);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void markdown(MindNode n, int depth, StringBuilder out) {
		String text = markdownText(n);
		if (depth < 3) {
			out.append("#".repeat(depth + 1)).append(' ').append(text).append("\n\n");
		}
		else {
			out.append("  ".repeat(depth - 3)).append("- ").append(text).append('\n');
		}
		for (MindNode c : n.children()) {
			markdown(c, depth + 1, out);
		}
		if (depth == 2 && !n.children().isEmpty()) {
			out.append('\n');
		}
	}

	private static String markdownText(MindNode n) {
		StringBuilder s = new StringBuilder();
		for (char c : Notes.oneLine(n.label()).toCharArray()) {
			if (PUNCTUATION.indexOf(c) >= 0) {
				s.append('\\');
			}
			s.append(c);
		}
		for (String tag : Notes.tags(n)) {
			s.append(" 【").append(tag).append('】');
		}
		return s.toString().strip();
	}

	// Mermaid mindmap: indentation gives the tree; every text quoted, " and # as entity codes.
	static byte[] mermaid(MindNode root) {
		StringBuilder out = new StringBuilder("mindmap\n");
		int[] counter = { 0 };
		mermaid(root, 1, out, counter);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void mermaid(MindNode n, int depth, StringBuilder out, int[] counter) {
		String id = "n" + counter[0]++;
		String text = mermaidText(n);
		String shape = switch (n.kind()) {
			case CLUSTER -> "((\"" + text + "\"))";
			case BRANCH, STAGE -> "{{\"" + text + "\"}}";
			case LINK -> "MISSING".equals(n.status()) ? "))\"" + text + "\"((" : "(\"" + text + "\")";
			default -> "[\"" + text + "\"]";
		};
		out.append("  ".repeat(depth)).append(id).append(shape).append('\n');
		for (MindNode c : n.children()) {
			mermaid(c, depth + 1, out, counter);
		}
	}

	static String mermaidText(MindNode n) {
		StringBuilder s = new StringBuilder();
		String label = Notes.oneLine(n.label());
		List<String> tags = Notes.tags(n);
		if (!tags.isEmpty()) {
			label = label + " 【" + String.join("·", tags) + "】";
		}
		for (char c : label.toCharArray()) {
			switch (c) {
				case '"' -> s.append("#quot;");
				case '#' -> s.append("#35;");
				case '`' -> s.append("#96;");
				default -> s.append(c);
			}
		}
		return s.toString();
	}

	// Graphviz DOT: quoted ids (the node ids) and labels, escapes for " and \, line breaks as \n.
	static byte[] dot(MindNode root) {
		StringBuilder out = new StringBuilder("digraph mindmap {\n");
		out.append("  graph [rankdir=LR, fontname=\"Noto Sans CJK SC\", label=").append(quote(root.label()))
			.append(", labelloc=t];\n");
		out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC\", fillcolor=\"#ffffff\"];\n");
		out.append("  edge [color=\"#9aa7b8\", arrowhead=none];\n");
		root.walk(n -> {
			Palette.Swatch s = Palette.of(n.status());
			String fill = n.kind() == Kind.CLUSTER ? "#1f4e8c" : n.status() != null ? s.fill() : "#ffffff";
			String color = Notes.chokepoint(n) ? Palette.CHOKEPOINT : n.status() != null ? s.stroke() : "#8a9bb4";
			StringBuilder label = new StringBuilder(n.label());
			List<String> tags = Notes.tags(n);
			if (!tags.isEmpty()) {
				label.append('\n').append(String.join(" · ", tags));
			}
			out.append("  ").append(quote(n.id())).append(" [label=").append(quote(label.toString()))
				.append(", fillcolor=\"").append(fill).append("\", color=\"").append(color).append('"')
				.append(Notes.chokepoint(n) ? ", penwidth=3" : "")
				.append(n.kind() == Kind.CLUSTER ? ", fontcolor=\"#ffffff\"" : "")
				.append("];\n");
		});
		root.walk(n -> n.children()
			.forEach(c -> out.append("  ").append(quote(n.id())).append(" -> ").append(quote(c.id())).append(";\n")));
		out.append("}\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A DOT quoted string: backslash and quote escaped, line breaks as {@code \n}. */
	static String quote(String s) {
		StringBuilder q = new StringBuilder("\"");
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> q.append("\\\"");
				case '\\' -> q.append("\\\\");
				case '\r' -> {
					if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
						q.append("\\n");
					}
				}
				case '\n' -> q.append("\\n");
				default -> q.append(c);
			}
		}
		return q.append('"').toString();
	}
}
