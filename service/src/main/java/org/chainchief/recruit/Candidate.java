package org.chainchief.recruit;

import java.util.List;
import java.util.Map;

import org.chainchief.model.Stage;

/** An outside enterprise as the recruit queries find it, before scoring. */
record Candidate(String id, String name, String region, String country, Double revenue, Boolean aboveScale,
		boolean head, boolean listed, List<String> tags, Double share, long customers, List<GapLink> gaps) {

	/** A gap link the candidate operates in, with its share there. */
	record GapLink(String linkId, String name, Stage stage, long localCount, Double share) {
	}

	@SuppressWarnings("unchecked")
	static Candidate from(Map<String, Object> m) {
		List<GapLink> gaps = ((List<Map<String, Object>>) m.getOrDefault("gaps", List.of())).stream()
			.map(g -> new GapLink((String) g.get("linkId"), (String) g.get("name"),
					g.get("stage") == null ? null : Stage.valueOf((String) g.get("stage")),
					((Number) g.get("localCount")).longValue(), number(g.get("share"))))
			.toList();
		List<String> tags = m.get("tags") == null ? List.of() : ((List<Object>) m.get("tags")).stream().map(String::valueOf).toList();
		return new Candidate((String) m.get("id"), (String) m.get("name"), (String) m.get("region"),
				(String) m.get("country"), number(m.get("revenue")), (Boolean) m.get("aboveScale"),
				Boolean.TRUE.equals(m.get("head")), Boolean.TRUE.equals(m.get("listed")), tags, number(m.get("share")),
				((Number) m.get("customers")).longValue(), gaps);
	}

	private static Double number(Object v) {
		return v == null ? null : ((Number) v).doubleValue();
	}
}
