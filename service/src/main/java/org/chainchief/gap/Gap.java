package org.chainchief.gap;

import java.util.List;

import org.chainchief.model.Stage;

import io.swagger.v3.oas.annotations.media.Schema;

/** One link of a cluster's gap report, with the figures and the factors of its priority score. */
@Schema(description = "One link of a cluster's gap report: coverage, concentration, demand and a priority score with its factors")
public record Gap(
		@Schema(example = "semi.gas") String linkId,
		@Schema(example = "电子特气") String name,
		@Schema(example = "UPSTREAM") Stage stage,
		@Schema(description = "Distinct local enterprises operating in the link", example = "0") long localCount,
		@Schema(description = "MISSING when localCount = 0, WEAK when 1 ≤ localCount < weakBelow, else STRONG") Status status,
		@Schema(description = "Distinct enterprises (local or not) operating in the link", example = "3") long supplierCount,
		@Schema(description = "Largest known OPERATES_IN share (0..1); null when no share is known", example = "0.6", nullable = true) Double topShare,
		@Schema(description = "Σ share² over the known shares (fractions), 6 decimals; null when no share is known", example = "0.45", nullable = true) Double hhi,
		@Schema(description = "Declared chokepoint, or topShare ≥ monopolyShare, or hhi ≥ concentratedHhi") boolean chokepoint,
		@Schema(description = "Which of the chokepoint conditions held") List<ChokepointReason> chokepointReasons,
		@Schema(description = "Links of the cluster reached downstream by FEEDS (transitively, within the cluster, this one excluded)", example = "4") long downstreamLinks,
		@Schema(description = "Distinct local enterprises operating in those downstream links", example = "5") long localDemand,
		@Schema(description = "Distinct local enterprises buying this link's product (SUPPLIES) from a non-local supplier", example = "2") long externalDependency,
		@Schema(description = "Priority score: the sum of the factors' contributions", example = "48.264663") double score,
		@Schema(description = "status, chokepoint, localDemand, externalDependency: raw figure, value, weight, contribution") List<Factor> factors) {

	@Schema(description = "DECLARED: the link is declared a chokepoint; MONOPOLY_SHARE: topShare ≥ monopolyShare; CONCENTRATED_HHI: hhi ≥ concentratedHhi")
	public enum ChokepointReason {
		DECLARED, MONOPOLY_SHARE, CONCENTRATED_HHI
	}
}
