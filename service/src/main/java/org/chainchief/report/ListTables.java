package org.chainchief.report;

import static org.chainchief.report.Table.bool;
import static org.chainchief.report.Table.date;
import static org.chainchief.report.Table.integer;
import static org.chainchief.report.Table.number;
import static org.chainchief.report.Table.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chainchief.gap.Factor;
import org.chainchief.gap.Gap;
import org.chainchief.gap.Status;
import org.chainchief.model.MeasureStatus;
import org.chainchief.model.Stage;
import org.chainchief.plan.Baseline;
import org.chainchief.plan.MeasureView;
import org.chainchief.plan.ProjectView;
import org.chainchief.plan.TargetView;
import org.chainchief.plan.TeamView;
import org.chainchief.recruit.ClusterRecruit;
import org.chainchief.report.Table.Mark;
import org.chainchief.report.Table.Marked;

/** The lists of a cluster as tables with Chinese headers, one builder per list. Pure. */
final class ListTables {

	private ListTables() {
	}

	static Table gaps(String sheet, List<Gap> gaps) {
		return table(sheet, gaps, List.of(text("环节编号"), text("环节名称"), text("阶段"), text("状态"), integer("本地企业数"),
				integer("企业数"), number("最大份额(%)"), number("HHI"), bool("卡脖子"), text("卡脖子原因"), integer("下游环节数"),
				integer("本地需求企业数"), integer("外购本地企业数"), number("优先分")),
				g -> Arrays.asList(g.linkId(), g.name(), stage(g.stage()), status(g.status()), g.localCount(), g.supplierCount(),
						g.topShare() == null ? null : percent(g.topShare()), g.hhi(),
						g.chokepoint() ? new Marked(true, Mark.RED) : false, String.join("、",
								g.chokepointReasons().stream().map(ListTables::reason).toList()),
						g.downstreamLinks(), g.localDemand(), g.externalDependency(), g.score()));
	}

	static Table recruits(List<ClusterRecruit> recruits) {
		return table("招商清单", recruits, List.of(text("企业编号"), text("企业名称"), text("所在地区"), text("国家"),
				integer("可补缺口数"), text("可补缺口环节"), integer("已供本地企业数"), number("得分"), text("推荐理由")),
				r -> Arrays.asList(r.enterpriseId(), r.name(), r.region(), r.country(), r.gapCount(),
						String.join("、", r.gaps().stream().map(g -> g.name() + "（" + label(g.status()) + "）").toList()),
						r.customers(), r.score(), String.join("；", r.factors().stream()
							.filter(f -> f.contribution() > 0).map(ListTables::factor).toList())));
	}

	static Table projects(List<ProjectView> projects) {
		return table("骨干项目", projects, List.of(text("项目编号"), text("项目名称"), text("实施企业"), text("所补环节"),
				number("投资额(万元)"), text("当前阶段"), text("下一阶段"), date("计划签约"), date("签约日期"), date("计划落地"),
				date("落地日期"), date("计划投产"), date("投产日期"), date("计划上规"), date("上规日期"), bool("是否逾期"),
				text("逾期环节"), integer("逾期天数"), text("说明")),
				p -> Arrays.asList(p.id(), p.name(), p.enterpriseName() != null ? p.enterpriseName() : p.enterprise(),
						String.join("、", p.linkNames()), p.investment(), p.stage().label(),
						p.nextStage() == null ? null : p.nextStage().label(), p.plannedSigned(), p.signed(),
						p.plannedLanded(), p.landed(), p.plannedProducing(), p.producing(), p.plannedAboveScale(),
						p.aboveScale(), p.overdue() ? new Marked(true, Mark.RED) : false,
						String.join("、", p.overdueStages().stream().map(s -> s.label().replace("已", "")).toList()),
						p.daysOverdue(), p.description()));
	}

	static Table teams(List<TeamView> teams) {
		return table("顶尖团队", teams, List.of(text("团队编号"), text("团队名称"), text("带头人"), text("依托单位"),
				text("研究领域"), text("服务环节"), text("说明")),
				t -> Arrays.asList(t.id(), t.name(), t.leader(), t.institution(), t.field(), String.join("、", t.linkNames()),
						t.description()));
	}

	static Table targets(List<TargetView> targets) {
		return table("目标", targets, List.of(text("目标编号"), text("目标名称"), text("指标"), text("单位"),
				integer("目标年份"), number("基期值"), number("目标值"), number("当前值"), date("当前值日期"), bool("实时计算"),
				number("进度(%)"), bool("是否达成"), text("进度说明"), text("说明")),
				t -> Arrays.asList(t.id(), t.name(), t.metric(), t.unit(), t.year(), t.baseline(), t.value(), t.current(),
						t.currentAt(), t.live(), t.progress().progress() == null ? null : percent(t.progress().progress()),
						t.progress().achieved() == null ? null
								: t.progress().achieved() ? new Marked(true, Mark.GREEN) : false,
						t.progress().note(), t.description()));
	}

