package org.chainchief.mindmap;

import java.nio.charset.StandardCharsets;

import org.chainchief.drawing.Png;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import org.chainchief.support.OffLoop;
import tools.jackson.databind.json.JsonMapper;

/** A mind map in one of its formats, rendered off the event loop and bounded (layout and Batik are CPU-bound, blocking). */
@Component
final class MindMapRenderer {

	private final JsonMapper json;

	private final OffLoop offLoop;

	MindMapRenderer(JsonMapper json, OffLoop offLoop) {
		this.json = json;
		this.offLoop = offLoop;
	}

	Mono<byte[]> render(MindNode root, MindFormat format) {
		return offLoop.call("the mind map as " + format.name(), () -> bytes(root, format));
	}

	byte[] bytes(MindNode root, MindFormat format) {
		return switch (format) {
			case JSON -> json.writeValueAsBytes(root);
			case XMIND -> XmindWriter.write(root);
			case MM -> XmlOutlines.freemind(root);
			case OPML -> XmlOutlines.opml(root);
			case MD -> TextOutlines.markdown(root);
			case MERMAID -> TextOutlines.mermaid(root);
			case DOT -> TextOutlines.dot(root);
			case SVG -> MindMapSvg.draw(root).svg().getBytes(StandardCharsets.UTF_8);
			case PNG -> {
				MindMapSvg.Drawing drawing = MindMapSvg.draw(root);
				yield Png.render(drawing.svg(), drawing.width());
			}
		};
	}
}
