package org.chainchief.gap;

import org.chainchief.support.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/clusters/{id}")
@Tag(name = "Gaps", description = "Missing and weak links (缺链/弱链), chokepoints (卡脖子) and their priority")
final class GapController {

	private final GapRepository gaps;

	GapController(GapRepository gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/gaps")
	@Operation(operationId = "getGapReport", summary = "Gap report of a cluster",
			description = "One item per link of the cluster, highest priority score first (ties: stage upstream first, "
					+ "then link id). Every item carries its figures, chokepoint reasons and the factors of its score.")
	Flux<Gap> gaps(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@ParameterObject GapQuery query) {
		GapParameters params = query.parameters();
		return gaps.figures(id)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)))
			.flatMapMany(links -> Flux.fromStream(links.stream()
				.map(f -> GapScoring.score(f, params))
				.filter(query::wants)
				.sorted(GapScoring.ORDER)));
	}
}
