package org.chainchief.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainchief.KeptAnswerCheck;
import org.springframework.context.ApplicationContext;

/**
 * What-ifs answered on top of the clusters' kept gap figures ({@code whatif/delta}), against {@code whatif/scenario}
 * read now: per cluster, recruits alone, and recruits with removals.
 */
public final class KeptWhatIfs implements KeptAnswerCheck {

	private final WhatIfRepository repository;

	private final List<Subject> subjects = new ArrayList<>();

	/**
	 * @param recruit enterprises to recruit (outside ones, a local one, one that is no enterprise)
	 * @param remove  enterprises to lose (big suppliers, a local one), none of them in {@code recruit}
	 */
	public KeptWhatIfs(ApplicationContext context, List<String> clusters, List<String> recruit, List<String> remove) {
		this.repository = context.getBean(WhatIfRepository.class);
		for (String cluster : clusters) {
			subjects.add(new Subject(cluster, recruit, List.of()));
			subjects.add(new Subject(cluster, recruit.subList(0, 2), remove));
		}
	}

	/** A scenario on a cluster. */
	private record Subject(String cluster, List<String> recruit, List<String> remove) {
	}

	@Override
	public Map<String, Object> compare(String when) {
		Map<String, Object> answers = KeptAnswerCheck.each("what-if", when, subjects,
				s -> repository.scenarioFromGraph(s.cluster(), s.recruit(), s.remove()),
				s -> repository.scenario(s.cluster(), s.recruit(), s.remove()),
				new Subject("no-such-cluster", List.of(), List.of()));
		assertThat(answers.values()).as("a scenario that changes a local count, %s", when)
			.anySatisfy(a -> assertThat(((WhatIfRepository.ScenarioRows) a).links())
				.anySatisfy(l -> assertThat(l.after()).isNotEqualTo(l.before())));
		return answers;
	}

	@Override
	public long answered() {
		return repository.scenariosFromFigures();
	}
}
