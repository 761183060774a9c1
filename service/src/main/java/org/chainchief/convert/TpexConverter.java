package org.chainchief.convert;

import static org.chainchief.model.Stage.DOWNSTREAM;
import static org.chainchief.model.Stage.MIDSTREAM;
import static org.chainchief.model.Stage.UPSTREAM;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Stage;
import tools.jackson.databind.JsonNode;

/**
 * tw-sector-map (TPEx 產業價值鏈): industry → stream (上游/中游/下游 or a custom layer) → segment → companies.
 * <ul>
 * <li>Each industry → a cluster {@code tpex.<TPEx industry code>} (the {@code ic_code} of stocks.json, e.g.
 * {@code tpex.D000} 半導體), named by the industry.</li>
 * <li>Each segment → a link {@code tpex.<ic>.<segment path with "/" as ".">}, per industry (a segment appearing in
 * two industries is two links; one appearing in two streams of the same industry gets the stream in its id too).
 * A nested segment "A/B" whose prefix "A" is itself a segment of the industry is a sub-link of it (PART_OF),
 * named "B".</li>
 * <li>Stage: 上游/中游/下游 as they are; the custom layers by {@link #LAYERS}; industries whose streams are flat
 * sub-industries (e.g. 金融, 其他 › 未分類) are unordered: all MIDSTREAM, no feeds.</li>
 * <li>Feeds: within an ordered industry, every top-level link of a stage feeds every top-level link of the next
 * stage present (sub-links are left out to keep the chain readable).</li>
 * <li>Companies → enterprises {@code TW-<code>} (name from stocks.json, country TWN, listed, tag 上市/上櫃/興櫃 by
 * market) operating in their segments, without share.</li>
 * </ul>
 */
final class TpexConverter implements Converter {

	static final Map<String, Stage> STREAMS = Map.of("上游", UPSTREAM, "中游", MIDSTREAM, "下游", DOWNSTREAM);

	/**
	 * The custom layers of 人工智慧, 大數據, 區塊鏈, 體驗科技, 資通訊安全 and 金融科技: resources and hardware upstream,
	 * core technology, tools and platforms midstream, applications and services downstream.
	 */
	static final Map<String, Stage> LAYERS = Map.ofEntries(Map.entry("運算資源", UPSTREAM),
			Map.entry("基礎資源", UPSTREAM), Map.entry("關鍵硬體零組件", UPSTREAM), Map.entry("核心技術", MIDSTREAM),
			Map.entry("軟體暨工具", MIDSTREAM), Map.entry("開發引擎/編輯工具", MIDSTREAM), Map.entry("基礎技術開發", MIDSTREAM),
			Map.entry("解決方案提供", MIDSTREAM), Map.entry("中介工具", MIDSTREAM), Map.entry("資安產品", MIDSTREAM),
			Map.entry("應用與服務", DOWNSTREAM), Map.entry("應用軟體&內容", DOWNSTREAM), Map.entry("應用服務", DOWNSTREAM),
			Map.entry("支援服務", DOWNSTREAM), Map.entry("領域應用", DOWNSTREAM), Map.entry("資安服務", DOWNSTREAM));

	private static final Map<String, String> MARKET_TAGS = Map.of("TWSE", "上市", "TPEX", "上櫃", "ESB", "興櫃");

	private record Stock(String name, String market) {
	}

	private static final class Segment {

		final String stream;

		final String path;

		final JsonNode companies;

		Stage stage;

		String id;

		String name;

		Segment parent;

		Segment(String stream, String path, JsonNode companies) {
			this.stream = stream;
			this.path = path;
			this.companies = companies;
		}
	}

	/** A stock code as written in --local-codes: {@code 2330} or {@code TW-2330}. */
	static String code(String text) {
		String code = text.strip();
		return code.regionMatches(true, 0, "TW-", 0, 3) ? code.substring(3) : code;
	}

