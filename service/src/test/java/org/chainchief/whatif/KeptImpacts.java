package org.chainchief.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

	/** An enterprise at a weak-below threshold. */
	private record Subject(String id, int weakBelow) {
	}

	/** Every enterprise at the thresholds 1 and 5. */
	@Override
	public Map<String, Object> compare(String when) {
		List<Subject> subjects = enterprises.stream()
			.flatMap(id -> Stream.of(new Subject(id, 1), new Subject(id, 5)))
			.toList();
		return KeptAnswerCheck.each("impact", when, subjects, s -> repository.impactFromGraph(s.id(), s.weakBelow()),
				s -> repository.impact(s.id(), s.weakBelow()), new Subject("no-such-enterprise", 1));
	}

	/**
	 * Requires of {@link #compare}'s answers that at least one enterprise's impact differs at the two thresholds, so
	 * that an impact kept for one threshold and given for the other fails the comparison.
	 */
	public void dependOnTheThreshold(Map<String, Object> answers) {
		assertThat(enterprises).as("an enterprise whose impact depends on the threshold")
			.anySatisfy(id -> assertThat(answers.get(new Subject(id, 1).toString()))
				.isNotEqualTo(answers.get(new Subject(id, 5).toString())));
	}

	@Override
	public long answered() {
		return repository.impactsAnswered();
	}
}
