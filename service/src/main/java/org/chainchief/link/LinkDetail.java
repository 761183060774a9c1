package org.chainchief.link;

import java.util.List;

import org.chainchief.model.Stage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** One link (环节) with its place in the chains and the enterprises operating in it. */
@Schema(name = "LinkDetail", description = "A link (环节) with its clusters, parent and sub-links, its direct upstream and "
		+ "downstream links, and the enterprises operating in it")
record LinkDetail(
		@Schema(example = "semi.wafer") String id,
		@Schema(example = "硅片") String name,
		@Schema(example = "Silicon wafers", nullable = true) String nameEn,
		@Schema(example = "UPSTREAM") Stage stage,
		@Schema(description = "Declared chokepoint (卡脖子); false when not declared", example = "false") boolean chokepoint,
		@Schema(nullable = true) String description,
		@ArraySchema(schema = @Schema(description = "Cluster id", example = "semiconductor")) List<String> clusters,
		@Schema(description = "Parent link id (PART_OF), null for a top-level link", example = "semi.materials", nullable = true) String parent,
		@ArraySchema(schema = @Schema(description = "Sub-link id", example = "semi.wafer.12")) List<String> children,
		@ArraySchema(schema = @Schema(description = "Id of a link that feeds this one", example = "semi.polysilicon")) List<String> upstream,
		@ArraySchema(schema = @Schema(description = "Id of a link this one feeds", example = "semi.fab")) List<String> downstream,
		@ArraySchema(schema = @Schema(implementation = Operator.class)) List<Operator> enterprises) {

	/** An enterprise operating in the link. */
	@Schema(name = "LinkOperator", description = "An enterprise operating in the link; local ones first, then by share")
	record Operator(
			@Schema(example = "E-semi-zxjy") String id,
			@Schema(example = "中欣晶圆") String name,
			@Schema(nullable = true) String nameEn,
			@Schema(description = "Located in the zone", example = "true") boolean local,
			@Schema(example = "浙江省丽水市", nullable = true) String region,
			@Schema(description = "Market share in the link, 0..1; null when unknown", example = "0.05", nullable = true) Double share) {
	}
}
