package org.chainchief.importer;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.chainchief.model.Stage;

/**
 * The columns of a spreadsheet per record kind: for every field of the kind's record, the headers a user may
 * write (the field name itself, or one of its Chinese names), what the field means and which values it takes.
 * Field types and whether a field is required come from the record definitions, so the table cannot drift
 * from the import contract (class initialisation fails when a field has no entry).
 */
final class SheetColumns {

	/** How a cell becomes a JSON value. */
	enum Type {
		TEXT, BOOLEAN, NUMBER, INTEGER, DATE, LIST, STAGE
	}

	/** One column: the field, its type, whether it is required, its Chinese headers (the first one canonical). */
	record Column(Kind kind, String field, Type type, boolean required, List<String> chinese, String meaning,
			String values, boolean legacy) {

		/** The header the template writes. */
		String header() {
			return chinese.get(0);
		}

		/** Every header accepted for this column, as a user would write it. */
		List<String> headers() {
			List<String> all = new ArrayList<>(chinese);
			all.add(field);
			return all;
		}
	}

	private static final String REF_CLUSTER = "集群编号（产业集群表的“集群编号”）";

	private static final String REF_LINK = "环节编号（环节表的“环节编号”）";

	private static final String REF_ENTERPRISE = "企业编号（企业表的“统一社会信用代码/企业编号”）";

	private static final String ID = "唯一编号：不含空格、/、?、#，最长 200 字";

	private static final Map<Kind, List<Column>> TABLE = new EnumMap<>(Kind.class);

	private static final Map<Kind, Map<String, Column>> BY_HEADER = new EnumMap<>(Kind.class);

