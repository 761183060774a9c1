package org.chainchief.recruit;

import java.util.List;

import org.chainchief.support.ParamCheck;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of a recruit ranking, bound by name. Defaults are the constants of
 * {@link RecruitParameters} (the one definition, also in the contract), ranges its {@code validated} checks.
 */
record RecruitQuery(
		@Parameter(description = "Weight of head enterprise (1/0), 0..1000", example = "3",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_HEAD)) Double wHead,
		@Parameter(description = "Weight of scale log10(1 + revenue/2000), 0..1000", example = "2",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_SCALE)) Double wScale,
		@Parameter(description = "Weight of market share in the link (for the cluster list: the largest known share "
				+ "over the gaps filled), 0..1000", example = "4",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_SHARE)) Double wShare,
		@Parameter(description = "Weight of log2(1 + local customers), 0..1000", example = "3",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_CUSTOMERS)) Double wCustomers,
		@Parameter(description = "Weight of a preferred region (1/0), 0..1000", example = "2",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_REGION)) Double wRegion,
		@Parameter(description = "Weight of the number of 专精特新/高新/上市 marks, 0..1000", example = "1",
				schema = @Schema(type = "number", format = "double", defaultValue = RecruitParameters.W_TAGS)) Double wTags,
		@Parameter(description = "Preferred regions: prefixes of `region` (repeat or comma-separate)", example = "上海,江苏,广东") List<String> regions,
		@Parameter(description = "At most this many items, 1..200", example = "20",
				schema = @Schema(type = "integer", format = "int32", defaultValue = RecruitParameters.LIMIT)) Integer limit) {

	/** The weights, regions and limit, defaults filled in; checked together with what {@code check} holds. */
	RecruitParameters parameters(ParamCheck check) {
		return new RecruitParameters(or(wHead, RecruitParameters.W_HEAD), or(wScale, RecruitParameters.W_SCALE),
				or(wShare, RecruitParameters.W_SHARE), or(wCustomers, RecruitParameters.W_CUSTOMERS),
				or(wRegion, RecruitParameters.W_REGION), or(wTags, RecruitParameters.W_TAGS), regions,
				limit != null ? limit : Integer.parseInt(RecruitParameters.LIMIT))
			.validated(check);
	}

	private static double or(Double value, String otherwise) {
		return value != null ? value : Double.parseDouble(otherwise);
	}
}
