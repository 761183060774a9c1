package org.chainchief.mindmap;

import java.util.List;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/clusters/{id}")
@Tag(name = "Mind map", description = "One industry, one mind map (一个产业、一张思维导图): baseline, chain, targets, measures, lists")
final class MindMapController {

	private final MindMapService mindMaps;

	private final MindMapRenderer renderer;

	MindMapController(MindMapService mindMaps, MindMapRenderer renderer) {
		this.mindMaps = mindMaps;
		this.renderer = renderer;
	}

	@GetMapping("/mindmap")
	@Operation(summary = "The cluster's mind map",
			description = "One tree (the cluster at the root; branches 底数 baseline, 产业链 chain, 目标 targets, 措施 measures, "
					+ "清单 lists) in the format named by `format`, else by the Accept header (JSON by default): json, "
					+ "xmind (XMind workbook), mm (FreeMind/Freeplane), opml, md (Markdown outline, markmap), mermaid, "
					+ "dot (Graphviz), svg, png. Every format carries the same nodes. Downloads are named "
					+ "mindmap-<id>.<ext> and, in UTF-8, <cluster name>-思维导图.<ext>.")
	@ApiResponse(responseCode = "200", description = "The mind map",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = MindNode.class)),
					@Content(mediaType = "application/vnd.xmind.workbook", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "application/x-freemind", schema = @Schema(type = "string")),
					@Content(mediaType = "text/x-opml", schema = @Schema(type = "string")),
					@Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
					@Content(mediaType = "text/vnd.mermaid", schema = @Schema(type = "string")),
					@Content(mediaType = "text/vnd.graphviz", schema = @Schema(type = "string")),
					@Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")),
					@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")) })
	Mono<ResponseEntity<byte[]>> mindmap(
			@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Format: " + MindFormat.NAMES + " (wins over Accept)", example = "xmind") @RequestParam(required = false) String format,
			@Parameter(description = "At most this many local enterprises per link, largest revenue first; the rest as one \"+N 家\" node (0..100)", example = "10") @RequestParam(defaultValue = MindMapOptions.ENTERPRISES) int enterprises,
			@Parameter(description = "At most this many head enterprises to recruit, from the recruitment list (1..50)", example = "10") @RequestParam(defaultValue = MindMapOptions.RECRUITS) int recruits,
			@Parameter(description = "A link is WEAK when 1 ≤ localCount < weakBelow (1..1000)", example = "2") @RequestParam(defaultValue = MindMapOptions.WEAK_BELOW) int weakBelow,
			@Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
		MindFormat chosen = choose(format, headers);
		MindMapOptions options = new MindMapOptions(enterprises, recruits, weakBelow).validated();
		return mindMaps.tree(id, options)
			.flatMap(root -> renderer.render(root, chosen)
				.map(bytes -> ResponseEntity.ok()
					.contentType(chosen.mediaType())
					.header(HttpHeaders.CONTENT_DISPOSITION,
							Downloads.attachment("mindmap-" + id + "." + chosen.extension(),
									Downloads.safeName(root.label(), id) + "-思维导图." + chosen.extension()))
					.body(bytes)));
	}

	static MindFormat choose(String format, HttpHeaders headers) {
		if (format != null && !format.isBlank()) {
			return MindFormat.named(format)
				.orElseThrow(() -> ApiProblem.invalid("format", "must be one of " + MindFormat.NAMES));
		}
		List<MediaType> accept;
		try {
			accept = headers.getAccept();
		}
		catch (RuntimeException ex) {
			throw ApiProblem.invalid("Accept", "is not a valid media type list");
		}
		return MindFormat.accepted(accept)
			.orElseThrow(() -> ApiProblem.notAcceptable("format",
					"none of the accepted media types is offered; use format= one of " + MindFormat.NAMES));
	}
}
