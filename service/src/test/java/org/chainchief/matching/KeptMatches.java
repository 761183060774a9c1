package org.chainchief.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.KeptAnswerCheck;
import org.springframework.context.ApplicationContext;

/** The clusters' local matches kept, against {@code matching/cluster} read now. */
public final class KeptMatches implements KeptAnswerCheck {

	private final MatchingRepository repository;

	private final List<String> clusters;

	public KeptMatches(ApplicationContext context, List<String> clusters) {
		this.repository = context.getBean(MatchingRepository.class);
		this.clusters = clusters;
	}

	@Override
	public Map<String, Object> compare(String when) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (String id : clusters) {
			List<Match> expected = repository.fromGraph(id).block();
			for (int again = 0; again < 2; again++) {
				assertThat(repository.forCluster(id).block()).as("local matches of %s, %s", id, when).isEqualTo(expected);
			}
			all.put(id, expected);
		}
		assertThat(repository.forCluster("no-such-cluster").blockOptional()).as("an unknown cluster").isEmpty();
		return all;
	}

	@Override
	public long answered() {
		return repository.answered();
	}
}
