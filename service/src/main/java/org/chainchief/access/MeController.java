package org.chainchief.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Who the page is signed in as. */
@RestController
@Tag(name = "Access")
final class MeController {

	/** The current caller as the page shows it. */
	@Schema(name = "Me", description = "The signed-in caller (anonymous: authenticated false, no roles)")
	record Me(@Schema(example = "chief-semiconductor") String username,
			@Schema(example = "[\"CHIEF\"]") List<String> roles,
			@Schema(example = "[\"semiconductor\"]") List<String> clusters, boolean authenticated) {

		static Me of(Caller caller) {
			return new Me(caller.username(), caller.roles().stream().map(Enum::name).sorted().toList(),
					caller.clusters().stream().sorted().toList(), caller.authenticated());
		}
	}

	@GetMapping("/api/v1/me")
	@Operation(operationId = "me", summary = "Who am I",
			description = "The caller's name, roles and owned clusters; answers 200 with `authenticated: false` when "
					+ "nobody is signed in (never 401), so a page can decide whether to show its login form.")
	Mono<Me> me() {
		return Caller.current().map(Me::of);
	}
}