	static {
		define(Kind.CLUSTER, //
				e("id", "集群的唯一编号，其他表用它引用集群", ID, "集群编号"), //
				e("name", "集群名称", null, "集群名称"), //
				e("nameEn", "英文名称", null, "英文名称"), //
				e("chief", "链长（负责人）", null, "链长"), //
				e("description", "说明", null, "说明", "备注"));
		define(Kind.LINK, //
				e("id", "环节的唯一编号，其他表用它引用环节", ID, "环节编号"), //
				e("name", "环节名称（材料、零部件、设备、工艺、产品或服务）", null, "环节名称"), //
				e("nameEn", "英文名称", null, "英文名称"), //
				e("stage", "所处阶段", null, "所处阶段", "产业链位置", "阶段"), //
				e("clusters", "所属集群，可填多个", REF_CLUSTER, "所属集群", "集群编号"), //
				e("parent", "上级环节（本环节是它的子环节）", REF_LINK, "上级环节", "上级环节编号"), //
				e("chokepoint", "是否卡脖子环节", null, "是否卡脖子"), //
				e("description", "说明", null, "说明", "备注"));
		define(Kind.FEEDS, //
				e("from", "上游环节：为下游环节供货", REF_LINK, "上游环节", "上游环节编号"), //
				e("to", "下游环节", REF_LINK, "下游环节", "下游环节编号"));
		define(Kind.ENTERPRISE, //
				e("id", "企业的唯一编号，通常为统一社会信用代码", ID, "统一社会信用代码", "企业编号", "企业代码"), //
				e("name", "企业名称", null, "企业名称"), //
				e("nameEn", "英文名称", null, "英文名称"), //
				e("local", "是否位于本开发区（本地企业）", null, "是否本地", "本地企业"), //
				e("region", "所在地区，如 浙江省丽水市", null, "所在地区", "地区"), //
				e("country", "国家或地区", "ISO 3166-1 三位字母代码，如 CHN、USA、JPN", "国家", "国别"), //
				e("revenue", "年营业收入，单位万元", "数字（万元），可含千分位逗号", "营业收入(万元)", "营收(万元)"), //
				e("aboveScale", "是否规上企业（营业收入 ≥ 2000 万元）；不填时按营业收入推断", null, "是否规上", "规上企业"), //
				e("head", "是否头部/龙头企业", null, "是否头部", "是否龙头", "头部企业", "龙头企业"), //
				e("listed", "是否上市", null, "是否上市", "上市企业"), //
				e("tags", "标签，如 专精特新、高新技术企业", null, "标签", "企业标签"), //
				e("description", "备注", null, "备注", "说明"));
		define(Kind.OPERATES, //
				e("enterprise", "企业", REF_ENTERPRISE, "企业编号", "统一社会信用代码"), //
				e("link", "企业所在的环节", REF_LINK, "所属环节", "环节编号"), //
				e("share", "企业在该环节的市场份额", "0 到 1 的小数，或百分数如 5%", "市场份额"));
		define(Kind.SUPPLIES, //
				e("supplier", "供应商（供货企业）", REF_ENTERPRISE, "供应商", "供应商编号", "供方"), //
				e("buyer", "采购方（购货企业）", REF_ENTERPRISE, "采购方", "采购方编号", "需方"), //
				e("link", "所供产品所在的环节", REF_LINK, "供应环节", "环节编号"));
		define(Kind.PROJECT, //
				e("id", "项目的唯一编号", ID, "项目编号"), //
				e("name", "项目名称", null, "项目名称"), //
				e("cluster", "所属集群", REF_CLUSTER, "所属集群", "集群编号"), //
				e("link", "项目所补、所强的一个环节（旧格式，与“所补环节”合并）", REF_LINK, "所属环节", "环节编号"), //
				e("links", "项目所补、所强的环节，可填多个", REF_LINK + "，可填多个", "所补环节", "服务环节"), //
				e("enterprise", "实施企业", REF_ENTERPRISE, "企业编号", "实施企业编号", "统一社会信用代码"), //
				e("investment", "投资额，单位万元", "数字（万元），可含千分位逗号", "投资额(万元)", "总投资(万元)"), //
				e("plannedSigned", "计划签约日期", null, "计划签约日期", "计划签约"), //
				e("signed", "实际签约日期", null, "签约日期", "实际签约日期"), //
				e("plannedLanded", "计划落地日期（不早于计划签约）", null, "计划落地日期", "计划落地"), //
				e("landed", "实际落地日期（不早于签约）", null, "落地日期", "实际落地日期"), //
				e("plannedProducing", "计划投产日期（不早于计划落地）", null, "计划投产日期", "计划投产"), //
				e("producing", "实际投产日期（不早于落地）", null, "投产日期", "实际投产日期"), //
				e("plannedAboveScale", "计划上规日期（不早于计划投产）", null, "计划上规日期", "计划上规"), //
				e("aboveScale", "实际上规日期（不早于投产）", null, "上规日期", "实际上规日期"), //
				e("description", "说明", null, "说明", "备注"));
		define(Kind.TEAM, //
				e("id", "团队的唯一编号", ID, "团队编号"), //
				e("name", "团队名称", null, "团队名称"), //
				e("leader", "带头人", null, "带头人", "负责人"), //
				e("institution", "依托单位（高校、院所）", null, "依托单位"), //
				e("field", "研究领域", null, "研究领域", "领域"), //
				e("cluster", "所属集群", REF_CLUSTER, "所属集群", "集群编号"), //
				e("link", "对接的一个环节（旧格式，与“服务环节”合并）", REF_LINK, "所属环节", "环节编号"), //
				e("links", "对接、服务的环节，可填多个（双链融合）", REF_LINK + "，可填多个", "服务环节", "对接环节"), //
				e("description", "说明", null, "说明", "备注"));
		define(Kind.TARGET, //
				e("id", "目标的唯一编号", ID, "目标编号"), //
				e("cluster", "所属集群", REF_CLUSTER, "所属集群", "集群编号"), //
				e("name", "目标名称", null, "目标名称"), //
				e("metric", "指标：实时指标代码（completeness 链条完整度、localEnterprises 本地企业数、aboveScaleEnterprises 规上企业数、"
						+ "missingLinks 缺链数、weakLinks 弱链数、chokepointsCovered 卡脖子环节本地配套数、localRevenue 本地企业营业收入）"
						+ "由图谱实时计算当前值；其他指标（如 产值）填写当前值及日期", null, "指标", "指标代码"), //
				e("value", "目标值", "数字", "目标值"), //
				e("unit", "单位，如 亿元、家、%", null, "单位"), //
				e("year", "目标年份", "四位整数，如 2027", "年份", "目标年份"), //
				e("baseline", "基期值（进度的起点，不填按 0）", "数字", "基期值", "基数"), //
				e("current", "当前值（实时指标不填）", "数字", "当前值", "现状值"), //
				e("currentAt", "当前值的日期（实时指标不填）", null, "当前值日期", "统计日期"), //
				e("description", "说明", null, "说明", "备注"));
		define(Kind.MEASURE, //
				e("id", "措施的唯一编号", ID, "措施编号"), //
				e("cluster", "所属集群", REF_CLUSTER, "所属集群", "集群编号"), //
				e("name", "措施名称", null, "措施名称", "措施"), //
				e("description", "措施内容", null, "说明", "备注", "措施内容"), //
				e("owner", "责任单位", null, "责任单位", "牵头单位"), //
				e("due", "完成时限", null, "完成时限", "截止日期"), //
				e("status", "状态，不填为计划", "计划/推进中/已完成（或 PLANNED/IN_PROGRESS/DONE）", "状态", "推进状态"), //
				e("links", "服务的环节，可填多个", REF_LINK + "，可填多个", "服务环节", "环节编号"), //
				e("targets", "服务的目标，可填多个", "目标编号（目标表的“目标编号”），可填多个", "服务目标", "目标编号"));
		for (Kind kind : Kind.values()) {
			if (!TABLE.containsKey(kind)) {
				throw new IllegalStateException("No spreadsheet columns for kind " + kind.wire);
			}
		}
	}

