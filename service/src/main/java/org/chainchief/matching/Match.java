package org.chainchief.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A local supplier and a local buyer who could trade the product of a link but do not yet. */
@Schema(description = "A local supplier in link `linkId` and a local buyer in a link it feeds, not trading `linkId` yet")
public record Match(@Schema(example = "E-L4") String supplierId, @Schema(example = "本地封装") String supplierName,
		@Schema(example = "E-L5") String buyerId, @Schema(example = "本地器件甲") String buyerName,
		@Schema(description = "The link whose product would be traded", example = "a.pack") String linkId,
		@Schema(example = "封装测试") String linkName,
		@Schema(description = "The buyer's links that linkId feeds", example = "[\"a.device\"]") List<String> buyerLinks,
		@Schema(description = "Non-local suppliers the buyer now buys linkId from (the ranking figure)", example = "1") long outsideSuppliers,
		@Schema(description = "All suppliers the buyer now buys linkId from", example = "1") long currentSuppliers) {

	/** Most outside purchases first, then link, buyer and supplier id. */
	static final Comparator<Match> ORDER = Comparator.comparingLong(Match::outsideSuppliers)
		.reversed()
		.thenComparing(Match::linkId)
		.thenComparing(Match::buyerId)
		.thenComparing(Match::supplierId);

	@SuppressWarnings("unchecked")
	static Match from(Map<String, Object> m) {
		return new Match((String) m.get("supplierId"), (String) m.get("supplierName"), (String) m.get("buyerId"),
				(String) m.get("buyerName"), (String) m.get("linkId"), (String) m.get("linkName"),
				((List<Object>) m.get("buyerLinks")).stream().map(String::valueOf).sorted().toList(),
				((Number) m.get("outsideSuppliers")).longValue(), ((Number) m.get("currentSuppliers")).longValue());
	}
}
