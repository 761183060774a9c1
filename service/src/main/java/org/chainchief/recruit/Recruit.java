package org.chainchief.recruit;

import java.util.List;

import org.chainchief.gap.Factor;

import io.swagger.v3.oas.annotations.media.Schema;

/** An outside enterprise that could fill a gap link, with the factors of its score. */
@Schema(description = "An outside enterprise operating in the link, ranked by score; every factor is listed")
public record Recruit(
		@Schema(example = "E-O1") String enterpriseId,
		@Schema(example = "特气一号") String name,
		@Schema(example = "上海市", nullable = true) String region,
		@Schema(example = "CHN", nullable = true) String country,
		@Schema(description = "Market share in the link (0..1), null when unknown", nullable = true) Double share,
		@Schema(description = "Distinct local enterprises it already supplies", example = "2") long customers,
		@Schema(description = "Sum of the factors' contributions", example = "13.16353") double score,
		@Schema(description = "head, scale, share, customers, region, tags") List<Factor> factors) {

	static Recruit of(Candidate c, RecruitParameters p) {
		List<Factor> factors = RecruitScoring.factors(c, c.share(), p);
		return new Recruit(c.id(), c.name(), c.region(), c.country(), c.share(), c.customers(), Factor.score(factors),
				factors);
	}
}
