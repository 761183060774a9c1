package org.chainchief.model;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
	 * not supply itself, a project's lifecycle dates (signed → landed → producing → aboveScale) never go back.
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
			String[] names = { "signed", "landed", "producing", "aboveScale" };
			LocalDate[] dates = { p.signed(), p.landed(), p.producing(), p.aboveScale() };
			LocalDate last = null;
			String lastName = null;
			for (int i = 0; i < dates.length; i++) {
				if (dates[i] == null) {
					continue;
				}
				if (last != null && dates[i].isBefore(last)) {
					return java.util.Optional
						.of(new Violation(names[i], "must not be before " + lastName + " (" + last + ")"));
				}
				last = dates[i];
				lastName = names[i];
			}
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
			@Schema(description = "Clusters the link belongs to", example = "[\"semiconductor\"]") @Size(max = 100) List<@NotBlank @Size(max = 200) String> clusters,
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
			@Schema(description = "Market share in the link, 0..1", example = "0.05") @DecimalMin("0.0") @DecimalMax("1.0") Double share) {
	}

	@Schema(name = "SuppliesRecord", description = "An actual supply relation: `supplier` sells the product of `link` to `buyer`")
	public record SuppliesRecord(@Schema(example = "E-semi-zfkj") @NotBlank @Size(max = 200) String supplier,
			@Schema(example = "E-semi-zxjy") @NotBlank @Size(max = 200) String buyer,
			@Schema(example = "semi.gas") @NotBlank @Size(max = 200) String link) {
	}

	@Schema(name = "ProjectRecord", description = "A backbone project (骨干项目) with its lifecycle dates")
	public record ProjectRecord(
			@Schema(example = "P-semi-001") @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@NotBlank @Size(max = 200) String name,
			@Schema(example = "semiconductor") @NotBlank @Size(max = 200) String cluster,
			@Size(max = 200) String link,
			@Size(max = 200) String enterprise,
			@Schema(description = "Investment in 万元") @PositiveOrZero Double investment,
			LocalDate signed, LocalDate landed, LocalDate producing, LocalDate aboveScale,
			@Size(max = 4000) String description) {
	}

	@Schema(name = "TeamRecord", description = "A top research team (顶尖团队)")
	public record TeamRecord(@NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@NotBlank @Size(max = 200) String name, @Size(max = 200) String leader,
			@Size(max = 200) String institution, @NotBlank @Size(max = 200) String cluster, @Size(max = 200) String link,
			@Size(max = 4000) String description) {
	}

	@Schema(name = "TargetRecord", description = "A target of a cluster (目标明)")
	public record TargetRecord(@NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@NotBlank @Size(max = 200) String cluster, @NotBlank @Size(max = 200) String name, @Size(max = 200) String metric,
			Double value, @Size(max = 50) String unit, Integer year, @Size(max = 4000) String description) {
	}

	@Schema(name = "MeasureRecord", description = "A measure of a cluster (措施实)")
	public record MeasureRecord(@NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
			@NotBlank @Size(max = 200) String cluster, @NotBlank @Size(max = 200) String name, @Size(max = 4000) String description) {
	}
}
