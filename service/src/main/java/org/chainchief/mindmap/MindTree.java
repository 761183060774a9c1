package org.chainchief.mindmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainchief.gap.Gap;
import org.chainchief.gap.Status;
import org.chainchief.mindmap.ClusterChain.LinkRow;
import org.chainchief.mindmap.ClusterChain.Operates;
import org.chainchief.mindmap.MindNode.Kind;
import org.chainchief.model.Stage;
import org.chainchief.recruit.ClusterRecruit;

/** Builds the mind map of a cluster from its chain, gap report, recruitment list and plan. Pure. */
final class MindTree {

	/** Largest revenue first (unknown last), then name, then id. */
	private static final Comparator<Operates> LARGEST_FIRST = Comparator
		.comparing((Operates o) -> o.revenue() == null ? Double.NEGATIVE_INFINITY : o.revenue(), Comparator.reverseOrder())
		.thenComparing(o -> o.name() == null ? "" : o.name())
		.thenComparing(Operates::id);

	private final ClusterChain chain;

	private final Map<String, Gap> gaps;

	private final List<Gap> gapOrder;

	private final List<ClusterRecruit> recruits;

	private final Plan plan;

	private final MindMapOptions options;

	private MindTree(ClusterChain chain, List<Gap> gaps, List<ClusterRecruit> recruits, Plan plan,
			MindMapOptions options) {
		this.chain = chain;
		this.gapOrder = gaps;
		this.gaps = gaps.stream().collect(Collectors.toMap(Gap::linkId, Function.identity(), (a, b) -> a));
		this.recruits = recruits;
		this.plan = plan;
		this.options = options;
	}

	static MindNode build(ClusterChain chain, List<Gap> gaps, List<ClusterRecruit> recruits, Plan plan,
			MindMapOptions options) {
		return new MindTree(chain, gaps, recruits, plan, options).root();
	}

	private MindNode root() {
		return new MindNode("cluster:" + chain.clusterId(), chain.name() == null ? chain.clusterId() : chain.name(),
				Kind.CLUSTER, null, data("clusterId", chain.clusterId(), "linkCount", chain.links().size()),
				List.of(baseline(), chainBranch(), targets(), measures(), lists()));
	}

