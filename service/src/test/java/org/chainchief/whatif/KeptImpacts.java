package org.chainchief.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.KeptAnswerCheck;
import org.springframework.context.ApplicationContext;

/** The enterprises' disruption impacts kept (at two weak-below thresholds), against {@code impact/enterprise}. */
public final class KeptImpacts implements KeptAnswerCheck {

	private final WhatIfRepository repository;

	private final List<String> enterprises;

	public KeptImpacts(ApplicationContext context, List<String> enterprises) {
		this.repository = context.getBean(WhatIfRepository.class);
		this.enterprises = enterprises;
	}

	@Override
	public Map<String, Object> compare(String when) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (String id : enterprises) {
			for (int weakBelow : new int[] { 2, 3 }) {
				WhatIfRepository.ImpactRows expected = repository.impactFromGraph(id, weakBelow).block();
				for (int again = 0; again < 2; again++) {
					assertThat(repository.impact(id, weakBelow).block()).as("impact of %s below %d, %s", id, weakBelow, when)
						.isEqualTo(expected);
				}
				all.put(id + " " + weakBelow, expected);
			}
		}
		assertThat(repository.impact("no-such-enterprise", 2).blockOptional()).as("an unknown enterprise").isEmpty();
		return all;
	}

	@Override
	public long answered() {
		return repository.impactsAnswered();
	}
}
