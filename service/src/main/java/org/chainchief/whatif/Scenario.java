package org.chainchief.whatif;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chainchief.gap.Status;

/**
 * The engine shared by what-if and disruption impact: from every link's local count before and after a scenario,
 * the two summaries and the status changes.
 */
final class Scenario {

	/**
	 * @param closed links that were MISSING and are not any more (a gap filled)
	 * @param opened links that were not MISSING and are now (a chain broken)
	 */
	record Comparison(Summary before, Summary after, List<Change> changed, List<String> closed, List<String> opened) {
	}

	private Scenario() {
	}

	static Comparison compare(List<LinkCounts> links, int weakBelow) {
		List<LinkCounts> sorted = links.stream().sorted(Comparator.comparing(LinkCounts::linkId)).toList();
		List<Change> changed = sorted.stream()
			.map(l -> new Change(l.linkId(), l.name(), Status.of(l.before(), weakBelow), Status.of(l.after(), weakBelow),
					l.before(), l.after()))
			.filter(c -> c.from() != c.to())
			.toList();
		return new Comparison(Summary.of(sorted.stream().map(LinkCounts::before).toList(), weakBelow),
				Summary.of(sorted.stream().map(LinkCounts::after).toList(), weakBelow), changed,
				changed.stream().filter(c -> c.from() == Status.MISSING).map(Change::linkId).toList(),
				changed.stream().filter(c -> c.to() == Status.MISSING).map(Change::linkId).toList());
	}

	static List<Orphan> orphans(List<? extends Map<String, Object>> rows) {
		return rows.stream()
			.map(m -> new Orphan((String) m.get("enterpriseId"), (String) m.get("name"), (String) m.get("linkId")))
			.sorted(Comparator.comparing(Orphan::enterpriseId).thenComparing(Orphan::linkId))
			.toList();
	}
}
