package org.chainchief.recruit;

import java.util.Comparator;
import java.util.List;

import org.chainchief.gap.Status;
import org.chainchief.support.ParamCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
	@Operation(summary = "Ranked recruits for one link",
			description = "The outside (non-local) enterprises operating in the link, highest score first (ties: "
					+ "enterprise id). score = Σ weight × value over head, scale, share, customers, region, tags.")
	Flux<Recruit> forLink(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Link id (a link of the cluster)", example = "semi.gas") @PathVariable String linkId,
			@Parameter(description = "Weight of head enterprise (1/0), 0..1000", example = "3") @RequestParam(defaultValue = RecruitParameters.W_HEAD) double wHead,
			@Parameter(description = "Weight of scale log10(1 + revenue/2000), 0..1000", example = "2") @RequestParam(defaultValue = RecruitParameters.W_SCALE) double wScale,
			@Parameter(description = "Weight of market share in the link (0..1), 0..1000", example = "4") @RequestParam(defaultValue = RecruitParameters.W_SHARE) double wShare,
			@Parameter(description = "Weight of log2(1 + local customers), 0..1000", example = "3") @RequestParam(defaultValue = RecruitParameters.W_CUSTOMERS) double wCustomers,
			@Parameter(description = "Weight of a preferred region (1/0), 0..1000", example = "2") @RequestParam(defaultValue = RecruitParameters.W_REGION) double wRegion,
			@Parameter(description = "Weight of the number of 专精特新/高新/上市 marks, 0..1000", example = "1") @RequestParam(defaultValue = RecruitParameters.W_TAGS) double wTags,
			@Parameter(description = "Preferred regions: prefixes of `region` (repeat or comma-separate)", example = "上海,江苏,广东") @RequestParam(required = false) List<String> regions,
			@Parameter(description = "At most this many items, 1..200", example = "20") @RequestParam(defaultValue = RecruitParameters.LIMIT) int limit) {
		RecruitParameters p = new RecruitParameters(wHead, wScale, wShare, wCustomers, wRegion, wTags, regions, limit)
			.validated();
		return recruits.forLink(id, linkId, p)
			.flatMapMany(candidates -> Flux.fromStream(
					candidates.stream().map(c -> Recruit.of(c, p)).sorted(ORDER).limit(p.limit())));
	}

	@GetMapping("/recruits")
	@Operation(summary = "The cluster's recruitment list (头部企业清单)",
			description = "One row per outside enterprise operating in at least one gap (MISSING or WEAK link) of the "
					+ "cluster, with the gaps it would fill; most gaps first, then score, then enterprise id.")
	Flux<ClusterRecruit> forCluster(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Gaps are links with localCount < weakBelow (1..1000)", example = "2") @RequestParam(defaultValue = Status.DEFAULT_WEAK_BELOW) int weakBelow,
			@Parameter(description = "Weight of head enterprise (1/0), 0..1000", example = "3") @RequestParam(defaultValue = RecruitParameters.W_HEAD) double wHead,
			@Parameter(description = "Weight of scale log10(1 + revenue/2000), 0..1000", example = "2") @RequestParam(defaultValue = RecruitParameters.W_SCALE) double wScale,
			@Parameter(description = "Weight of the largest known share over the gaps filled, 0..1000", example = "4") @RequestParam(defaultValue = RecruitParameters.W_SHARE) double wShare,
			@Parameter(description = "Weight of log2(1 + local customers), 0..1000", example = "3") @RequestParam(defaultValue = RecruitParameters.W_CUSTOMERS) double wCustomers,
			@Parameter(description = "Weight of a preferred region (1/0), 0..1000", example = "2") @RequestParam(defaultValue = RecruitParameters.W_REGION) double wRegion,
			@Parameter(description = "Weight of the number of 专精特新/高新/上市 marks, 0..1000", example = "1") @RequestParam(defaultValue = RecruitParameters.W_TAGS) double wTags,
			@Parameter(description = "Preferred regions: prefixes of `region` (repeat or comma-separate)", example = "上海,江苏,广东") @RequestParam(required = false) List<String> regions,
			@Parameter(description = "At most this many items, 1..200", example = "20") @RequestParam(defaultValue = RecruitParameters.LIMIT) int limit) {
		RecruitParameters p = new RecruitParameters(wHead, wScale, wShare, wCustomers, wRegion, wTags, regions, limit)
			.validated(new ParamCheck().range("weakBelow", weakBelow, 1, 1000));
		return recruits.forCluster(id, weakBelow, p)
			.flatMapMany(candidates -> Flux.fromStream(candidates.stream()
				.map(c -> ClusterRecruit.of(c, weakBelow, p))
				.sorted(ClusterRecruit.ORDER)
				.limit(p.limit())));
	}
}
