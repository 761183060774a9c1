package org.chainchief.whatif;

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

	/** Subjects "<weakBelow> <enterprise id>", at the thresholds 2 and 3. */
	@Override
	public Map<String, Object> compare(String when) {
		List<String> subjects = enterprises.stream().flatMap(id -> Stream.of("2 " + id, "3 " + id)).toList();
		return KeptAnswerCheck.each("impact", when, subjects, s -> repository.impactFromGraph(id(s), weakBelow(s)),
				s -> repository.impact(id(s), weakBelow(s)), "2 no-such-enterprise");
	}

	private static String id(String subject) {
		return subject.substring(subject.indexOf(' ') + 1);
	}

	private static int weakBelow(String subject) {
		return Integer.parseInt(subject.substring(0, subject.indexOf(' ')));
	}

	@Override
	public long answered() {
		return repository.impactsAnswered();
	}
}
