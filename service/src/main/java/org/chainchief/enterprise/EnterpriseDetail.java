package org.chainchief.enterprise;

import java.util.List;

import org.chainchief.model.Stage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** One enterprise with where it operates and whom it trades with. */
@Schema(name = "EnterpriseDetail", description = "An enterprise with the links it operates in (and its share), its "
		+ "suppliers and its customers, grouped by the link whose product is traded")
record EnterpriseDetail(
		@Schema(example = "E-semi-zxjy") String id,
		@Schema(example = "中欣晶圆") String name,
		@Schema(nullable = true) String nameEn,
		@Schema(description = "Located in the zone", example = "true") boolean local,
		@Schema(example = "浙江省丽水市", nullable = true) String region,
		@Schema(example = "CHN", nullable = true) String country,
		@Schema(description = "Annual revenue in 万元", example = "12000", nullable = true) Double revenue,
		@Schema(description = "Above designated size (规上)", example = "true", nullable = true) Boolean aboveScale,
		@Schema(nullable = true) Boolean head,
		@Schema(nullable = true) Boolean listed,
		@ArraySchema(schema = @Schema(example = "专精特新")) List<String> tags,
		@Schema(nullable = true) String description,
		@ArraySchema(schema = @Schema(implementation = OperatedLink.class)) List<OperatedLink> links,
		@ArraySchema(schema = @Schema(implementation = Trade.class, description = "Enterprises selling to this one, per link")) List<Trade> suppliers,
		@ArraySchema(schema = @Schema(implementation = Trade.class, description = "Enterprises buying from this one, per link")) List<Trade> customers) {

	/** A link the enterprise operates in. */
	@Schema(name = "OperatedLink", description = "A link the enterprise operates in, with its market share")
	record OperatedLink(@Schema(example = "semi.wafer") String id, @Schema(example = "硅片") String name, @Schema(nullable = true) String nameEn,
			@Schema(example = "UPSTREAM") Stage stage,
			@Schema(description = "Market share in the link, 0..1; null when unknown", example = "0.05", nullable = true) Double share) {
	}

	/** The trading partners for the product of one link. */
	@Schema(name = "Trade", description = "Trading partners for the product of one link")
	record Trade(@Schema(description = "Link id of the traded product", example = "semi.gas") String link,
			@Schema(example = "特种气体") String linkName,
			@ArraySchema(schema = @Schema(implementation = Partner.class)) List<Partner> enterprises) {
	}

	/** A trading partner. */
	@Schema(name = "TradePartner", description = "A supplier or customer")
	record Partner(@Schema(example = "E-semi-zfkj") String id, @Schema(example = "正帆科技") String name,
			@Schema(example = "true") boolean local) {
	}
}