	static Table measures(List<MeasureView> measures) {
		return table("措施", measures, List.of(text("措施编号"), text("措施名称"), text("责任单位"), date("完成时限"),
				text("状态"), bool("是否逾期"), integer("逾期天数"), text("服务环节"), text("服务目标"), text("措施内容")),
				m -> Arrays.asList(m.id(), m.name(), m.owner(), m.due(), measureStatus(m.status()),
						m.overdue() ? new Marked(true, Mark.RED) : false, m.daysOverdue(), String.join("、", m.linkNames()),
						String.join("、", m.targetNames()), m.description()));
	}

	@SuppressWarnings("unchecked")
	static Table enterprises(List<Map<String, Object>> enterprises) {
		return table("企业清单", enterprises, List.of(text("统一社会信用代码"), text("企业名称"), bool("是否本地"),
				text("所在地区"), text("国家"), number("营业收入(万元)"), bool("是否规上"), bool("是否头部"), bool("是否上市"),
				text("标签"), text("所在环节")),
				e -> Arrays.asList(e.get("id"), e.get("name"), e.get("local"), e.get("region"), e.get("country"),
						e.get("revenue"), e.get("aboveScale"), e.get("head"), e.get("listed"),
						e.get("tags") == null ? null : String.join("、", (List<String>) e.get("tags")),
						String.join("、", (List<String>) e.get("links"))));
	}

	/** Baselines, one row per cluster, with how many of its targets are met. */
	static Table baselines(String sheet, List<Baseline> baselines, Map<String, long[]> targetsMet) {
		return table(sheet, baselines, List.of(text("集群编号"), text("集群名称"), integer("环节数"), number("完整度(%)"),
				integer("缺链"), integer("弱链"), integer("强链"), integer("卡脖子环节"), integer("卡脖子本地配套"),
				integer("本地企业"), integer("规上企业"), integer("头部企业"), number("本地企业营收(万元)"), integer("目标数"),
				integer("已达成目标")),
				b -> {
					long[] met = targetsMet.getOrDefault(b.clusterId(), new long[2]);
					return Arrays.asList(b.clusterId(), b.name() == null ? b.clusterId() : b.name(), b.linkCount(),
							b.completeness() == null ? null : percent(b.completeness()),
							b.missing() > 0 ? new Marked(b.missing(), Mark.RED) : 0L,
							b.weak() > 0 ? new Marked(b.weak(), Mark.AMBER) : 0L, new Marked(b.strong(), Mark.GREEN),
							b.chokepoints(), b.chokepointsCovered(), b.localEnterprises(), b.aboveScaleEnterprises(),
							b.headEnterprises(), b.localRevenue(), met[0], met[1]);
				});
	}

	private static <T> Table table(String name, List<T> items, List<Table.Column> columns,
			Function<T, List<Object>> row) {
		List<List<Object>> rows = new ArrayList<>(items.size());
		for (T item : items) {
			List<Object> values = new ArrayList<>(row.apply(item));
			if (values.size() != columns.size()) {
				throw new IllegalStateException(name + ": " + values.size() + " values for " + columns.size() + " columns");
			}
			rows.add(values);
		}
		return new Table(name, columns, rows);
	}

	private static double percent(double fraction) {
		return Math.round(fraction * 1e6) / 1e4;
	}

	private static String stage(Stage stage) {
		return stage == null ? null : switch (stage) {
			case UPSTREAM -> "上游";
			case MIDSTREAM -> "中游";
			case DOWNSTREAM -> "下游";
		};
	}

	static String label(Status status) {
		return switch (status) {
			case MISSING -> "缺链";
			case WEAK -> "弱链";
			case STRONG -> "强链";
		};
	}

	private static Marked status(Status status) {
		return new Marked(label(status), switch (status) {
			case MISSING -> Mark.RED;
			case WEAK -> Mark.AMBER;
			case STRONG -> Mark.GREEN;
		});
	}

	private static Object measureStatus(MeasureStatus status) {
		return switch (status) {
			case DONE -> new Marked(status.label(), Mark.GREEN);
			case IN_PROGRESS -> new Marked(status.label(), Mark.AMBER);
			case PLANNED -> status.label();
		};
	}

	private static String reason(Gap.ChokepointReason reason) {
		return switch (reason) {
			case DECLARED -> "认定卡脖子";
			case MONOPOLY_SHARE -> "垄断份额";
			case CONCENTRATED_HHI -> "高度集中";
		};
	}

	private static String factor(Factor f) {
		String name = switch (f.name()) {
			case "head" -> "头部企业";
			case "scale" -> "规模";
			case "share" -> "市场份额";
			case "customers" -> "已供本地企业";
			case "region" -> "优先地区";
			case "tags" -> "专精特新/高新/上市";
			default -> f.name();
		};
		return name + " +" + CsvFiles.text(f.contribution());
	}
}
