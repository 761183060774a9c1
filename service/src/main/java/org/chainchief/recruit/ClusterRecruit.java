package org.chainchief.recruit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.chainchief.gap.Factor;
import org.chainchief.gap.Status;
import org.chainchief.model.Stage;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of a cluster's recruitment list: an outside enterprise with the gaps it would fill. */
@Schema(description = "An outside enterprise with the gaps (MISSING/WEAK links) of the cluster it would fill; ranked by gapCount, then score")
public record ClusterRecruit(
		@Schema(example = "E-O2") String enterpriseId,
		@Schema(example = "特气二号") String name,
		@Schema(example = "广东省深圳市", nullable = true) String region,
		@Schema(example = "CHN", nullable = true) String country,
		@Schema(description = "Number of gaps it would fill", example = "2") int gapCount,
		@Schema(description = "The gaps it operates in") List<FilledGap> gaps,
		@Schema(description = "Distinct local enterprises it already supplies", example = "1") long customers,
		@Schema(description = "Sum of the factors' contributions (share: its largest known share over these gaps)", example = "4.80206") double score,
		@Schema(description = "head, scale, share, customers, region, tags") List<Factor> factors) {

	@Schema(description = "A gap link the enterprise operates in")
	public record FilledGap(@Schema(example = "a.gas") String linkId, @Schema(example = "电子特气") String name,
			Stage stage, Status status, @Schema(example = "0") long localCount,
			@Schema(description = "Its share in the link, null when unknown", nullable = true) Double share) {
	}

	/** Most gaps filled first, then highest score, then enterprise id. */
	static final Comparator<ClusterRecruit> ORDER = Comparator.comparingInt(ClusterRecruit::gapCount)
		.reversed()
		.thenComparing(Comparator.comparingDouble(ClusterRecruit::score).reversed())
		.thenComparing(ClusterRecruit::enterpriseId);

	static ClusterRecruit of(Candidate c, int weakBelow, RecruitParameters p) {
		List<FilledGap> gaps = c.gaps()
			.stream()
			.map(g -> new FilledGap(g.linkId(), g.name(), g.stage(), Status.of(g.localCount(), weakBelow), g.localCount(),
					g.share()))
			.sorted(Comparator.comparing(FilledGap::linkId))
			.toList();
		Double share = gaps.stream().map(FilledGap::share).filter(Objects::nonNull).max(Double::compare).orElse(null);
		List<Factor> factors = RecruitScoring.factors(c, share, p);
		return new ClusterRecruit(c.id(), c.name(), c.region(), c.country(), gaps.size(), gaps, c.customers(),
				Factor.score(factors), factors);
	}
}
