package org.chainchief.matching;

import org.chainchief.support.ParamCheck;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The query parameters of local matching: one definition of the limit's default and range. */
record MatchQuery(@Parameter(description = "At most this many pairs, 1..1000", example = "100",
		schema = @Schema(type = "integer", format = "int32", defaultValue = MatchQuery.DEFAULT_LIMIT)) Integer limit) {

	static final String DEFAULT_LIMIT = "100";

	static final int MAX_LIMIT = 1000;

	/** The limit, the default when absent; a 400 problem naming {@code limit} when out of range. */
	int validatedLimit() {
		int value = limit != null ? limit : Integer.parseInt(DEFAULT_LIMIT);
		new ParamCheck().range("limit", value, 1, MAX_LIMIT).orThrow();
		return value;
	}
}
