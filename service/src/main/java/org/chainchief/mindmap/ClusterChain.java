package org.chainchief.mindmap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chainchief.model.Stage;

/** A cluster's links and their local enterprises, as {@code mindmap/chain.cypher} reads them. */
record ClusterChain(String clusterId, String name, List<LinkRow> links, List<Operates> operates) {

	record LinkRow(String id, String name, Stage stage, String parent) {
	}

	/** A local enterprise operating in a link of the cluster. */
	record Operates(String linkId, String id, String name, Double revenue, boolean aboveScale, boolean head) {
	}

	private static final Comparator<Operates> BY_LINK_THEN_ID = Comparator.comparing(Operates::linkId)
		.thenComparing(Operates::id);

	static ClusterChain from(org.neo4j.driver.Record r) {
		Map<String, Object> cluster = r.get("cluster").asMap();
		List<LinkRow> links = r.get("links").asList(v -> {
			Map<String, Object> m = v.asMap();
			String stage = (String) m.get("stage");
			return new LinkRow((String) m.get("id"), (String) m.get("name"), stage == null ? null : Stage.valueOf(stage),
					(String) m.get("parent"));
		});
		// in a defined order (link, then enterprise), whatever order the statement reads them in
		List<Operates> operates = r.get("operates").asList(v -> {
			Map<String, Object> m = v.asMap();
			Number revenue = (Number) m.get("revenue");
			return new Operates((String) m.get("linkId"), (String) m.get("id"), (String) m.get("name"),
					revenue == null ? null : revenue.doubleValue(), Boolean.TRUE.equals(m.get("aboveScale")),
					Boolean.TRUE.equals(m.get("head")));
		}).stream().sorted(BY_LINK_THEN_ID).toList();
		return new ClusterChain((String) cluster.get("id"), (String) cluster.get("name"), links, operates);
	}
}
