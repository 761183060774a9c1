package org.chainchief.panorama;

import org.chainchief.support.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
final class PanoramaController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

	private final PanoramaService panoramas;

	PanoramaController(PanoramaService panoramas) {
		this.panoramas = panoramas;
	}

	@GetMapping("/chain.svg")
	@Operation(summary = "The chain panorama (产业链全景图) as SVG",
			description = "Stages as columns (上游, 中游, 下游), every link of the cluster as a box coloured by status "
					+ "(缺链 red, 弱链 amber, 强链 green) with its local count, chokepoints with a red border and a 卡 badge, "
					+ "FEEDS as arrows, sub-links beside their parent (dashed), a legend and the data date.")
	@ApiResponse(responseCode = "200", description = "The drawing",
			content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
	Mono<ResponseEntity<byte[]>> svg(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return panoramas.svg(id).map(d -> ResponseEntity.ok()
			.contentType(SVG)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, d, "svg"))
			.body(d.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@GetMapping("/chain.png")
	@Operation(summary = "The chain panorama as PNG", description = "The SVG drawing rendered as PNG (at most "
			+ "6000 px wide).")
	@ApiResponse(responseCode = "200", description = "The drawing",
			content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
	Mono<ResponseEntity<byte[]>> png(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return panoramas.png(id).map(r -> ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, r.drawing(), "png"))
			.body(r.bytes()));
	}

	private static String disposition(String id, PanoramaSvg.Drawing d, String ext) {
		return Downloads.attachment("chain-" + id + "." + ext,
				Downloads.safeName(d.name(), id) + "-产业链全景图." + ext);
	}
}
