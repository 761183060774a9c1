package org.chainchief.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the audit trail. */
@Schema(name = "AuditPage", description = "One page of audit entries, newest first, with the number of matches")
record AuditPage(@ArraySchema(schema = @Schema(implementation = AuditEntry.class)) List<AuditEntry> items,
		@Schema(example = "0") int page, @Schema(example = "20") int size, @Schema(example = "57") long total) {
}
