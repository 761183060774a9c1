package org.chainchief.mindmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node's figures as text lines (for notes and attributes), and its status tags, in Chinese. */
final class Notes {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("clusterId", "集群编号"),
			Map.entry("linkCount", "环节数"), Map.entry("value", "数值"), Map.entry("unit", "单位"),
			Map.entry("stage", "阶段"), Map.entry("covered", "有本地企业的环节"), Map.entry("links", "环节数"),
			Map.entry("linkId", "环节编号"), Map.entry("chokepoint", "卡脖子"), Map.entry("chokepointReasons", "卡脖子依据"),
			Map.entry("localCount", "本地企业数"), Map.entry("supplierCount", "企业总数"), Map.entry("score", "优先分"),
			Map.entry("enterpriseId", "企业编号"), Map.entry("revenue", "营业收入(万元)"), Map.entry("aboveScale", "规上"),
			Map.entry("head", "头部"), Map.entry("more", "未列出"), Map.entry("targetId", "目标编号"),
			Map.entry("metric", "指标"), Map.entry("year", "年份"), Map.entry("current", "当前值"),
			Map.entry("progress", "完成度"), Map.entry("description", "说明"), Map.entry("measureId", "措施编号"),
			Map.entry("owner", "责任单位"), Map.entry("due", "完成时限"), Map.entry("overdue", "逾期"),
			Map.entry("region", "地区"), Map.entry("gapCount", "可补环节数"), Map.entry("gaps", "可补环节"),
			Map.entry("reason", "理由"), Map.entry("teamId", "团队编号"), Map.entry("leader", "带头人"),
			Map.entry("institution", "依托单位"), Map.entry("linkName", "环节"), Map.entry("projectId", "项目编号"),
			Map.entry("investment", "投资额(万元)"), Map.entry("signed", "签约"), Map.entry("landed", "落地"),
			Map.entry("producing", "投产"), Map.entry("enterpriseName", "企业"), Map.entry("count", "条数"));

	private Notes() {
	}

	/** "名称：值" per figure of the node; empty when it has none. */
	static List<String> lines(MindNode node) {
		List<String> lines = new ArrayList<>();
		if (node.data() == null) {
			return lines;
		}
		node.data().forEach((key, value) -> lines.add(name(key) + "：" + value(value)));
		return lines;
	}

	static String name(String key) {
		return NAMES.getOrDefault(key, key);
	}

	static String value(Object value) {
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		if (value instanceof List<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString(d.longValue());
		}
		return String.valueOf(value);
	}

	/** The status tags of the node: its status in Chinese (缺链, 已投产, …), and 卡脖子 for a chokepoint. */
	static List<String> tags(MindNode node) {
		List<String> tags = new ArrayList<>();
		String status = Labels.status(node.status());
		if (status != null) {
			tags.add(status);
		}
		if (chokepoint(node)) {
			tags.add("卡脖子");
		}
		return tags;
	}

	static boolean chokepoint(MindNode node) {
		return node.data() != null && Boolean.TRUE.equals(node.data().get("chokepoint"));
	}

	/** The label on one line: line breaks as spaces. */
	static String oneLine(String label) {
		return label.replaceAll("\\R", " ");
	}
}
