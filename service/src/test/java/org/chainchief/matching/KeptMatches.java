package org.chainchief.matching;

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
		return KeptAnswerCheck.each("local matches", when, clusters, repository::fromGraph, repository::forCluster,
				"no-such-cluster");
	}

	@Override
	public long answered() {
		return repository.answered();
	}
}
