package org.chainchief.convert;

import static org.chainchief.model.Stage.DOWNSTREAM;
import static org.chainchief.model.Stage.MIDSTREAM;
import static org.chainchief.model.Stage.UPSTREAM;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Stage;

/**
 * ChainKnowledgeGraph (刘焕勇): A-share companies, their 申万 industries, products and product relations.
 * <ul>
 * <li>Companies → enterprises, id = exchange code ({@code 688268.SH}; a bare code gets its suffix from the listing
 * exchange, else from the code's prefix); listed, country CHN, no region (the data has none), full name as
 * description. A code listed twice keeps its first row. Companies only in company_industry.json are added.</li>
 * <li>The 申万 industries of the companies (the most specific level, level 3) → clusters
 * {@code ckg.sw.<industry code>}.</li>
 * <li>Products → links {@code ckg.<product name>} (name percent-encoded where an id may not hold a character). A
 * product's clusters are the industries of the companies operating in it; a product no such company operates
 * takes the clusters of the products it feeds or is fed by (one step); a product with neither is not converted
 * (reported).</li>
 * <li>上游材料 {@code from, to} → feeds to → from (the material feeds the product); 下游产品 {@code from, to} → feeds
 * from → to; 产品小类 {@code from, to} → {@code to} is a sub-link of {@code from} (first parent in file order;
 * further parents and cycle-closing ones reported).</li>
 * <li>Stage (the data has none), from the converted feeds: fed by nothing but feeding something → UPSTREAM; feeding
 * nothing but fed by something → DOWNSTREAM; both, or neither (no evidence) → MIDSTREAM.</li>
 * <li>主营产品 → operates without share (rel_weight is a noisy revenue share, not a market share).</li>
 * </ul>
 */
final class CkgConverter implements Converter {

	static final String CLUSTER_PREFIX = "ckg.sw.";

	static final String LINK_PREFIX = "ckg.";

	private static final Map<String, String> EXCHANGES = Map.of("上海证券交易所", "SH", "深圳证券交易所", "SZ",
			"北京证券交易所", "BJ");

	private static final Pattern SUFFIXED = Pattern.compile("\\d{6}\\.(SH|SZ|BJ)");

	private static final Pattern BARE = Pattern.compile("\\d{6}");

	private record Company(String code, String name, String fullname) {
	}

	private record Edge(String from, String to) {
	}

	private final Map<String, Company> companies = new LinkedHashMap<>();

	private final Map<String, String> companyIndustry = new HashMap<>();

	private final Map<String, String> industries = new TreeMap<>();

	private final Set<String> products = new LinkedHashSet<>();

	private final List<Edge> operates = new ArrayList<>();

	private final Set<Edge> feeds = new LinkedHashSet<>();

	private final Map<String, List<String>> parentCandidates = new LinkedHashMap<>();

	private int productsOnlyInRelations;

	/**
	 * A company code as {@code 688268.SH}: a suffixed code upper-cased; a bare 6-digit code gets the suffix of its
	 * listing exchange (上海/深圳/北京证券交易所) or, failing that, of its prefix (6, 9 → SH; 4, 8 → BJ; else SZ).
	 * Null when the text is no A-share code.
	 */
	static String code(String raw, String location) {
		String code = raw.strip().toUpperCase(Locale.ROOT);
		if (SUFFIXED.matcher(code).matches()) {
			return code;
		}
		if (!BARE.matcher(code).matches()) {
			return null;
		}
		String exchange = location == null ? null : EXCHANGES.get(location.strip());
		if (exchange == null) {
			exchange = switch (code.charAt(0)) {
				case '6', '9' -> "SH";
				case '4', '8' -> "BJ";
				default -> "SZ";
			};
		}
		return code + "." + exchange;
	}

	static String linkId(String product) {
		return LINK_PREFIX + Ids.encode(product);
	}

