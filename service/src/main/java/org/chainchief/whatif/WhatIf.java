package org.chainchief.whatif;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a what-if: the chain before and after, the status changes and the orphaned buyers. */
@Schema(description = "A scenario's effect on one cluster. Nothing is written.")
public record WhatIf(@Schema(example = "alpha") String clusterId,
		@Schema(description = "The weakBelow used for statuses", example = "2") int weakBelow,
		Summary before, Summary after,
		@Schema(description = "Links whose status changed, by link id") List<Change> changed,
		@Schema(description = "Links that were MISSING and are not any more") List<String> closed,
		@Schema(description = "Links that were not MISSING and now are") List<String> opened,
		@Schema(description = "Local enterprises that lose every supplier of a link of the cluster they buy") List<Orphan> orphaned) {
}
