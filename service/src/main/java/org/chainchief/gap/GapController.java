package org.chainchief.gap;

import java.util.List;

import org.chainchief.model.Stage;
import org.chainchief.support.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
			@Parameter(description = "Only these statuses (repeat or comma-separate)", example = "MISSING,WEAK") @RequestParam(required = false) List<Status> status,
			@Parameter(description = "Only these stages (repeat or comma-separate)", example = "UPSTREAM") @RequestParam(required = false) List<Stage> stage,
			@Parameter(description = "A link is WEAK when 1 ≤ localCount < weakBelow (1..1000)", example = "2") @RequestParam(defaultValue = GapParameters.WEAK_BELOW) int weakBelow,
			@Parameter(description = "Derived chokepoint when topShare ≥ monopolyShare (0 < x ≤ 1)", example = "0.9") @RequestParam(defaultValue = GapParameters.MONOPOLY_SHARE) double monopolyShare,
			@Parameter(description = "Derived chokepoint when hhi ≥ concentratedHhi (0 < x ≤ 1)", example = "0.25") @RequestParam(defaultValue = GapParameters.CONCENTRATED_HHI) double concentratedHhi,
			@Parameter(description = "Weight of the status factor (MISSING 2, WEAK 1, STRONG 0), 0..1000", example = "10") @RequestParam(defaultValue = GapParameters.W_STATUS) double wStatus,
			@Parameter(description = "Weight of the chokepoint factor (1 or 0), 0..1000", example = "10") @RequestParam(defaultValue = GapParameters.W_CHOKEPOINT) double wChokepoint,
			@Parameter(description = "Weight of log2(1 + localDemand), 0..1000", example = "4") @RequestParam(defaultValue = GapParameters.W_DEMAND) double wDemand,
			@Parameter(description = "Weight of log2(1 + externalDependency), 0..1000", example = "5") @RequestParam(defaultValue = GapParameters.W_EXTERNAL) double wExternal) {
		GapParameters params = new GapParameters(weakBelow, monopolyShare, concentratedHhi, wStatus, wChokepoint,
				wDemand, wExternal)
			.validated();
		return gaps.figures(id)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)))
			.flatMapMany(links -> Flux.fromStream(links.stream()
				.map(f -> GapScoring.score(f, params))
				.filter(g -> status == null || status.isEmpty() || status.contains(g.status()))
				.filter(g -> stage == null || stage.isEmpty() || stage.contains(g.stage()))
				.sorted(GapScoring.ORDER)));
	}
}
