package org.chainchief.recruit;

import java.util.Comparator;

import org.chainchief.gap.WeakBelow;
import org.chainchief.support.ParamCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/v1/clusters/{id}")
@Tag(name = "Recruits", description = "Outside enterprises to recruit (招商) for the gaps, ranked with reasons")
final class RecruitController {

	/** Highest score first, then enterprise id. */
	static final Comparator<Recruit> ORDER = Comparator.comparingDouble(Recruit::score)
		.reversed()
		.thenComparing(Recruit::enterpriseId);

	private final RecruitRepository recruits;

	RecruitController(RecruitRepository recruits) {
		this.recruits = recruits;
	}

	@GetMapping("/gaps/{linkId}/recruits")
	@Operation(operationId = "listLinkRecruits", summary = "Ranked recruits for one link",
			description = "The outside (non-local) enterprises operating in the link, highest score first (ties: "
					+ "enterprise id). score = Σ weight × value over head, scale, share, customers, region, tags.")
	Flux<Recruit> forLink(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Link id (a link of the cluster)", example = "semi.gas") @PathVariable String linkId,
			@ParameterObject RecruitQuery query) {
		RecruitParameters p = query.parameters(new ParamCheck());
		return recruits.forLink(id, linkId, p)
			.flatMapMany(candidates -> Flux.fromStream(
					candidates.stream().map(c -> Recruit.of(c, p)).sorted(ORDER).limit(p.limit())));
	}

	@GetMapping("/recruits")
	@Operation(operationId = "listClusterRecruits", summary = "The cluster's recruitment list (头部企业清单)",
			description = "One row per outside enterprise operating in at least one gap (MISSING or WEAK link) of the "
					+ "cluster, with the gaps it would fill; most gaps first, then score, then enterprise id.")
	Flux<ClusterRecruit> forCluster(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@ParameterObject WeakBelow gaps, @ParameterObject RecruitQuery query) {
		RecruitParameters p = query.parameters(gaps.check(new ParamCheck()));
		int weakBelow = gaps.value();
		return recruits.forCluster(id, weakBelow, p)
			.flatMapMany(candidates -> Flux.fromStream(candidates.stream()
				.map(c -> ClusterRecruit.of(c, weakBelow, p))
				.sorted(ClusterRecruit.ORDER)
				.limit(p.limit())));
	}
}