	// 底数
	private MindNode baseline() {
		Map<String, Operates> locals = new LinkedHashMap<>();
		Map<Stage, Map<String, Operates>> byStage = new LinkedHashMap<>();
		Map<String, Stage> stageOf = chain.links().stream()
			.filter(l -> l.stage() != null)
			.collect(Collectors.toMap(LinkRow::id, LinkRow::stage));
		for (Operates o : chain.operates()) {
			locals.putIfAbsent(o.id(), o);
			Stage stage = stageOf.get(o.linkId());
			if (stage != null) {
				byStage.computeIfAbsent(stage, s -> new LinkedHashMap<>()).putIfAbsent(o.id(), o);
			}
		}
		long aboveScale = locals.values().stream().filter(Operates::aboveScale).count();
		long head = locals.values().stream().filter(Operates::head).count();
		double revenue = revenue(locals.values());
		List<MindNode> revenueByStage = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			double r = revenue(byStage.getOrDefault(stage, Map.of()).values());
			revenueByStage.add(MindNode.leaf("baseline.revenue." + stage, Labels.stage(stage) + " " + Labels.wan(r),
					Kind.FIGURE, null, data("value", r, "unit", "万元", "stage", stage.name())));
		}
		long links = chain.links().size();
		long covered = gapOrder.stream().filter(g -> g.localCount() > 0).count();
		Map<Status, Long> counts = gapOrder.stream().collect(Collectors.groupingBy(Gap::status, Collectors.counting()));
		List<Gap> chokepoints = gapOrder.stream().filter(Gap::chokepoint).toList();
		List<MindNode> figures = new ArrayList<>();
		figures.add(MindNode.leaf("baseline.local", "本地企业 " + locals.size() + " 家", Kind.FIGURE, null,
				data("value", locals.size(), "unit", "家")));
		figures.add(MindNode.leaf("baseline.aboveScale", "规上企业 " + aboveScale + " 家", Kind.FIGURE, null,
				data("value", aboveScale, "unit", "家")));
		figures.add(MindNode.leaf("baseline.head", "头部企业 " + head + " 家", Kind.FIGURE, null,
				data("value", head, "unit", "家")));
		figures.add(new MindNode("baseline.revenue", "本地营收 " + Labels.wan(revenue), Kind.FIGURE, null,
				data("value", revenue, "unit", "万元"), revenueByStage));
		figures.add(MindNode.leaf("baseline.completeness",
				"链条完整度 " + (links == 0 ? "—" : Labels.percent((double) covered / links)), Kind.FIGURE, null,
				data("value", links == 0 ? null : Math.round((double) covered / links * 1e6) / 1e6, "covered", covered,
						"links", links)));
		String[] names = { "缺链", "弱链", "强链" };
		Status[] statuses = { Status.MISSING, Status.WEAK, Status.STRONG };
		for (int i = 0; i < statuses.length; i++) {
			long n = counts.getOrDefault(statuses[i], 0L);
			figures.add(MindNode.leaf("baseline." + statuses[i].name().toLowerCase(java.util.Locale.ROOT),
					names[i] + " " + n + " 个", Kind.FIGURE, statuses[i].name(), data("value", n, "unit", "个")));
		}
		List<MindNode> chokepointNodes = chokepoints.stream()
			.map(g -> MindNode.leaf("baseline.chokepoints/link:" + g.linkId(), g.name(), Kind.LINK, g.status().name(),
					data("linkId", g.linkId(), "chokepoint", true, "chokepointReasons",
							g.chokepointReasons().stream().map(Enum::name).toList(), "localCount", g.localCount())))
			.toList();
		figures.add(new MindNode("baseline.chokepoints", "卡脖子环节 " + chokepoints.size() + " 个", Kind.FIGURE, null,
				data("value", chokepoints.size(), "unit", "个"), chokepointNodes));
		return new MindNode("baseline", "底数", Kind.BRANCH, null, null, figures);
	}

	private static double revenue(Iterable<Operates> enterprises) {
		double sum = 0;
		for (Operates o : enterprises) {
			sum += o.revenue() == null ? 0 : o.revenue();
		}
		return Math.round(sum * 100) / 100.0;
	}

	// 产业链
	private MindNode chainBranch() {
		Map<String, LinkRow> byId = chain.links().stream().collect(Collectors.toMap(LinkRow::id, Function.identity()));
		Map<String, List<LinkRow>> childrenOf = new LinkedHashMap<>();
		List<LinkRow> ordered = gapOrder.stream().map(g -> byId.get(g.linkId())).filter(java.util.Objects::nonNull).toList();
		for (LinkRow l : ordered) {
			if (l.parent() != null && byId.containsKey(l.parent())) {
				childrenOf.computeIfAbsent(l.parent(), p -> new ArrayList<>()).add(l);
			}
		}
		Map<String, List<Operates>> enterprisesOf = chain.operates().stream()
			.collect(Collectors.groupingBy(Operates::linkId));
		Set<String> placed = new HashSet<>();
		List<MindNode> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			List<MindNode> links = new ArrayList<>();
			for (LinkRow l : ordered) {
				boolean top = l.parent() == null || !byId.containsKey(l.parent());
				if (top && l.stage() == stage) {
					links.add(link(l, childrenOf, enterprisesOf, placed));
				}
			}
			stages.add(new MindNode("chain." + stage.name(), Labels.stage(stage), Kind.STAGE, null,
					data("stage", stage.name(), "links", links.size()), links));
		}
		// sub-links in a PART_OF cycle have no top-level ancestor: shown at their own stage
		for (LinkRow l : ordered) {
			if (!placed.contains(l.id())) {
				int i = l.stage() == null ? Stage.values().length - 1 : l.stage().ordinal();
				MindNode s = stages.get(i);
				List<MindNode> more = new ArrayList<>(s.children());
				more.add(link(new LinkRow(l.id(), l.name(), l.stage(), null), childrenOf, enterprisesOf, placed));
				stages.set(i, new MindNode(s.id(), s.label(), s.kind(), s.status(), s.data(), more));
			}
		}
		return new MindNode("chain", "产业链", Kind.BRANCH, null, null, stages);
	}

	private MindNode link(LinkRow l, Map<String, List<LinkRow>> childrenOf, Map<String, List<Operates>> enterprisesOf,
			Set<String> placed) {
		placed.add(l.id());
		Gap g = gaps.get(l.id());
		List<MindNode> children = new ArrayList<>();
		for (LinkRow sub : childrenOf.getOrDefault(l.id(), List.of())) {
			if (!placed.contains(sub.id())) {
				children.add(link(sub, childrenOf, enterprisesOf, placed));
			}
		}
		List<Operates> enterprises = enterprisesOf.getOrDefault(l.id(), List.of()).stream().sorted(LARGEST_FIRST).toList();
		String prefix = "link:" + l.id();
		for (Operates o : enterprises.subList(0, Math.min(options.enterprises(), enterprises.size()))) {
			children.add(MindNode.leaf(prefix + "/enterprise:" + o.id(), o.name() == null ? o.id() : o.name(),
					Kind.ENTERPRISE, null, data("enterpriseId", o.id(), "revenue", o.revenue(), "aboveScale",
							o.aboveScale(), "head", o.head())));
		}
		int rest = enterprises.size() - options.enterprises();
		if (rest > 0) {
			children.add(MindNode.leaf(prefix + "/more", "+" + rest + " 家", Kind.MORE, null, data("more", rest)));
		}
		Map<String, Object> data = g == null ? data("linkId", l.id(), "stage", l.stage() == null ? null : l.stage().name())
				: data("linkId", l.id(), "stage", l.stage() == null ? null : l.stage().name(), "localCount",
						g.localCount(), "supplierCount", g.supplierCount(), "chokepoint", g.chokepoint(),
						"chokepointReasons", g.chokepointReasons().stream().map(Enum::name).toList(), "score", g.score());
		return new MindNode(prefix, l.name() == null ? l.id() : l.name(), Kind.LINK,
				g == null ? null : g.status().name(), data, children);
	}

	// 目标
	private MindNode targets() {
		List<MindNode> nodes = plan.targets().stream().map(t -> {
			StringBuilder label = new StringBuilder(t.name() == null ? t.id() : t.name());
			if (t.value() != null) {
				label.append("：").append(Labels.number(t.value())).append(t.unit() == null ? "" : " " + t.unit());
			}
			if (t.year() != null) {
				label.append("（").append(t.year()).append("年）");
			}
			if (t.progress() != null) {
				label.append(" 完成 ").append(Labels.percent(t.progress()));
			}
			return MindNode.leaf("target:" + t.id(), label.toString(), Kind.TARGET, null,
					data("targetId", t.id(), "metric", t.metric(), "value", t.value(), "unit", t.unit(), "year", t.year(),
							"current", t.current(), "progress", t.progress(), "description", t.description()));
		}).toList();
		return new MindNode("targets", "目标", Kind.BRANCH, null, data("count", nodes.size()), nodes);
	}

	// 措施
	private MindNode measures() {
		List<MindNode> nodes = plan.measures().stream()
			.map(m -> MindNode.leaf("measure:" + m.id(), measureLabel(m), Kind.MEASURE, null,
					data("measureId", m.id(), "description", m.description(), "owner", m.owner(), "due",
							m.due() == null ? null : m.due().toString(), "status", m.status(), "overdue", m.overdue())))
			.toList();
		return new MindNode("measures", "措施", Kind.BRANCH, null, data("count", nodes.size()), nodes);
	}

	/** The measure's text, then its status (计划 / 推进中 / 已完成), owner and an overdue mark when the source knows them. */
	private static String measureLabel(Plan.Measure m) {
		StringBuilder label = new StringBuilder(m.name() == null ? m.id() : m.name());
		String status = m.status() == null ? null : switch (m.status()) {
			case "PLANNED" -> "计划";
			case "IN_PROGRESS" -> "推进中";
			case "DONE" -> "已完成";
			default -> m.status();
		};
		if (status != null || m.owner() != null) {
			label.append("（").append(status == null ? "" : status)
				.append(status != null && m.owner() != null ? " · " : "")
				.append(m.owner() == null ? "" : m.owner())
				.append("）");
		}
		if (Boolean.TRUE.equals(m.overdue())) {
			label.append(" 【逾期】");
		}
		return label.toString();
	}

	// 清单
	private MindNode lists() {
		List<MindNode> recruitNodes = recruits.stream().map(r -> {
			String reason = r.gaps().stream()
				.map(g -> g.name() + "（" + Labels.status(g.status().name()) + "）")
				.collect(Collectors.joining("、"));
			return MindNode.leaf("recruit:" + r.enterpriseId(), (r.name() == null ? r.enterpriseId() : r.name()) + " — 补 " + reason,
					Kind.RECRUIT, null, data("enterpriseId", r.enterpriseId(), "region", r.region(), "gapCount",
							r.gapCount(), "gaps", r.gaps().stream().map(ClusterRecruit.FilledGap::linkId).toList(),
							"reason", "补 " + reason, "score", r.score()));
		}).toList();
		List<MindNode> teamNodes = plan.teams().stream()
			.map(t -> MindNode.leaf("team:" + t.id(), t.name() == null ? t.id() : t.name(), Kind.TEAM, null,
					data("teamId", t.id(), "leader", t.leader(), "institution", t.institution(), "linkId", t.linkId(),
							"linkName", t.linkName())))
			.toList();
		List<MindNode> projectNodes = plan.projects().stream()
			.map(p -> MindNode.leaf("project:" + p.id(), p.name() == null ? p.id() : p.name(), Kind.PROJECT, p.stage(),
					data("projectId", p.id(), "stage", p.stage(), "investment", p.investment(), "signed", text(p.signed()),
							"landed", text(p.landed()), "producing", text(p.producing()), "aboveScale",
							text(p.aboveScale()), "linkId", p.linkId(), "linkName", p.linkName(), "enterpriseId",
							p.enterpriseId(), "enterpriseName", p.enterpriseName())))
			.toList();
		return new MindNode("lists", "清单", Kind.BRANCH, null, null,
				List.of(new MindNode("lists.recruits", "招商头部企业", Kind.BRANCH, null, data("count", recruitNodes.size()),
						recruitNodes),
						new MindNode("lists.teams", "顶尖团队", Kind.BRANCH, null, data("count", teamNodes.size()), teamNodes),
						new MindNode("lists.projects", "骨干项目", Kind.BRANCH, null, data("count", projectNodes.size()),
								projectNodes)));
	}

	private static String text(Object o) {
		return o == null ? null : o.toString();
	}

	/** A map of the non-null pairs, in order. */
	static Map<String, Object> data(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				m.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return m;
	}
}
