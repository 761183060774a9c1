package org.chainchief.whatif;

import io.swagger.v3.oas.annotations.media.Schema;

/** A local enterprise that loses every supplier of a link it buys. */
@Schema(description = "A local enterprise left without any supplier of a link it buys (断链)")
public record Orphan(@Schema(example = "E-L1") String enterpriseId, @Schema(example = "中欣晶圆") String name,
		@Schema(example = "a.wafer") String linkId) {
}
