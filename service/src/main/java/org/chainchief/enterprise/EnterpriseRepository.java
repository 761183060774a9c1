package org.chainchief.enterprise;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Stage;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.NameKeys;
import org.chainchief.support.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Enterprises: search, detail and writes. Every query of one search runs in one read transaction, so the total and
 * the page agree. A listing (no text) is ordered and paged by the database, by the stored pinyin key of the name
 * ({@link NameKeys}), then id. A text search returns (id, name, relevance) of every enterprise passing the text and
 * the filters; the service orders them (relevance, then name in pinyin order with {@link Collator} for
 * {@link Locale#CHINA}) and slices the page; a text of Chinese characters only is ranked and paged by the database in
 * the same order ({@code enterprise/search-ranked}). Either way a last query fetches the fields of the page's
 * enterprises.
 * Every write sets the name key from the name.
 */
@Repository
final class EnterpriseRepository {

	/** Characters with a meaning in Lucene's query syntax; escaped in user input. */
	private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private final Graph graph;

	private final Query search;

	private final Query searchRanked;

	private final Query searchRankedCount;

	private final Query candidates;

	private final Query page;

	private final Listings listings;

	private final Query get;

	private final Query create;

	private final Query update;

	private final Query delete;

	private final PinyinKeys keys = new PinyinKeys(100_000);

	private final PinyinInitials initialsOf = new PinyinInitials(100_000);

	private static final int INITIALS_TIER = 1;

	EnterpriseRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.search = cypher.get("enterprise/search");
		this.searchRanked = cypher.get("enterprise/search-ranked");
		this.searchRankedCount = cypher.get("enterprise/search-ranked-count");
		this.candidates = cypher.get("enterprise/candidates");
		this.page = cypher.get("enterprise/page");
		this.listings = new Listings(cypher);
		this.get = cypher.get("enterprise/get");
		this.create = cypher.get("enterprise/create");
		this.update = cypher.get("enterprise/update");
		this.delete = cypher.get("enterprise/delete");
	}

	/** One candidate of a search with its sort keys. */
	private record Candidate(String id, CollationKey name, int tier, double score) {
	}

	private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::tier)
		.reversed()
		.thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
		.thenComparing(Candidate::name)
		.thenComparing(Candidate::id);

	Mono<EnterprisePage> search(EnterpriseQuery query) {
		if (query.q() == null) {
			return list(query, filters(query));
		}
		return chineseOnly(query.q()) ? ranked(query, textParams(query)) : ordered(query);
	}

	/** The filters and the text's two forms: the full-text query and the lower-cased substring. */
	private static Map<String, Object> textParams(EnterpriseQuery query) {
		Map<String, Object> params = filters(query);
		params.put("lucene", lucene(query.q()));
		params.put("lq", query.q().toLowerCase(Locale.ROOT));
		return params;
	}

	/**
	 * True when every character of the text is a Chinese character (an ideograph): no case mapping makes or removes
	 * one, so the search's lower-cased comparisons are the plain ones, which the names' TEXT indexes answer and the
	 * database can rank ({@code enterprise/search-ranked}).
	 */
	static boolean chineseOnly(String q) {
		return !q.isEmpty() && q.codePoints().allMatch(Character::isIdeographic);
	}

	/** A search ranked and paged by the database; the same page as {@link #ordered}. */
	private Mono<EnterprisePage> ranked(EnterpriseQuery query, Map<String, Object> params) {
		params.put("skip", (long) query.page() * query.size());
		params.put("size", query.size());
		return graph.inRead(searchRanked, tx -> Graph.rows(tx, searchRankedCount, params)
			.flatMap(counted -> Graph.rows(tx, searchRanked, params).flatMap(rows -> {
				Map<String, Integer> tiers = new LinkedHashMap<>();
				for (Value v : rows.get(0).get("page").asList(x -> x)) {
					int tier = v.get("tier").asInt();
					tiers.put(v.get("id").asString(), tier == 0 ? 0 : tier + 1);
				}
				return page(tx, query, List.copyOf(tiers.keySet()), tiers, counted.get(0).get("total").asLong());
			}))).single();
	}

	/** A text search as every text is searched that is not Chinese only: every candidate ordered by the service. */
	Mono<EnterprisePage> ordered(EnterpriseQuery query) {
		Map<String, Object> params = textParams(query);
		// Latin letters only: the text may also be pinyin initials, matched here against every name passing the filters.
		boolean initials = PinyinInitials.applies(query.q());
		return graph.inRead(search, tx -> Graph.rows(tx, search, params)
			.flatMap(found -> initials ? Graph.rows(tx, candidates, params).map(all -> List.of(found, all))
					: Mono.just(List.of(found)))
			// Collation keys and initials cost a few microseconds each: off the event loop.
			.publishOn(Schedulers.boundedElastic())
			.map(rows -> order(rows.get(0), rows.size() > 1 ? rows.get(1) : null, query.q()))
			.flatMap(sorted -> {
				long from = (long) query.page() * query.size();
				List<Candidate> slice = from >= sorted.size() ? List.of()
						: sorted.subList((int) from, (int) Math.min(sorted.size(), from + query.size()));
				Map<String, Integer> tiers = new HashMap<>();
				slice.forEach(c -> tiers.put(c.id(), c.tier()));
				return page(tx, query, slice.stream().map(Candidate::id).toList(), tiers, sorted.size());
			})).single();
	}

	private static Map<String, Object> filters(EnterpriseQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("local", query.local());
		params.put("region", query.region());
		params.put("link", query.link());
		params.put("tag", query.tag());
		params.put("cluster", query.cluster());
		return params;
	}

	/**
	 * A listing: the page and the total from the database, in the order of the stored name keys, by the statements
	 * that read from the side of the most selective filter ({@link Listings}).
	 */
	private Mono<EnterprisePage> list(EnterpriseQuery query, Map<String, Object> filters) {
		Listings.Listing listing = listings.of(query);
		Map<String, Object> params = new HashMap<>(filters);
		params.put("skip", (long) query.page() * query.size());
		params.put("size", query.size());
		return graph.inRead(listing.page(), tx -> Graph.rows(tx, listing.count(), filters)
			.flatMap(counted -> Graph.rows(tx, listing.page(), params)
				.flatMap(rows -> page(tx, query, rows.stream().map(r -> r.get("id").asString()).toList(), Map.of(),
						counted.get(0).get("total").asLong()))))
			.single();
	}

	/** The page of {@code ids}, in their order, with their fields; {@code tiers}: each one's text match, if any. */
	private Mono<EnterprisePage> page(ReactiveTransactionContext tx,
			EnterpriseQuery query, List<String> ids, Map<String, Integer> tiers, long total) {
		if (ids.isEmpty()) {
			return Mono.just(new EnterprisePage(List.of(), query.page(), query.size(), total));
		}
		return Graph.rows(tx, page, Map.of("ids", ids)).map(found -> {
			Map<String, Value> byId = found.stream()
				.map(r -> r.get("enterprise"))
				.collect(Collectors.toMap(v -> v.get("id").asString(), Function.identity()));
			List<EnterpriseSummary> items = ids.stream()
				.filter(byId::containsKey)
				.map(id -> summary(byId.get(id), tiers.getOrDefault(id, -1)))
				.toList();
			return new EnterprisePage(items, query.page(), query.size(), total);
		});
	}

	/**
	 * The candidates in order. Tiers: 4 exact, 3 prefix, 2 contains (the search query's 3..1), 1 pinyin initials,
	 * 0 words only (the query's 0); an enterprise found both ways keeps its better tier.
	 */
	private List<Candidate> order(List<Record> rows, List<Record> all, String q) {
		Map<String, Candidate> byId = new LinkedHashMap<>();
		for (Value v : rows.get(0).get("candidates").asList(v -> v)) {
			int tier = v.get("tier").asInt();
			byId.put(v.get("id").asString(), new Candidate(v.get("id").asString(), keys.of(v.get("name").asString("")),
					tier == 0 ? 0 : tier + 1, v.get("score").asDouble()));
		}
		if (all != null) {
			for (Value v : all.get(0).get("candidates").asList(x -> x)) {
				String id = v.get("id").asString();
				String name = v.get("name").asString("");
				Candidate known = byId.get(id);
				if ((known == null || known.tier() < INITIALS_TIER) && initialsOf.matches(name, q)) {
					byId.put(id, new Candidate(id, keys.of(name), INITIALS_TIER, known == null ? 0 : known.score()));
				}
			}
		}
		List<Candidate> list = new ArrayList<>(byId.values());
		list.sort(ORDER);
		return list;
	}

	/**
	 * The full-text query for the user's text: each whitespace-separated word becomes a quoted phrase with every
	 * Lucene special character escaped, so input is never read as query syntax; the phrases are OR-ed, and the
	 * index scores enterprises matching more of them higher.
	 */
	static String lucene(String q) {
		StringBuilder out = new StringBuilder();
		for (String word : q.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append('"');
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (LUCENE_SPECIAL.indexOf(c) >= 0) {
					out.append('\\');
				}
				out.append(c);
			}
			out.append('"');
		}
		return out.toString();
	}

	Mono<EnterpriseDetail> findById(String id) {
		return graph.read(get, Map.of("id", id), r -> detail(r.get("enterprise"))).singleOrEmpty();
	}

	Mono<EnterpriseRecord> create(EnterpriseRecord enterprise) {
		return graph.write(create, Map.of("props", props(enterprise)), r -> record(r.get("enterprise")))
			.single();
	}

	/** Replaces the enterprise's fields; empty when there is no such enterprise. */
	Mono<EnterpriseRecord> update(EnterpriseRecord enterprise) {
		return graph
			.write(update, Map.of("id", enterprise.id(), "props", props(enterprise)), r -> record(r.get("enterprise")))
			.singleOrEmpty();
	}

	/** Deletes the enterprise with its relationships; false when there is no such enterprise. */
	Mono<Boolean> delete(String id) {
		return graph.write(delete, Map.of("id", id), r -> r.get("deleted").asLong() > 0).single();
	}


	private static Map<String, Object> props(EnterpriseRecord e) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", e.id());
		props.put("name", e.name());
		props.put(NameKeys.PROPERTY, NameKeys.of(e.name()));
		props.put("nameEn", e.nameEn());
		props.put("local", e.local());
		props.put("region", e.region());
		props.put("country", e.country());
		props.put("revenue", e.revenue());
		props.put("aboveScale", e.aboveScale());
		props.put("head", e.head());
		props.put("listed", e.listed());
		props.put("tags", e.tags());
		props.put("description", e.description());
		return props;
	}

	private static EnterpriseRecord record(Value v) {
		return new EnterpriseRecord(v.get("id").asString(), v.get("name").asString(null), v.get("nameEn").asString(null),
				bool(v.get("local")), v.get("region").asString(null), v.get("country").asString(null),
				number(v.get("revenue")), bool(v.get("aboveScale")), bool(v.get("head")), bool(v.get("listed")),
				v.get("tags").isNull() ? null : v.get("tags").asList(Value::asString),
				v.get("description").asString(null));
	}

	private static EnterpriseSummary summary(Value v, int tier) {
		return new EnterpriseSummary(v.get("id").asString(), v.get("name").asString(null),
				v.get("nameEn").asString(null), v.get("local").asBoolean(false), v.get("region").asString(null),
				v.get("country").asString(null), number(v.get("revenue")), bool(v.get("aboveScale")),
				bool(v.get("head")), bool(v.get("listed")), strings(v.get("tags")), strings(v.get("links")),
				tier < 0 ? null : EnterpriseSummary.Match.values()[4 - tier]);
	}

	private static EnterpriseDetail detail(Value v) {
		return new EnterpriseDetail(v.get("id").asString(), v.get("name").asString(null),
				v.get("nameEn").asString(null), v.get("local").asBoolean(false), v.get("region").asString(null),
				v.get("country").asString(null), number(v.get("revenue")), bool(v.get("aboveScale")),
				bool(v.get("head")), bool(v.get("listed")), strings(v.get("tags")), v.get("description").asString(null),
				v.get("operates").asList(l -> new EnterpriseDetail.OperatedLink(l.get("id").asString(),
						l.get("name").asString(null), l.get("nameEn").asString(null),
						l.get("stage").isNull() ? null : Stage.valueOf(l.get("stage").asString()), number(l.get("share")))),
				v.get("suppliers").asList(EnterpriseRepository::trade), v.get("customers").asList(EnterpriseRepository::trade));
	}

	private static EnterpriseDetail.Trade trade(Value g) {
		Collator pinyin = Collator.getInstance(Locale.CHINA);
		return new EnterpriseDetail.Trade(g.get("link").asString(null), g.get("linkName").asString(null),
				g.get("enterprises")
					.asList(p -> new EnterpriseDetail.Partner(p.get("id").asString(), p.get("name").asString(null),
							p.get("local").asBoolean(false)))
					.stream()
					.sorted(Comparator.comparing(EnterpriseDetail.Partner::name, Comparator.nullsLast(pinyin::compare))
						.thenComparing(EnterpriseDetail.Partner::id))
					.toList());
	}

	private static List<String> strings(Value v) {
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

	private static Boolean bool(Value v) {
		return v.isNull() ? null : v.asBoolean();
	}

	private static Double number(Value v) {
		return v.isNull() ? null : v.asNumber().doubleValue();
	}
}
