package org.chainchief.gap;

import java.util.Map;

import org.chainchief.model.Stage;

/** The figures of one link as the gap query computes them, before statuses and scores. */
public record LinkFigures(String linkId, String name, Stage stage, boolean declared, long supplierCount, long localCount,
		Double topShare, Double hhi, long downstreamLinks, long localDemand, long externalDependency) {

	static LinkFigures from(Map<String, Object> m) {
		String stage = (String) m.get("stage");
		return new LinkFigures((String) m.get("id"), (String) m.get("name"), stage == null ? null : Stage.valueOf(stage),
				Boolean.TRUE.equals(m.get("declared")), count(m, "supplierCount"), count(m, "localCount"),
				number(m, "topShare"), number(m, "hhi"), count(m, "downstreamLinks"), count(m, "localDemand"),
				count(m, "externalDependency"));
	}

	private static long count(Map<String, Object> m, String key) {
		Object v = m.get(key);
		return v == null ? 0 : ((Number) v).longValue();
	}

	private static Double number(Map<String, Object> m, String key) {
		Object v = m.get(key);
		return v == null ? null : ((Number) v).doubleValue();
	}
}
