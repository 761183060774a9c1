package org.chainchief.convert;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversion did not carry over as it was, so nothing is dropped silently: per reason a count and the first
 * few examples (records skipped, merged as duplicates, or values substituted), plus notes on the mapping decisions.
 */
final class Report {

	/** One reason: how often, and the first examples. */
	record Reason(String text, long count, List<String> examples) {
	}

	private final int maxExamples;

	private final Map<String, Counter> reasons = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	Report(int maxExamples) {
		this.maxExamples = maxExamples;
	}

	/** Counts one occurrence of {@code reason}, keeping {@code example} if it is among the first few. */
	void skip(String reason, String example) {
		Counter counter = reasons.computeIfAbsent(reason, r -> new Counter());
		counter.count++;
		if (counter.examples.size() < maxExamples && example != null) {
			counter.examples.add(example);
		}
	}

	/** A mapping decision worth telling (printed as it is, in order). */
	void note(String text) {
		notes.add(text);
	}

	long count(String reason) {
		Counter counter = reasons.get(reason);
		return counter == null ? 0 : counter.count;
	}

	List<Reason> reasons() {
		List<Reason> list = new ArrayList<>();
		reasons.forEach((text, c) -> list.add(new Reason(text, c.count, List.copyOf(c.examples))));
		return list;
	}

	List<String> notes() {
		return List.copyOf(notes);
	}

	void print(PrintStream err) {
		if (!notes.isEmpty()) {
			err.println("notes:");
			notes.forEach(note -> err.println("  " + note));
		}
		if (reasons.isEmpty()) {
			err.println("nothing skipped, merged or substituted");
			return;
		}
		err.println("skipped, merged or substituted (count  reason  [first examples]):");
		for (Reason reason : reasons()) {
			err.printf("  %,9d  %s%n", reason.count(), reason.text());
			for (String example : reason.examples()) {
				err.println("             e.g. " + example);
			}
		}
	}

	private static final class Counter {

		long count;

		final List<String> examples = new ArrayList<>();
	}
}
