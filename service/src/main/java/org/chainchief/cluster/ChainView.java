package org.chainchief.cluster;

import java.util.List;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Stage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A cluster's chain, ready to draw: its links by stage and the supply edges between them. */
@Schema(name = "Chain", description = "A cluster's chain for drawing: links ordered by stage (upstream → downstream) "
		+ "then by name in pinyin order, and the FEEDS edges whose two ends are both links of this cluster")
record ChainView(
		@Schema(description = "The cluster") ClusterRecord cluster,
		@ArraySchema(schema = @Schema(implementation = ChainLink.class)) List<ChainLink> links,
		@ArraySchema(schema = @Schema(implementation = FeedsRecord.class,
				description = "Upstream link `from` supplies downstream link `to`; both are links of this cluster")) List<FeedsRecord> feeds) {

	/** One link of the chain with its local coverage. */
	@Schema(name = "ChainLink", description = "A link of the chain with its coverage")
	record ChainLink(
			@Schema(example = "semi.wafer") String id,
			@Schema(example = "硅片") String name,
			@Schema(example = "Silicon wafers", nullable = true) String nameEn,
			@Schema(example = "UPSTREAM") Stage stage,
			@Schema(description = "Declared chokepoint (卡脖子); false when not declared", example = "false") boolean chokepoint,
			@Schema(description = "Parent link id (PART_OF) of a sub-link, null for a top-level link", example = "semi.materials", nullable = true) String parent,
			@Schema(description = "Local enterprises (in the zone) operating in the link", example = "1") long localCount,
			@Schema(description = "All enterprises operating in the link, local and outside: the known suppliers of its product", example = "4") long supplierCount) {
	}
}