	@Override
	public void convert(Path dir, Locality locality, RecordSet out, Report report, Progress progress)
			throws IOException {
		Path byChainFile = Sources.require(dir, "tw-sector-map", "by-chain.json");
		Path stocksFile = Sources.require(dir, "tw-sector-map", "stocks.json");
		progress.phase("reading stocks.json");
		Map<String, Stock> stocks = new LinkedHashMap<>();
		Map<String, String> industryCodes = new LinkedHashMap<>();
		for (JsonNode stock : Sources.readJson(stocksFile)) {
			String code = Sources.text(stock, "code");
			if (code.isEmpty()) {
				report.skip("stocks.json entry without a code (ignored)", stock.toString());
				continue;
			}
			stocks.putIfAbsent(code, new Stock(clean(Sources.text(stock, "name")), Sources.text(stock, "market")));
			for (JsonNode chain : stock.path("chain")) {
				String ic = Sources.text(chain, "ic_code");
				if (!ic.isEmpty()) {
					industryCodes.putIfAbsent(clean(Sources.text(chain, "industry")), ic);
				}
			}
		}
		progress.phase("reading by-chain.json");
		JsonNode chains = Sources.readJson(byChainFile);
		if (!chains.isObject()) {
			throw new ConversionException("by-chain.json: expected an object {industry: {stream: {segment: [...]}}}");
		}
		Map<String, String> chainNames = new LinkedHashMap<>();
		Set<String> companies = new LinkedHashSet<>();
		List<OperatesRecord> operates = new ArrayList<>();
		for (Map.Entry<String, JsonNode> industryEntry : chains.properties()) {
			String industry = clean(industryEntry.getKey());
			String ic = industryCodes.get(industry);
			String clusterId;
			if (ic != null && ic.matches("[A-Za-z0-9]{1,20}")) {
				clusterId = "tpex." + ic;
			}
			else {
				clusterId = "tpex." + Ids.encode(industry);
				report.skip("industry without a TPEx industry code in stocks.json (id made from its name)", industry);
			}
			out.add(new ClusterRecord(clusterId, industry, null, null,
					"櫃買中心產業價值鏈資訊平台 (ic.tpex.org.tw)" + (ic != null ? " 產業代碼 " + ic : "")));
			List<Segment> segments = segments(industry, industryEntry.getValue(), report);
			boolean ordered = stages(industry, segments, report);
			identify(clusterId, segments);
			for (Segment s : segments) {
				out.add(new LinkRecord(s.id, s.name, null, s.stage, List.of(clusterId),
						s.parent == null ? null : s.parent.id, null, industry + " › " + s.stream + " › " + s.path));
				for (JsonNode company : s.companies) {
					String code = Sources.text(company, "code");
					if (code.isEmpty()) {
						report.skip("company without a code (not converted)", industry + " › " + s.path);
						continue;
					}
					String name = clean(Sources.text(company, "name"));
					if (!name.isEmpty()) {
						chainNames.putIfAbsent(code, name);
					}
					companies.add(code);
					operates.add(new OperatesRecord("TW-" + code, s.id, null));
				}
			}
			if (ordered) {
				feeds(segments, out);
			}
		}
		Set<String> matched = new HashSet<>();
		for (String code : companies) {
			Stock stock = stocks.get(code);
			String name = stock != null && !stock.name().isEmpty() ? stock.name() : chainNames.get(code);
			if (name == null) {
				name = code;
				report.skip("company without a name in stocks.json or by-chain.json (stock code used as name)", code);
			}
			String tag = stock == null ? null : MARKET_TAGS.get(stock.market());
			boolean local = locality.codes().contains(code);
			if (local) {
				matched.add(code);
			}
			out.add(new EnterpriseRecord("TW-" + code, name, null, local, null, "TWN", null, null, null, true,
					tag == null ? null : List.of(tag), null));
		}
		stocks.forEach((code, stock) -> {
			if (!companies.contains(code)) {
				report.skip("stocks.json company in no value-chain segment (not converted)", code + " " + stock.name());
			}
		});
		operates.forEach(out::add);
		locality.reportUnmatched(matched, report);
	}

