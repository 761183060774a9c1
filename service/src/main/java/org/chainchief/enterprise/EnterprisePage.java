package org.chainchief.enterprise;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a search. */
@Schema(name = "EnterprisePage", description = "One page of enterprises with the total number of matches")
record EnterprisePage(
		@ArraySchema(schema = @Schema(implementation = EnterpriseSummary.class)) List<EnterpriseSummary> items,
		@Schema(description = "Page number, 0-based", example = "0") int page,
		@Schema(description = "Page size", example = "20") int size,
		@Schema(description = "Number of enterprises matching the query and filters, over all pages", example = "57") long total) {
}
