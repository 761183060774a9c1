package org.chainchief.whatif;

import org.chainchief.gap.Status;

import io.swagger.v3.oas.annotations.media.Schema;

/** A link whose status changes in a scenario. */
@Schema(description = "A link whose status changes")
public record Change(@Schema(example = "a.gas") String linkId, @Schema(example = "电子特气") String name,
		@Schema(example = "MISSING") Status from, @Schema(example = "WEAK") Status to,
		@Schema(description = "Local enterprises before", example = "0") long localBefore,
		@Schema(description = "Local enterprises after", example = "1") long localAfter) {
}