	private static List<Segment> segments(String industry, JsonNode streams, Report report) {
		List<Segment> segments = new ArrayList<>();
		for (Map.Entry<String, JsonNode> streamEntry : streams.properties()) {
			String stream = clean(streamEntry.getKey());
			for (Map.Entry<String, JsonNode> segmentEntry : streamEntry.getValue().properties()) {
				String path = clean(segmentEntry.getKey());
				if (path.isEmpty() || !segmentEntry.getValue().isArray()) {
					report.skip("segment without a name or a company list (not converted)",
							industry + " › " + stream + " › " + segmentEntry.getKey());
					continue;
				}
				segments.add(new Segment(stream, path, segmentEntry.getValue()));
			}
		}
		return segments;
	}

	/** Sets each segment's stage; answers whether the industry's streams are ordered stages. */
	private static boolean stages(String industry, List<Segment> segments, Report report) {
		Set<String> streams = new LinkedHashSet<>();
		segments.forEach(s -> streams.add(s.stream));
		boolean ordered = streams.stream().allMatch(s -> STREAMS.containsKey(s) || LAYERS.containsKey(s));
		for (Segment s : segments) {
			s.stage = !ordered ? MIDSTREAM : STREAMS.containsKey(s.stream) ? STREAMS.get(s.stream) : LAYERS.get(s.stream);
		}
		if (!ordered) {
			report.note("unordered industry " + industry + " (" + String.join(", ", streams)
					+ "): all MIDSTREAM, no feeds");
		}
		else {
			for (String stream : streams) {
				if (!STREAMS.containsKey(stream)) {
					report.note("stage mapping " + industry + " › " + stream + " → " + LAYERS.get(stream));
				}
			}
		}
		return ordered;
	}

	/** Ids, names and parents: a nested "A/B" is a sub-link of segment "A" of the same industry when there is one. */
	private static void identify(String clusterId, List<Segment> segments) {
		Map<String, List<Segment>> byPath = new LinkedHashMap<>();
		segments.forEach(s -> byPath.computeIfAbsent(s.path, p -> new ArrayList<>()).add(s));
		for (Segment s : segments) {
			boolean shared = byPath.get(s.path).size() > 1;
			s.id = clusterId + "." + (shared ? Ids.path(s.stream) + "." : "") + Ids.path(s.path);
			s.name = s.path;
			String[] parts = s.path.split("/");
			for (int i = parts.length - 1; i >= 1 && s.parent == null; i--) {
				String prefix = String.join("/", java.util.Arrays.copyOf(parts, i));
				List<Segment> candidates = byPath.get(prefix);
				if (candidates != null) {
					s.parent = candidates.stream()
						.filter(c -> c.stream.equals(s.stream))
						.findFirst()
						.orElse(candidates.get(0));
					s.name = s.path.substring(prefix.length() + 1);
				}
			}
		}
	}

	private static void feeds(List<Segment> segments, RecordSet out) {
		List<List<Segment>> byStage = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			List<Segment> top = segments.stream().filter(s -> s.parent == null && s.stage == stage).toList();
			if (!top.isEmpty()) {
				byStage.add(top);
			}
		}
		for (int i = 0; i + 1 < byStage.size(); i++) {
			for (Segment from : byStage.get(i)) {
				for (Segment to : byStage.get(i + 1)) {
					out.add(new FeedsRecord(from.id, to.id));
				}
			}
		}
	}

	/** Names as shown: HTML character references decoded (&amp;amp; → &amp;), whitespace squeezed. */
	private static String clean(String text) {
		return Sources.squeeze(Sources.unescapeHtml(text));
	}
}
