package org.chainchief.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A top team (顶尖团队) as read, with the links it serves. */
@Schema(description = "A top team with the links it serves (ids and names)")
public record TeamView(
		@Schema(example = "T-semi-001") String id,
		@Schema(example = "semiconductor") String cluster,
		@Schema(example = "宽禁带半导体外延团队") String name,
		@Schema(nullable = true) String leader,
		@Schema(nullable = true) String institution,
		@Schema(nullable = true) String field,
		@Schema(description = "Link ids, sorted") List<String> links,
		@Schema(description = "Their names, in the same order") List<String> linkNames,
		@Schema(nullable = true) String description) {
}
