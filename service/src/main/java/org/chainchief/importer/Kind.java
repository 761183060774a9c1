package org.chainchief.importer;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;

/**
 * The record kinds of the import format, in the order they are written: nodes other kinds point at first
 * (phase 1), then links and targets (phase 2, they point at clusters, links at each other), then everything that
 * points at links, enterprises and targets (phase 3). References may therefore come in any order within one import.
 */
enum Kind {

	CLUSTER("cluster", "产业集群", ClusterRecord.class, 1, r -> ((ClusterRecord) r).id()),
	ENTERPRISE("enterprise", "企业", EnterpriseRecord.class, 1, r -> ((EnterpriseRecord) r).id()),
	LINK("link", "环节", LinkRecord.class, 2, r -> ((LinkRecord) r).id()),
	FEEDS("feeds", "上下游", FeedsRecord.class, 3, r -> ((FeedsRecord) r).from() + "→" + ((FeedsRecord) r).to()),
	OPERATES("operates", "企业环节", OperatesRecord.class, 3,
			r -> ((OperatesRecord) r).enterprise() + "→" + ((OperatesRecord) r).link()),
	SUPPLIES("supplies", "供应关系", SuppliesRecord.class, 3, r -> ((SuppliesRecord) r).supplier() + "→"
			+ ((SuppliesRecord) r).buyer() + "@" + ((SuppliesRecord) r).link()),
	PROJECT("project", "骨干项目", ProjectRecord.class, 3, r -> ((ProjectRecord) r).id()),
	TEAM("team", "顶尖团队", TeamRecord.class, 3, r -> ((TeamRecord) r).id()),
	TARGET("target", "目标", TargetRecord.class, 2, r -> ((TargetRecord) r).id()),
	MEASURE("measure", "措施", MeasureRecord.class, 3, r -> ((MeasureRecord) r).id());

	private static final Map<String, Kind> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(k -> k.wire, k -> k));

	private static final Map<String, Kind> BY_ANY_NAME = Arrays.stream(values())
		.flatMap(k -> java.util.stream.Stream.of(Map.entry(k.wire, k), Map.entry(k.chinese, k)))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	final String wire;

	final String chinese;

	final Class<? extends Record> type;

	final int phase;

	/** Identifies the record within its kind: a later line with the same key supersedes an earlier one. */
	final Function<Record, String> key;

	Kind(String wire, String chinese, Class<? extends Record> type, int phase, Function<Record, String> key) {
		this.wire = wire;
		this.chinese = chinese;
		this.type = type;
		this.phase = phase;
		this.key = key;
	}

	/** The kind named in an NDJSON line's {@code kind} field, or null. */
	static Kind of(String wire) {
		return wire == null ? null : BY_NAME.get(wire);
	}

	/** The kind named in English or Chinese (sheet names, CSV parameters), or null. */
	static Kind ofAnyName(String name) {
		return name == null ? null : BY_ANY_NAME.get(name.strip().toLowerCase(java.util.Locale.ROOT));
	}

	static String names() {
		return Arrays.stream(values()).map(k -> k.wire).collect(Collectors.joining(", "));
	}
}