	@Override
	public void convert(Path dir, Locality locality, RecordSet out, Report report, Progress progress)
			throws IOException {
		String set = "ChainKnowledgeGraph";
		Path companyFile = Sources.require(dir, set, "company.json");
		Path industryFile = Sources.require(dir, set, "company_industry.json");
		Path productFile = Sources.require(dir, set, "product.json");
		Path productProductFile = Sources.require(dir, set, "product_product.jsonl", "product_product.json");
		Path companyProductFile = Sources.require(dir, set, "company_product.jsonl", "company_product.json");
		progress.phase("reading company.json");
		readCompanies(companyFile, report);
		progress.phase("reading company_industry.json");
		readIndustries(industryFile, report);
		progress.phase("reading product.json");
		Sources.readJsonLines(productFile, report, node -> {
			String name = Sources.squeeze(Sources.text(node, "name"));
			if (name.isEmpty()) {
				report.skip("product without a name (not converted)", node.toString());
			}
			else if (!products.add(name)) {
				report.skip("product listed twice in product.json (merged)", name);
			}
		});
		progress.phase("reading " + companyProductFile.getFileName());
		readCompanyProducts(companyProductFile, report);
		progress.phase("reading " + productProductFile.getFileName());
		readProductRelations(productProductFile, report);
		if (productsOnlyInRelations > 0) {
			report.note(String.format("%,d", productsOnlyInRelations) + " product names only in company_product/product_product (kept)");
		}
		progress.phase("mapping");
		industries.forEach((code, name) -> out.add(new ClusterRecord(CLUSTER_PREFIX + code, name, null, null,
				"申万行业 " + code + "（ChainKnowledgeGraph，刘焕勇）")));
		Map<String, SortedSet<String>> clusters = clusters(report);
		Map<String, Stage> stages = stages(clusters.keySet());
		Map<String, String> parents = parents(clusters.keySet(), report);
		for (String product : products) {
			SortedSet<String> of = clusters.get(product);
			if (of != null) {
				String parent = parents.get(product);
				out.add(new LinkRecord(linkId(product), product, null, stages.get(product),
						of.stream().map(code -> CLUSTER_PREFIX + code).toList(),
						parent == null ? null : linkId(parent), null, null));
			}
		}
		for (Edge e : feeds) {
			if (clusters.containsKey(e.from()) && clusters.containsKey(e.to())) {
				out.add(new FeedsRecord(linkId(e.from()), linkId(e.to())));
			}
			else {
				report.skip("feeds edge with a product not converted (no cluster)", e.from() + " → " + e.to());
			}
		}
		Set<String> matched = new HashSet<>();
		for (Company c : companies.values()) {
			boolean local = locality.codes().contains(c.code())
					|| locality.exchanges().contains(c.code().substring(c.code().indexOf('.') + 1));
			if (locality.codes().contains(c.code())) {
				matched.add(c.code());
			}
			out.add(new EnterpriseRecord(c.code(), c.name(), null, local, null, "CHN", null, null, null, true, null,
					c.fullname()));
		}
		for (Edge o : operates) {
			if (clusters.containsKey(o.to())) {
				out.add(new OperatesRecord(o.from(), linkId(o.to()), null));
			}
			else {
				report.skip("operates on a product not converted (no cluster)", o.from() + " → " + o.to());
			}
		}
		locality.reportUnmatched(matched, report);
	}

	private void readCompanies(Path file, Report report) throws IOException {
		Sources.readJsonLines(file, report, node -> {
			String raw = Sources.text(node, "code");
			String location = Sources.text(node, "location");
			String code = code(raw, location);
			String name = Sources.squeeze(Sources.text(node, "name"));
			String fullname = Sources.squeeze(Sources.text(node, "fullname"));
			if (code == null || name.isEmpty()) {
				report.skip("company without an A-share code or a name (not converted)", node.toString());
				return;
			}
			if (BARE.matcher(raw).matches() && !EXCHANGES.containsKey(location)) {
				report.skip("company exchange taken from its code prefix (location is not an exchange)",
						code + " " + name + " location " + location);
			}
			Company company = new Company(code, name, fullname.isEmpty() ? null : fullname);
			if (companies.putIfAbsent(code, company) != null) {
				report.skip("company code listed again in company.json (first row kept)",
						code + " " + name + " " + fullname);
			}
		});
	}

	private void readIndustries(Path file, Report report) throws IOException {
		List<Company> onlyHere = new ArrayList<>();
		Sources.readJsonLines(file, report, node -> {
			String code = code(Sources.text(node, "company_code"), null);
			String industry = Sources.text(node, "industry_code");
			String industryName = Sources.squeeze(Sources.text(node, "industry_name"));
			if (code == null || !industry.matches("\\d{6}") || industryName.isEmpty()) {
				report.skip("company_industry row without a company code or an industry (not converted)",
						node.toString());
				return;
			}
			if (!companies.containsKey(code)) {
				String name = Sources.squeeze(Sources.text(node, "company_name"));
				if (name.isEmpty()) {
					report.skip("company only in company_industry.json without a name (not converted)", code);
					return;
				}
				Company company = new Company(code, name, null);
				companies.put(code, company);
				onlyHere.add(company);
			}
			String existing = companyIndustry.putIfAbsent(code, industry);
			if (existing != null && !existing.equals(industry)) {
				report.skip("company in several industries (first kept)", code + " " + industry);
				return;
			}
			String knownName = industries.putIfAbsent(industry, industryName);
			if (knownName != null && !knownName.equals(industryName)) {
				report.skip("industry code with several names (first kept)",
						industry + " " + knownName + " / " + industryName);
			}
		});
		if (!onlyHere.isEmpty()) {
			report.note(String.format("%,d", onlyHere.size())
					+ " companies only in company_industry.json (added as enterprises, name from there)");
		}
	}

