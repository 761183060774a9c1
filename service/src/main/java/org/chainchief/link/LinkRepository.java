package org.chainchief.link;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Stage;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Links and the FEEDS relationships between them. Every write is one transaction, checks included. */
@Repository
final class LinkRepository {

	private final Graph graph;

	private final Query refs;

	private final Query create;

	private final Query update;

	private final Query get;

	private final Query delete;

	private final Query feedsCreate;

	private final Query feedsRefs;

	private final Query feedsDelete;

	LinkRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.refs = cypher.get("link/refs");
		this.create = cypher.get("link/create");
		this.update = cypher.get("link/update");
		this.get = cypher.get("link/get");
		this.delete = cypher.get("link/delete");
		this.feedsCreate = cypher.get("link/feeds-create");
		this.feedsRefs = cypher.get("link/feeds-refs");
		this.feedsDelete = cypher.get("link/feeds-delete");
	}

	Mono<LinkDetail> findById(String id) {
		return graph.read(get, Map.of("id", id), r -> detail(r.get("link"))).singleOrEmpty();
	}

	/** Creates the link; 409 when the id exists, 400 naming {@code clusters[i]} or {@code parent} when unknown. */
	Mono<LinkRecord> create(LinkRecord link) {
		Map<String, Object> params = params(link);
		return graph.inWrite(create, tx -> Graph.rows(tx, refs, params).flatMap(rows -> {
			Record check = rows.get(0);
			if (check.get("exists").asBoolean()) {
				return Mono.error(ApiProblem.conflict("A link with id '" + link.id() + "' already exists", "id"));
			}
			checkReferences(link, check, params);
			return Graph.rows(tx, create, params).map(created -> record(created.get(0).get("link")));
		}))
			.single();
	}

	/** Replaces the link's fields, clusters and parent; empty when there is no such link. */
	Mono<LinkRecord> update(LinkRecord link) {
		Map<String, Object> params = params(link);
		return graph.inWrite(update, tx -> Graph.rows(tx, refs, params).flatMap(rows -> {
			Record check = rows.get(0);
			if (!check.get("exists").asBoolean()) {
				return Mono.<LinkRecord>empty();
			}
			checkReferences(link, check, params);
			if (check.get("parentCycle").asBoolean()) {
				return Mono.<LinkRecord>error(ApiProblem.invalid("parent",
						"link '" + link.parent() + "' is a sub-link of '" + link.id() + "': PART_OF would form a cycle"));
			}
			return Graph.rows(tx, update, params).map(updated -> record(updated.get(0).get("link")));
		})).singleOrEmpty();
	}

	/** Deletes the link with all its relationships; false when there is no such link. */
	Mono<Boolean> delete(String id) {
		return graph.write(delete, Map.of("id", id), r -> r.get("deleted").asLong() > 0).single();
	}

	/**
	 * Adds {@code from FEEDS to}; true when created, false when it existed. 400 naming {@code from} or {@code to}
	 * when a link is unknown.
	 */
	Mono<Boolean> feed(FeedsRecord feeds) {
		Map<String, Object> params = Map.of("from", feeds.from(), "to", feeds.to());
		return graph.inWrite(feedsCreate, tx -> Graph.rows(tx, feedsCreate, params).flatMap(rows -> {
			if (!rows.isEmpty()) {
				return Mono.just(rows.get(0).get("created").asBoolean());
			}
			return Graph.rows(tx, feedsRefs, params).flatMap(check -> {
				List<FieldError> errors = new ArrayList<>();
				if (!check.get(0).get("fromExists").asBoolean()) {
					errors.add(new FieldError("from", "unknown link '" + feeds.from() + "'"));
				}
				if (!check.get(0).get("toExists").asBoolean()) {
					errors.add(new FieldError("to", "unknown link '" + feeds.to() + "'"));
				}
				return Mono.<Boolean>error(ApiProblem.invalid(errors));
			});
		})).single();
	}

	/** Removes {@code from FEEDS to}; false when there was no such relationship. */
	Mono<Boolean> unfeed(String from, String to) {
		return graph.write(feedsDelete, Map.of("from", from, "to", to), r -> r.get("deleted").asLong() > 0).single();
	}

	private static void checkReferences(LinkRecord link, Record check, Map<String, Object> params) {
		List<FieldError> errors = new ArrayList<>();
		if (link.id().equals(link.parent())) {
			errors.add(new FieldError("parent", "a link cannot be its own parent"));
		}
		else if (!check.get("parentExists").asBoolean()) {
			errors.add(new FieldError("parent", "unknown link '" + link.parent() + "'"));
		}
		List<String> missing = check.get("missingClusters").asList(Value::asString);
		if (!missing.isEmpty()) {
			List<String> clusters = link.clusters();
			for (int i = 0; i < clusters.size(); i++) {
				if (missing.contains(clusters.get(i))) {
					errors.add(new FieldError("clusters[" + i + "]", "unknown cluster '" + clusters.get(i) + "'"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}


	private static Map<String, Object> params(LinkRecord link) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", link.id());
		props.put("name", link.name());
		props.put("nameEn", link.nameEn());
		props.put("stage", link.stage().name());
		props.put("chokepoint", link.chokepoint());
		props.put("description", link.description());
		Map<String, Object> params = new HashMap<>();
		params.put("id", link.id());
		params.put("props", props);
		params.put("clusters",
				link.clusters() == null ? List.of() : List.copyOf(new LinkedHashSet<>(link.clusters())));
		params.put("parent", link.parent());
		return params;
	}

	private static LinkRecord record(Value v) {
		return new LinkRecord(v.get("id").asString(), v.get("name").asString(null), v.get("nameEn").asString(null),
				stage(v.get("stage")), v.get("clusters").asList(Value::asString), v.get("parent").asString(null),
				v.get("chokepoint").isNull() ? null : v.get("chokepoint").asBoolean(), v.get("description").asString(null));
	}

	private static LinkDetail detail(Value v) {
		return new LinkDetail(v.get("id").asString(), v.get("name").asString(null), v.get("nameEn").asString(null),
				stage(v.get("stage")), v.get("chokepoint").asBoolean(false), v.get("description").asString(null),
				v.get("clusters").asList(Value::asString), v.get("parent").asString(null),
				v.get("children").asList(Value::asString), v.get("upstream").asList(Value::asString),
				v.get("downstream").asList(Value::asString),
				v.get("enterprises")
					.asList(e -> new LinkDetail.Operator(e.get("id").asString(), e.get("name").asString(null),
							e.get("nameEn").asString(null), e.get("local").asBoolean(false), e.get("region").asString(null),
							e.get("share").isNull() ? null : e.get("share").asNumber().doubleValue()))
					.stream()
					.sorted(OPERATOR_ORDER)
					.toList());
	}

	/** Local enterprises first, then by share (largest first, unknown last), then by name in pinyin order. */
	private static final Comparator<LinkDetail.Operator> OPERATOR_ORDER;

	static {
		Collator pinyin = Collator.getInstance(Locale.CHINA);
		OPERATOR_ORDER = Comparator.comparing(LinkDetail.Operator::local)
			.reversed()
			.thenComparing(LinkDetail.Operator::share, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(LinkDetail.Operator::name, Comparator.nullsLast(pinyin::compare))
			.thenComparing(LinkDetail.Operator::id);
	}

	private static Stage stage(Value v) {
		return v.isNull() ? null : Stage.valueOf(v.asString());
	}
}
