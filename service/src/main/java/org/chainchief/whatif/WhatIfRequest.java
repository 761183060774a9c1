package org.chainchief.whatif;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A scenario: enterprises recruited (counted as local) and enterprises lost (gone). */
@Schema(description = "A scenario: `recruit` enterprises count as local, `remove` enterprises are gone (their OPERATES_IN and SUPPLIES vanish)")
public record WhatIfRequest(
		@Schema(description = "Enterprise ids to recruit", example = "[\"E-O1\"]") @Size(max = 1000) List<@NotBlank String> recruit,
		@Schema(description = "Enterprise ids lost", example = "[\"E-O3\"]") @Size(max = 1000) List<@NotBlank String> remove) {

	public WhatIfRequest {
		recruit = recruit == null ? List.of() : List.copyOf(recruit);
		remove = remove == null ? List.of() : List.copyOf(remove);
	}
}
