package org.chainchief.model;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The record kinds of the graph, as written by other systems: one definition each, validated the same way
 * whether it arrives as a REST body or as a line of a bulk import. Field names are the import contract.
 */
public final class Records {

	private Records() {
	}

	/** A rule a record breaks that involves more than one of its fields. */
	public record Violation(String field, String reason) {
	}

	/**
	 * The rules that bean validation cannot express on one field: a link does not feed itself, an enterprise does
	 * not supply itself, a project's lifecycle dates (signed → landed → producing → aboveScale, actual and planned each) never go back,
	 * a target with a live metric records no current value.
	 * REST bodies and import records both go through here.
	 */
	public static java.util.Optional<Violation> crossFieldViolation(Record record) {
		if (record instanceof FeedsRecord f && f.from() != null && f.from().equals(f.to())) {
			return java.util.Optional.of(new Violation("to", "must differ from `from`: a link cannot feed itself"));
		}
		if (record instanceof SuppliesRecord s && s.supplier() != null && s.supplier().equals(s.buyer())) {
			return java.util.Optional.of(new Violation("buyer", "must differ from `supplier`: an enterprise cannot supply itself"));
		}
		if (record instanceof ProjectRecord p) {
			var actual = dateOrder(new String[] { "signed", "landed", "producing", "aboveScale" },
					new LocalDate[] { p.signed(), p.landed(), p.producing(), p.aboveScale() });
			if (actual.isPresent()) {
				return actual;
			}
			return dateOrder(new String[] { "plannedSigned", "plannedLanded", "plannedProducing", "plannedAboveScale" },
					new LocalDate[] { p.plannedSigned(), p.plannedLanded(), p.plannedProducing(), p.plannedAboveScale() });
		}
		if (record instanceof TargetRecord t && LiveMetric.of(t.metric()).isPresent()) {
			if (t.current() != null) {
				return java.util.Optional.of(new Violation("current",
						"must be left out: metric '" + t.metric() + "' is computed live from the graph"));
			}
			if (t.currentAt() != null) {
				return java.util.Optional.of(new Violation("currentAt",
						"must be left out: metric '" + t.metric() + "' is computed live from the graph"));
			}
		}
		return java.util.Optional.empty();
	}

	/** Dates of a lifecycle, in order, never decreasing (absent dates skipped). */
	private static java.util.Optional<Violation> dateOrder(String[] names, LocalDate[] dates) {
		LocalDate last = null;
		String lastName = null;
		for (int i = 0; i < dates.length; i++) {
			if (dates[i] == null) {
				continue;
			}
			if (last != null && dates[i].isBefore(last)) {
				return java.util.Optional.of(new Violation(names[i], "must not be before " + lastName + " (" + last + ")"));
			}
			last = dates[i];
			lastName = names[i];
		}
		return java.util.Optional.empty();
	}

	public static final String ID_PATTERN = "[^\\s/?#]{1,200}";

	public static final String ID_MESSAGE = "must be 1-200 characters without spaces, '/', '?' or '#'";

