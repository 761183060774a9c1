package org.chainchief.mindmap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The renderings of a mind map: name (the {@code format} parameter), file extension and media type. */
enum MindFormat {

	JSON("json", MediaType.APPLICATION_JSON_VALUE),
	XMIND("xmind", "application/vnd.xmind.workbook"),
	MM("mm", "application/x-freemind"),
	OPML("opml", "text/x-opml"),
	MD("md", "text/markdown"),
	MERMAID("mmd", "text/vnd.mermaid"),
	DOT("dot", "text/vnd.graphviz"),
	SVG("svg", "image/svg+xml"),
	PNG("png", MediaType.IMAGE_PNG_VALUE);

	static final String NAMES = "json, xmind, mm, opml, md, mermaid, dot, svg, png";

	private final String extension;

	private final MediaType mediaType;

	MindFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	String extension() {
		return extension;
	}

	/** The media type of the answer (text types in UTF-8). */
	MediaType mediaType() {
		return mediaType.getType().equals("text") || this == SVG
				? new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8) : mediaType;
	}

	static Optional<MindFormat> named(String name) {
		String n = name.strip().toLowerCase(Locale.ROOT);
		for (MindFormat f : values()) {
			if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/** The first format the Accept header asks for (by quality), JSON for none or {@code * /*}; empty when none fits. */
	static Optional<MindFormat> accepted(List<MediaType> accept) {
		if (accept.isEmpty()) {
			return Optional.of(JSON);
		}
		List<MediaType> sorted = new java.util.ArrayList<>(accept);
		sorted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType wanted : sorted) {
			if (wanted.getQualityValue() == 0) {
				continue;
			}
			for (MindFormat f : values()) {
				if (wanted.includes(f.mediaType)) {
					return Optional.of(f);
				}
			}
		}
		return Optional.empty();
	}
}
