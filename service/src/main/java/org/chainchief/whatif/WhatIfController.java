package org.chainchief.whatif;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chainchief.gap.WeakBelow;
import org.chainchief.limits.LimitsProperties;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ParamCheck;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/clusters/{id}")
@Tag(name = "What-if", description = "Scenarios and disruption impact, computed without writing anything")
final class WhatIfController {

	private final WhatIfRepository repository;

	private final LimitsProperties limits;

	WhatIfController(WhatIfRepository repository, LimitsProperties limits) {
		this.repository = repository;
		this.limits = limits;
	}

	@PostMapping("/what-if")
	@Operation(operationId = "whatIf", summary = "Try a scenario on a cluster",
			description = "Recruited enterprises count as local, removed ones are gone (their OPERATES_IN and SUPPLIES "
					+ "vanish). Nothing is written. Returns completeness and counts by status before and after, the "
					+ "links whose status changed, and the local buyers left without any supplier of a cluster link. "
					+ "An id that is no enterprise is a 400 naming its position, e.g. recruit[2].")
	Mono<WhatIf> whatIf(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@ParameterObject WeakBelow weak, @Valid @RequestBody WhatIfRequest body) {
		int weakBelow = weak.value();
		ParamCheck check = weak.check(new ParamCheck());
		if (body.recruit().size() > limits.whatIfIds()) {
			throw limits.tooManyIds("recruit");
		}
		if (body.remove().size() > limits.whatIfIds()) {
			throw limits.tooManyIds("remove");
		}
		Set<String> recruited = new HashSet<>(body.recruit());
		for (int i = 0; i < body.remove().size(); i++) {
			if (recruited.contains(body.remove().get(i))) {
				check.add("remove[" + i + "]", "'" + body.remove().get(i) + "' is also in recruit");
			}
		}
		check.orThrow();
		return repository.scenario(id, body.recruit(), body.remove())
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)))
			.map(rows -> {
				unknownIds(body, rows);
				Scenario.Comparison c = Scenario.compare(rows.links(), weakBelow);
				return new WhatIf(id, weakBelow, c.before(), c.after(), c.changed(), c.closed(), c.opened(),
						rows.orphaned());
			});
	}

	private static void unknownIds(WhatIfRequest body, WhatIfRepository.ScenarioRows rows) {
		ParamCheck check = new ParamCheck();
		unknown(check, "recruit", body.recruit(), rows.unknownRecruit());
		unknown(check, "remove", body.remove(), rows.unknownRemove());
		check.orThrow();
	}

	private static void unknown(ParamCheck check, String field, List<String> ids, List<Integer> positions) {
		for (int i : positions) {
			check.add(field + "[" + i + "]", "no enterprise with id '" + ids.get(i) + "'");
		}
	}
}
