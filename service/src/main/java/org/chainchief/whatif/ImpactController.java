package org.chainchief.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chainchief.gap.WeakBelow;
import org.chainchief.support.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "What-if")
final class ImpactController {

	private final WhatIfRepository repository;

	ImpactController(WhatIfRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/v1/enterprises/{id}/impact")
	@Operation(operationId = "getDisruptionImpact", summary = "Disruption impact of an enterprise",
			description = "If the enterprise stopped supplying: the local buyers losing their only supplier of a link "
					+ "(orphaned), each cluster's status changes, the source links where it is critical, and the blast "
					+ "radius: links reached downstream by FEEDS from the sources, with their distance. Nothing is written.")
	Mono<Impact> impact(@Parameter(description = "Enterprise id", example = "E-semi-zfkj") @PathVariable String id,
			@ParameterObject WeakBelow weak) {
		int weakBelow = weak.validated();
		return repository.impact(id, weakBelow)
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("enterprise", id)))
			.map(rows -> impact(rows, weakBelow));
	}

	static Impact impact(WhatIfRepository.ImpactRows rows, int weakBelow) {
		List<Impact.ClusterImpact> clusters = rows.clusters()
			.stream()
			.sorted(Comparator.comparing(WhatIfRepository.ClusterRows::clusterId))
			.map(c -> {
				Scenario.Comparison cmp = Scenario.compare(c.links(), weakBelow);
				return new Impact.ClusterImpact(c.clusterId(), c.name(), cmp.before(), cmp.after(), cmp.changed());
			})
			.toList();
		Map<String, EnumSet<Impact.Reason>> sources = new TreeMap<>();
		rows.statusLinks()
			.forEach(l -> sources.computeIfAbsent(l, k -> EnumSet.noneOf(Impact.Reason.class))
				.add(Impact.Reason.STATUS_CHANGE));
		rows.orphaned()
			.forEach(o -> sources.computeIfAbsent(o.linkId(), k -> EnumSet.noneOf(Impact.Reason.class))
				.add(Impact.Reason.ORPHANS));
		List<Impact.Source> sourceList = new ArrayList<>();
		sources.forEach((link, reasons) -> sourceList.add(new Impact.Source(link, List.copyOf(reasons))));
		List<Impact.Reached> blast = rows.blast()
			.stream()
			.sorted(Comparator.comparingLong(Impact.Reached::distance).thenComparing(Impact.Reached::linkId))
			.toList();
		return new Impact(rows.enterpriseId(), rows.name(), rows.local(), weakBelow, rows.orphaned(), clusters,
				sourceList, blast);
	}
}
