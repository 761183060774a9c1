package org.chainchief.whatif;

import java.util.Map;

import org.chainchief.model.Stage;

/** A link's local count before and after a scenario. */
record LinkCounts(String linkId, String name, Stage stage, long before, long after) {

	static LinkCounts from(Map<String, Object> m) {
		return new LinkCounts((String) m.get("id"), (String) m.get("name"),
				m.get("stage") == null ? null : Stage.valueOf((String) m.get("stage")),
				((Number) m.get("before")).longValue(), ((Number) m.get("after")).longValue());
	}
}
