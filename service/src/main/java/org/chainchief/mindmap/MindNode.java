package org.chainchief.mindmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One node of a cluster's mind map. The same tree is rendered in every format; {@code id} is stable (derived from
 * the ids of the graph, never from positions), unique within the tree.
 */
@Schema(description = "A node of the mind map: the cluster at the root, then the branches baseline (底数), chain (产业链), "
		+ "targets (目标), measures (措施) and lists (清单)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MindNode(
		@Schema(description = "Stable id, unique in the tree (e.g. cluster:semiconductor, link:semi.gas, "
				+ "link:semi.gas/enterprise:E1, link:semi.gas/more)", example = "link:semi.photoresist") String id,
		@Schema(description = "Text shown for the node", example = "光刻胶") String label,
		@Schema(description = "What the node is") Kind kind,
		@Schema(description = "MISSING | WEAK | STRONG for links and the status counts; PLANNED | SIGNED | LANDED | "
				+ "PRODUCING | ABOVE_SCALE for projects; absent otherwise", example = "MISSING", nullable = true) String status,
		@Schema(description = "The figures of the node (by kind: see the README), absent when none", nullable = true) Map<String, Object> data,
		@Schema(description = "Child nodes, in display order (empty for a leaf)") List<MindNode> children) {

	@Schema(description = "CLUSTER root; BRANCH (底数, 产业链, 目标, 措施, 清单 and the lists under 清单); FIGURE (a baseline figure); "
			+ "STAGE; LINK (a link or sub-link); ENTERPRISE; MORE (+N more); TARGET; MEASURE; RECRUIT; TEAM; PROJECT")
	public enum Kind {
		CLUSTER, BRANCH, FIGURE, STAGE, LINK, ENTERPRISE, MORE, TARGET, MEASURE, RECRUIT, TEAM, PROJECT
	}

	public MindNode {
		data = data == null || data.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(data));
		children = children == null ? List.of() : List.copyOf(children);
	}

	static MindNode leaf(String id, String label, Kind kind, String status, Map<String, Object> data) {
		return new MindNode(id, label, kind, status, data, List.of());
	}

	/** This node and all below it, depth first, parents before children. */
	public List<MindNode> flatten() {
		List<MindNode> all = new ArrayList<>();
		walk(all::add);
		return all;
	}

	public void walk(Consumer<MindNode> visitor) {
		visitor.accept(this);
		for (MindNode child : children) {
			child.walk(visitor);
		}
	}
}
