package org.chainchief;

import java.util.Map;

/**
 * One kind of answer kept at the graph's write version ({@code support/KeptAnswers}), checked against its statement
 * by {@link KeptAnswersTest}. Each feature's check lives in its package, beside its package-private repository.
 */
public interface KeptAnswerCheck {

	/**
	 * Every subject's answer asked twice (the second from the one kept), each required to equal the statement's
	 * answer read from the graph now; the statement's answers by subject.
	 */
	Map<String, Object> compare(String when);

	/** Answers given from those kept since start. */
	long answered();
}
