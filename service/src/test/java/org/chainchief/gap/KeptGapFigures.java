package org.chainchief.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.KeptAnswerCheck;
import org.springframework.context.ApplicationContext;

/** The clusters' gap figures kept, against {@code gap/report} read now. */
public final class KeptGapFigures implements KeptAnswerCheck {

	private final GapRepository repository;

	private final List<String> clusters;

	public KeptGapFigures(ApplicationContext context, List<String> clusters) {
		this.repository = context.getBean(GapRepository.class);
		this.clusters = clusters;
	}

	@Override
	public Map<String, Object> compare(String when) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (String id : clusters) {
			List<LinkFigures> expected = repository.fromGraph(id).block();
			for (int again = 0; again < 2; again++) {
				assertThat(repository.figures(id).block()).as("gap figures of %s, %s", id, when).isEqualTo(expected);
			}
			all.put(id, expected);
		}
		assertThat(repository.figures("no-such-cluster").blockOptional()).as("an unknown cluster").isEmpty();
		return all;
	}

	@Override
	public long answered() {
		return repository.answered();
	}
}