	private void readCompanyProducts(Path file, Report report) throws IOException {
		Sources.readJsonLines(file, report, node -> {
			String code = code(Sources.text(node, "company_code"), null);
			String product = Sources.squeeze(Sources.text(node, "product_name"));
			if (code == null || !companies.containsKey(code) || product.isEmpty()) {
				report.skip("company_product row of an unknown company or without a product (not converted)",
						node.toString());
				return;
			}
			if (products.add(product)) {
				productsOnlyInRelations++;
			}
			operates.add(new Edge(code, product));
		});
	}

	private void readProductRelations(Path file, Report report) throws IOException {
		Sources.readJsonLines(file, report, node -> {
			String from = Sources.squeeze(Sources.text(node, "from_entity"));
			String to = Sources.squeeze(Sources.text(node, "to_entity"));
			String rel = Sources.text(node, "rel");
			if (from.isEmpty() || to.isEmpty()) {
				report.skip("product relation without both products (not converted)", node.toString());
				return;
			}
			if (!rel.equals("上游材料") && !rel.equals("下游产品") && !rel.equals("产品小类")) {
				report.skip("product relation of an unknown kind (not converted)", rel + ": " + from + " → " + to);
				return;
			}
			if (from.equals(to)) {
				report.skip(rel + " relation of a product to itself (not converted)", from);
				return;
			}
			for (String name : List.of(from, to)) {
				if (products.add(name)) {
					productsOnlyInRelations++;
				}
			}
			if (rel.equals("产品小类")) {
				List<String> candidates = parentCandidates.computeIfAbsent(to, k -> new ArrayList<>());
				if (candidates.contains(from)) {
					report.skip("产品小类 relation given twice (merged)", from + " → " + to);
				}
				else {
					candidates.add(from);
				}
				return;
			}
			Edge edge = rel.equals("上游材料") ? new Edge(to, from) : new Edge(from, to);
			if (!feeds.add(edge)) {
				report.skip("feeds edge given twice (上游材料/下游产品, merged)", edge.from() + " → " + edge.to());
			}
		});
	}

	/** Clusters (industry codes) per converted product; products missing from the map are not converted. */
	private Map<String, SortedSet<String>> clusters(Report report) {
		Map<String, SortedSet<String>> direct = new HashMap<>();
		for (Edge o : operates) {
			String industry = companyIndustry.get(o.from());
			if (industry != null) {
				direct.computeIfAbsent(o.to(), k -> new TreeSet<>()).add(industry);
			}
		}
		Map<String, List<String>> neighbours = new HashMap<>();
		for (Edge e : feeds) {
			neighbours.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
			neighbours.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
		}
		Map<String, SortedSet<String>> clusters = new HashMap<>();
		int borrowed = 0;
		for (String product : products) {
			SortedSet<String> of = direct.get(product);
			if (of == null) {
				of = new TreeSet<>();
				for (String neighbour : neighbours.getOrDefault(product, List.of())) {
					of.addAll(direct.getOrDefault(neighbour, new TreeSet<>()));
				}
				if (of.isEmpty()) {
					report.skip("product in no cluster: no company with an industry operates it or a product it feeds "
							+ "or is fed by (not converted)", product);
					continue;
				}
				borrowed++;
			}
			clusters.put(product, of);
		}
		report.note(String.format("products in clusters: %,d by the industries of their companies, %,d by those of the "
				+ "products they feed or are fed by", clusters.size() - borrowed, borrowed));
		return clusters;
	}

	private Map<String, Stage> stages(Set<String> converted) {
		Set<String> feeding = new HashSet<>();
		Set<String> fed = new HashSet<>();
		for (Edge e : feeds) {
			if (converted.contains(e.from()) && converted.contains(e.to())) {
				feeding.add(e.from());
				fed.add(e.to());
			}
		}
		Map<String, Stage> stages = new HashMap<>();
		for (String product : converted) {
			boolean feeds = feeding.contains(product);
			boolean isFed = fed.contains(product);
			stages.put(product, feeds && !isFed ? UPSTREAM : isFed && !feeds ? DOWNSTREAM : MIDSTREAM);
		}
		return stages;
	}

	/** One parent per converted sub-product: the first 产品小类 parent (file order) converted and not closing a cycle. */
	private Map<String, String> parents(Set<String> converted, Report report) {
		Map<String, String> parents = new HashMap<>();
		parentCandidates.forEach((child, candidates) -> {
			for (String parent : candidates) {
				String example = parent + " → " + child;
				if (!converted.contains(child) || !converted.contains(parent)) {
					report.skip("产品小类 relation with a product not converted (no cluster)", example);
				}
				else if (parents.containsKey(child)) {
					report.skip("product with several 产品小类 parents (first kept)", example);
				}
				else if (isAncestor(child, parent, parents)) {
					report.skip("产品小类 relation closing a cycle (not converted)", example);
				}
				else {
					parents.put(child, parent);
				}
			}
		});
		return parents;
	}

	private static boolean isAncestor(String candidate, String of, Map<String, String> parents) {
		for (String p = of; p != null; p = parents.get(p)) {
			if (p.equals(candidate)) {
				return true;
			}
		}
		return false;
	}
}
