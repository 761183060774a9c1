package org.chainchief.gap;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One term of a score: {@code contribution = weight × value}, where {@code value} is derived from {@code raw}
 * (the figure as found in the graph) by the documented formula of the factor. A score is the sum of its
 * factors' contributions.
 */
@Schema(description = "One term of a score: contribution = weight × value; value is derived from raw by the factor's documented formula")
public record Factor(
		@Schema(description = "Factor name", example = "localDemand") String name,
		@Schema(description = "The figure as found in the graph (number, boolean, text or list)", example = "5") Object raw,
		@Schema(description = "The value used in the score", example = "2.584963") double value,
		@Schema(description = "Its weight (a request parameter)", example = "4") double weight,
		@Schema(description = "weight × value", example = "10.33985") double contribution) {

	public static Factor of(String name, Object raw, double value, double weight) {
		return new Factor(name, raw, round(value), weight, round(weight * value));
	}

	/** Sum of the (rounded) contributions, rounded to 6 decimals: the score is exactly what the factors show. */
	public static double score(Iterable<Factor> factors) {
		double sum = 0;
		for (Factor f : factors) {
			sum += f.contribution();
		}
		return round(sum);
	}

	/** {@code log2(1 + n)}: 0 → 0, 1 → 1, 3 → 2, 7 → 3; counts grow the score, with diminishing returns. */
	public static double log2p1(long n) {
		return Math.log1p(n) / Math.log(2);
	}

	public static double round(double d) {
		return Math.round(d * 1e6) / 1e6;
	}
}
