package org.chainchief.cluster;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** An industry cluster (产业集群): one industry chain with its chief. */
@Schema(description = "An industry cluster (产业集群 / 产业链) with its size")
public record Cluster(
		@Schema(description = "Stable id", example = "semiconductor") String id,
		@Schema(description = "Name, usually Chinese", example = "半导体全链条") String name,
		@Schema(description = "English name", example = "Semiconductor full chain", nullable = true) String nameEn,
		@Schema(description = "The chain chief (链长)", example = "开发区管委会主任（示意）", nullable = true) String chief,
		@Schema(description = "Free text", nullable = true) String description,
		@Schema(description = "Number of links (环节) in the chain", example = "24") long linkCount,
		@Schema(description = "Distinct local enterprises operating in the chain's links", example = "14") long localEnterpriseCount,
		@Schema(description = "Share of the links with at least one local enterprise (0..1); null without links", example = "0.75", nullable = true) Double completeness) {

	static Cluster from(Map<String, Object> map) {
		return new Cluster((String) map.get("id"), (String) map.get("name"), (String) map.get("nameEn"),
				(String) map.get("chief"), (String) map.get("description"), ((Number) map.get("linkCount")).longValue(),
				((Number) map.get("localEnterpriseCount")).longValue(), completeness(map));
	}

	private static Double completeness(Map<String, Object> map) {
		long links = ((Number) map.get("linkCount")).longValue();
		return links == 0 ? null : ((Number) map.get("coveredLinkCount")).doubleValue() / links;
	}
}
