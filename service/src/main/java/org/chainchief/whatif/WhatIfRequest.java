package org.chainchief.whatif;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A scenario: enterprises recruited (counted as local) and enterprises lost (gone). */
@Schema(description = "A scenario: `recruit` enterprises count as local, `remove` enterprises are gone (their OPERATES_IN and SUPPLIES vanish)")
public record WhatIfRequest(
		@Schema(description = "Enterprise ids to recruit (at most `chain-chief.limits.what-if-ids`, default 1000)", example = "[\"E-O1\"]") List<@NotBlank @Size(max = 200) String> recruit,
		@Schema(description = "Enterprise ids lost (at most `chain-chief.limits.what-if-ids`, default 1000)", example = "[\"E-O3\"]") List<@NotBlank @Size(max = 200) String> remove) {

	public WhatIfRequest {
		recruit = recruit == null ? List.of() : List.copyOf(recruit);
		remove = remove == null ? List.of() : List.copyOf(remove);
	}
}
