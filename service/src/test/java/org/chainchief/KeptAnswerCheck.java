package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Mono;

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

	/**
	 * The comparison for each subject: {@code statement} (read from the graph now) once, then {@code kept} (the
	 * answer the service gives) twice, each required to equal it; then {@code unknown}, required empty.
	 */
	static <S, T> Map<String, Object> each(String what, String when, List<S> subjects, Function<S, Mono<T>> statement,
			Function<S, Mono<T>> kept, S unknown) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (S subject : subjects) {
			T expected = statement.apply(subject).block();
			for (int again = 0; again < 2; again++) {
				assertThat(kept.apply(subject).block()).as("%s of %s, %s", what, subject, when).isEqualTo(expected);
			}
			all.put(String.valueOf(subject), expected);
		}
		assertThat(kept.apply(unknown).blockOptional()).as("%s of %s (unknown)", what, unknown).isEmpty();
		return all;
	}
}
