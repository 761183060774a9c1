package org.chainchief.matching;

import org.chainchief.support.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Matching", description = "Local supply matching (产供销配套)")
final class MatchingController {

	private final MatchingRepository matches;

	MatchingController(MatchingRepository matches) {
		this.matches = matches;
	}

	@GetMapping("/api/v1/clusters/{id}/matches")
	@Operation(operationId = "listLocalMatches", summary = "Local buyer–supplier pairs that could trade but do not",
			description = "Pairs of a local supplier operating in link A of the cluster and a local buyer operating in "
					+ "a link of the cluster that A feeds, with no SUPPLIES of A between them. Ranked by how many "
					+ "outside suppliers the buyer now buys A from, then by link, buyer and supplier id.")
	Flux<Match> matches(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@ParameterObject MatchQuery query) {
		int limit = query.validatedLimit();
		return matches.forCluster(id)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)))
			.flatMapMany(list -> Flux.fromIterable(list.subList(0, Math.min(limit, list.size()))));
	}
}
