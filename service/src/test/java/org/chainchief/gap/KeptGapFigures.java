package org.chainchief.gap;

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
		return KeptAnswerCheck.each("gap figures", when, clusters, repository::fromGraph, repository::figures,
				"no-such-cluster");
	}

	@Override
	public long answered() {
		return repository.answered();
	}
}