	@Schema(name = "ClusterRecord", description = "An industry cluster (产业集群)")
	public record ClusterRecord(
			@Schema(example = "semiconductor") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "半导体全链条") @NotBlank @Size(max = 200) String name,
			@Schema(example = "Semiconductor full chain") @Size(max = 200) String nameEn,
			@Schema(example = "开发区管委会主任（示意）") @Size(max = 200) String chief,
			@Size(max = 4000) String description) {
	}

	@Schema(name = "LinkRecord", description = "A chain link (环节): a material, component, equipment, process, product or service")
	public record LinkRecord(
			@Schema(example = "semi.wafer") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "硅片") @NotBlank @Size(max = 200) String name,
			@Schema(example = "Silicon wafers") @Size(max = 200) String nameEn,
			@Schema(example = "UPSTREAM") @NotNull Stage stage,
			@Schema(description = "Clusters the link belongs to (at most 10,000: a product of a national data set serves many industries)", example = "[\"semiconductor\"]") @Size(max = 10000) List<@NotBlank @Size(max = 200) String> clusters,
			@Schema(description = "Parent link (PART_OF) for a sub-link", example = "semi.materials") @Size(max = 200) String parent,
			@Schema(description = "Declared chokepoint (卡脖子)", example = "false") Boolean chokepoint,
			@Size(max = 4000) String description) {
	}

	@Schema(name = "FeedsRecord", description = "Link `from` supplies link `to` (upstream → downstream)")
	public record FeedsRecord(@Schema(example = "semi.wafer") @NotBlank @Size(max = 200) String from,
			@Schema(example = "semi.fab") @NotBlank @Size(max = 200) String to) {
	}

	@Schema(name = "EnterpriseRecord", description = "An enterprise, local (in the zone) or outside")
	public record EnterpriseRecord(
			@Schema(description = "Stable id, e.g. a unified social credit code", example = "E-semi-zxjy") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "中欣晶圆") @NotBlank @Size(max = 200) String name,
			@Size(max = 200) String nameEn,
			@Schema(description = "Located in the zone", example = "true") @NotNull Boolean local,
			@Schema(example = "浙江省丽水市") @Size(max = 200) String region,
			@Schema(description = "ISO 3166-1 alpha-3", example = "CHN") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as CHN") String country,
			@Schema(description = "Annual revenue in 万元 (10,000 yuan)", example = "12000") @PositiveOrZero Double revenue,
			@Schema(description = "Above designated size (规上: revenue ≥ 2000 万元)", example = "true") Boolean aboveScale,
			@Schema(description = "Head enterprise (头部/龙头)", example = "false") Boolean head,
			@Schema(example = "false") Boolean listed,
			@Schema(example = "[\"专精特新\"]") @Size(max = 100) List<@NotBlank @Size(max = 50) String> tags,
			@Size(max = 4000) String description) {
	}

	@Schema(name = "OperatesRecord", description = "An enterprise operates in a link, with an optional market share")
	public record OperatesRecord(@Schema(example = "E-semi-zxjy") @NotBlank @Size(max = 200) String enterprise,
			@Schema(example = "semi.wafer") @NotBlank @Size(max = 200) String link,
			@Schema(description = "Market share in the link, 0..1; null when unknown", example = "0.05", nullable = true) @DecimalMin("0.0") @DecimalMax("1.0") Double share) {
	}

	@Schema(name = "SuppliesRecord", description = "An actual supply relation: `supplier` sells the product of `link` to `buyer`")
	public record SuppliesRecord(@Schema(example = "E-semi-zfkj") @NotBlank @Size(max = 200) String supplier,
			@Schema(example = "E-semi-zxjy") @NotBlank @Size(max = 200) String buyer,
			@Schema(example = "semi.gas") @NotBlank @Size(max = 200) String link) {
	}

	@Schema(name = "ProjectRecord", description = "A backbone project (骨干项目): its enterprise, the links it fills, planned and "
			+ "actual dates of 签约 → 落地 → 投产 → 上规 (signed, landed, producing, aboveScale are the actual dates)")
	public record ProjectRecord(
			@Schema(example = "P-semi-001") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "中欣晶圆12英寸抛光片扩产项目") @NotBlank @Size(max = 200) String name,
			@Schema(example = "semiconductor", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Cluster id: required on an import line; may be left out of a REST body under `/clusters/{id}`, which fills it in from the path") @NotBlank String cluster,
			@Schema(description = "One link the project fills (older files); the same as `links: [link]`. Read back as `links`",
					example = "semi.wafer", deprecated = true) String link,
			@Schema(description = "The links the project fills (补链/强链)", example = "[\"semi.wafer\"]") @Size(max = 100) List<@NotBlank String> links,
			@Schema(description = "The enterprise carrying it out", example = "E-semi-zxjy") String enterprise,
			@Schema(description = "Investment in 万元", example = "150000") @PositiveOrZero Double investment,
			@Schema(description = "Planned signing date") LocalDate plannedSigned,
			@Schema(description = "Actual signing date (签约)") LocalDate signed,
			@Schema(description = "Planned landing date") LocalDate plannedLanded,
			@Schema(description = "Actual landing date (落地: construction started)") LocalDate landed,
			@Schema(description = "Planned production date") LocalDate plannedProducing,
			@Schema(description = "Actual production date (投产)") LocalDate producing,
			@Schema(description = "Planned above-scale date") LocalDate plannedAboveScale,
			@Schema(description = "Actual above-scale date (上规: the enterprise entered the 规上 statistics)") LocalDate aboveScale,
			@Size(max = 4000) String description) {

		/** The record with {@code link} folded into {@code links} (distinct, sorted), as stored. */
		public ProjectRecord normalized() {
			return new ProjectRecord(id, name, cluster, null, mergeLinks(link, links), enterprise, investment,
					plannedSigned, signed, plannedLanded, landed, plannedProducing, producing, plannedAboveScale,
					aboveScale, description);
		}

		/** The same project in another cluster (a body under {@code /clusters/{id}} that left the cluster out). */
		public ProjectRecord inCluster(String clusterId) {
			return new ProjectRecord(id, name, clusterId, link, links, enterprise, investment, plannedSigned, signed,
					plannedLanded, landed, plannedProducing, producing, plannedAboveScale, aboveScale, description);
		}
	}

	@Schema(name = "TeamRecord", description = "A top research team (顶尖团队) and the links it serves (双链融合)")
	public record TeamRecord(
			@Schema(example = "T-semi-001") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "宽禁带半导体外延团队") @NotBlank @Size(max = 200) String name,
			@Schema(description = "Team leader (带头人)") @Size(max = 200) String leader,
			@Schema(description = "Host institution (依托单位)") @Size(max = 200) String institution,
			@Schema(description = "Research field (研究领域)", example = "SiC/GaN 外延") @Size(max = 200) String field,
			@Schema(example = "semiconductor", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Cluster id: required on an import line; may be left out of a REST body under `/clusters/{id}`, which fills it in from the path") @NotBlank String cluster,
			@Schema(description = "One link it serves (older files); the same as `links: [link]`. Read back as `links`",
					deprecated = true) String link,
			@Schema(description = "The links it serves", example = "[\"semi.wafer.epi\"]") @Size(max = 100) List<@NotBlank String> links,
			@Size(max = 4000) String description) {

		/** The record with {@code link} folded into {@code links} (distinct, sorted), as stored. */
		public TeamRecord normalized() {
			return new TeamRecord(id, name, leader, institution, field, cluster, null, mergeLinks(link, links),
					description);
		}

		public TeamRecord inCluster(String clusterId) {
			return new TeamRecord(id, name, leader, institution, field, clusterId, link, links, description);
		}
	}

	@Schema(name = "TargetRecord", description = "A target of a cluster (目标明). With a live metric code as `metric` the "
			+ "current value is computed from the graph; otherwise `current` is recorded with its date `currentAt`")
	public record TargetRecord(
			@Schema(example = "G-semi-003") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "semiconductor", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Cluster id: required on an import line; may be left out of a REST body under `/clusters/{id}`, which fills it in from the path") @NotBlank String cluster,
			@Schema(example = "链条完整度") @NotBlank @Size(max = 200) String name,
			@Schema(description = "A live metric code (completeness, localEnterprises, aboveScaleEnterprises, missingLinks, "
					+ "weakLinks, chokepointsCovered, localRevenue) or any other indicator name (产值, 税收 …)",
					example = "completeness") @Size(max = 200) String metric,
			@Schema(description = "Target value", example = "70") Double value,
			@Schema(description = "Unit; % turns completeness into percent, 亿元 turns localRevenue into 亿元", example = "%") @Size(max = 50) String unit,
			@Schema(description = "Target year", example = "2027") @Min(1900) @Max(2200) Integer year,
			@Schema(description = "Baseline value (基期值), the start of the progress scale; 0 when absent", example = "60") Double baseline,
			@Schema(description = "Recorded current value (metrics the graph cannot compute only)", example = "128") Double current,
			@Schema(description = "Date of the recorded current value") LocalDate currentAt,
			@Size(max = 4000) String description) {

		public TargetRecord inCluster(String clusterId) {
			return new TargetRecord(id, clusterId, name, metric, value, unit, year, baseline, current, currentAt,
					description);
		}
	}

	@Schema(name = "MeasureRecord", description = "A measure of a cluster (措施实): who does what by when, for which links and targets")
	public record MeasureRecord(
			@Schema(example = "M-semi-001") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@Schema(example = "semiconductor", requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Cluster id: required on an import line; may be left out of a REST body under `/clusters/{id}`, which fills it in from the path") @NotBlank String cluster,
			@Schema(example = "补链：招引光刻胶企业") @NotBlank @Size(max = 200) String name,
			@Schema(description = "What is to be done") @Size(max = 4000) String description,
			@Schema(description = "Responsible unit (责任单位)", example = "招商局") @Size(max = 200) String owner,
			@Schema(description = "Due date (完成时限)") LocalDate due,
			@Schema(description = "PLANNED, IN_PROGRESS or DONE, or the Chinese labels 计划 / 推进中 / 已完成; PLANNED when absent",
					implementation = String.class, example = "IN_PROGRESS") MeasureStatus status,
			@Schema(description = "Links it serves", example = "[\"semi.photoresist\"]") @Size(max = 100) List<@NotBlank String> links,
			@Schema(description = "Targets (ids, of the same cluster) it serves", example = "[\"G-semi-003\"]") @Size(max = 100) List<@NotBlank String> targets) {

		/** Lists distinct and sorted, status PLANNED when absent, as stored. */
		public MeasureRecord normalized() {
			return new MeasureRecord(id, cluster, name, description, owner, due,
					status == null ? MeasureStatus.PLANNED : status, mergeLinks(null, links), mergeLinks(null, targets));
		}

		public MeasureRecord inCluster(String clusterId) {
			return new MeasureRecord(id, clusterId, name, description, owner, due, status, links, targets);
		}
	}

	/** {@code one} and {@code many} as one distinct, sorted list (empty when both are absent). */
	static List<String> mergeLinks(String one, List<String> many) {
		java.util.TreeSet<String> all = new java.util.TreeSet<>();
		if (one != null && !one.isBlank()) {
			all.add(one);
		}
		if (many != null) {
			many.stream().filter(java.util.Objects::nonNull).forEach(all::add);
		}
		return List.copyOf(all);
	}
}
