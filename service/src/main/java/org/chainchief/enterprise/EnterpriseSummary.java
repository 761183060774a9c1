package org.chainchief.enterprise;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** An enterprise as listed by the search. */
@Schema(name = "EnterpriseSummary", description = "An enterprise in a list, with the links it operates in")
record EnterpriseSummary(
		@Schema(example = "E-semi-zxjy") String id,
		@Schema(example = "中欣晶圆") String name,
		@Schema(example = "Zhongxin Wafer", nullable = true) String nameEn,
		@Schema(description = "Located in the zone", example = "true") boolean local,
		@Schema(example = "浙江省丽水市", nullable = true) String region,
		@Schema(example = "CHN", nullable = true) String country,
		@Schema(description = "Annual revenue in 万元", example = "12000", nullable = true) Double revenue,
		@Schema(description = "Above designated size (规上)", example = "true", nullable = true) Boolean aboveScale,
		@Schema(description = "Head enterprise (头部/龙头)", example = "false", nullable = true) Boolean head,
		@Schema(example = "false", nullable = true) Boolean listed,
		@ArraySchema(schema = @Schema(example = "专精特新")) List<String> tags,
		@ArraySchema(schema = @Schema(description = "Id of a link the enterprise operates in", example = "semi.wafer")) List<String> links,
		@Schema(description = "How the name matched the query `q`: EXACT, PREFIX, CONTAINS (a substring of name or "
				+ "nameEn), INITIALS (`q` of Latin letters spells pinyin initials of the name: zxjy, xjy for 中欣晶圆) or "
				+ "WORDS (the full-text index matched its words, not as one substring); null without `q`",
				example = "CONTAINS", nullable = true) Match match) {

	/** How a name matched the search text, best first. */
	enum Match {
		EXACT, PREFIX, CONTAINS, INITIALS, WORDS
	}
}