	private SheetColumns() {
	}

	/** The columns of a kind, in the order of the record's fields. */
	static List<Column> of(Kind kind) {
		return TABLE.get(kind);
	}

	/** The column a header names for a kind (English field name or a Chinese header, loosely written), or null. */
	static Column find(Kind kind, String header) {
		return header == null ? null : BY_HEADER.get(kind).get(normalize(header));
	}

	/**
	 * A header as compared: compatibility-normalised (full-width brackets and letters become ASCII), without
	 * white space or required-markers ({@code *}), lower case.
	 */
	static String normalize(String header) {
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC);
		text = text.replaceAll("[\\s\\u00a0\\ufeff]+", "").replaceAll("^\\*+|\\*+$", "");
		return text.toLowerCase(Locale.ROOT);
	}

	/** The kinds' names for messages: "cluster (产业集群), enterprise (企业), …". */
	static String kindNames() {
		return Arrays.stream(Kind.values())
			.map(k -> k.wire + " (" + k.chinese + ")")
			.collect(Collectors.joining(", "));
	}

	private record Entry(String field, String meaning, String values, String[] chinese) {
	}

	private static Entry e(String field, String meaning, String values, String... chinese) {
		return new Entry(field, meaning, values, chinese);
	}

	private static void define(Kind kind, Entry... entries) {
		Map<String, Entry> byField = new LinkedHashMap<>();
		for (Entry entry : entries) {
			byField.put(entry.field(), entry);
		}
		List<Column> columns = new ArrayList<>();
		Map<String, Column> byHeader = new HashMap<>();
		for (RecordComponent component : kind.type.getRecordComponents()) {
			Entry entry = byField.remove(component.getName());
			if (entry == null) {
				throw new IllegalStateException("No spreadsheet column for " + kind.wire + "." + component.getName());
			}
			Type type = typeOf(component);
			boolean required = component.getAccessor().isAnnotationPresent(NotNull.class)
					|| component.getAccessor().isAnnotationPresent(NotBlank.class);
			var schema = component.getAccessor().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			boolean legacy = schema != null && schema.deprecated();
			Column column = new Column(kind, entry.field(), type, required, List.of(entry.chinese()), entry.meaning(),
					entry.values() != null ? entry.values() : values(type), legacy);
			columns.add(column);
			for (String header : column.headers()) {
				Column clash = byHeader.put(normalize(header), column);
				if (clash != null && clash != column) {
					throw new IllegalStateException("Header " + header + " names two columns of " + kind.wire);
				}
			}
		}
		if (!byField.isEmpty()) {
			throw new IllegalStateException("Spreadsheet columns without a field in " + kind.wire + ": " + byField.keySet());
		}
		TABLE.put(kind, List.copyOf(columns));
		BY_HEADER.put(kind, Map.copyOf(byHeader));
	}

	private static Type typeOf(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == Boolean.class || type == boolean.class) {
			return Type.BOOLEAN;
		}
		if (type == Double.class || type == double.class) {
			return Type.NUMBER;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return Type.INTEGER;
		}
		if (type == LocalDate.class) {
			return Type.DATE;
		}
		if (type == Stage.class) {
			return Type.STAGE;
		}
		if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
			return Type.LIST;
		}
		return Type.TEXT;
	}

	private static String values(Type type) {
		return switch (type) {
			case TEXT -> "文本";
			case BOOLEAN -> "是/否（也可 true/false、1/0、Y/N）";
			case NUMBER -> "数字，可含千分位逗号，可用百分数如 5%";
			case INTEGER -> "整数";
			case DATE -> "日期：Excel 日期单元格，或文本 2025-03-10（也可 2025/3/10、2025年3月10日）";
			case LIST -> "可填多个，用 ; ； , ， 、 分隔";
			case STAGE -> "上游/中游/下游（或 UPSTREAM/MIDSTREAM/DOWNSTREAM）";
		};
	}
}
