package org.chainchief.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The relations between enterprises and links: OPERATES_IN (with share) and SUPPLIES. Each write is one
 * transaction; when it finds nothing to connect, the same transaction tells which end is unknown.
 */
@Repository
final class RelationRepository {

	private final Graph graph;

	private final Query operatesPut;

	private final Query operatesDelete;

	private final Query refs;

	private final Query suppliesCreate;

	private final Query suppliesDelete;

	RelationRepository(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.operatesPut = cypher.get("relation/operates-put");
		this.operatesDelete = cypher.get("relation/operates-delete");
		this.refs = cypher.get("relation/refs");
		this.suppliesCreate = cypher.get("relation/supplies-create");
		this.suppliesDelete = cypher.get("relation/supplies-delete");
	}

	/** Creates or updates the relation; true when created. 404 when the enterprise or the link is unknown. */
	Mono<Boolean> operate(OperatesRecord operates) {
		Map<String, Object> params = params(null, null, operates.enterprise(), operates.link());
		params.put("share", operates.share());
		return graph.inWrite(operatesPut, tx -> Graph.rows(tx, operatesPut, params).flatMap(rows -> {
			if (!rows.isEmpty()) {
				return Mono.just(rows.get(0).get("created").asBoolean());
			}
			return Graph.rows(tx, refs, params).flatMap(check -> Mono.<Boolean>error(
					!check.get(0).get("enterpriseExists").asBoolean()
							? ApiProblem.notFound("enterprise", operates.enterprise())
							: ApiProblem.notFound("link", operates.link(), "linkId")));
		})).single();
	}

	/** Removes the relation. 404 when the enterprise, the link or the relation is unknown. */
	Mono<Void> stopOperating(String enterprise, String link) {
		return graph.write(operatesDelete, params(null, null, enterprise, link), r -> {
			if (!r.get("enterpriseExists").asBoolean()) {
				throw ApiProblem.notFound("enterprise", enterprise);
			}
			if (!r.get("linkExists").asBoolean()) {
				throw ApiProblem.notFound("link", link, "linkId");
			}
			if (r.get("deleted").asLong() == 0) {
				throw ApiProblem.notFound("OPERATES_IN relation", enterprise + " → " + link);
			}
			return r;
		}).then();
	}

	/** Adds the supply relation; true when created. 400 naming {@code supplier}, {@code buyer} or {@code link}. */
	Mono<Boolean> supply(SuppliesRecord supplies) {
		Map<String, Object> params = params(supplies.supplier(), supplies.buyer(), null, supplies.link());
		return graph.inWrite(suppliesCreate, tx -> Graph.rows(tx, suppliesCreate, params).flatMap(rows -> {
			if (!rows.isEmpty()) {
				return Mono.just(rows.get(0).get("created").asBoolean());
			}
			return Graph.rows(tx, refs, params).flatMap(check -> {
				Record c = check.get(0);
				List<FieldError> errors = new ArrayList<>();
				if (!c.get("supplierExists").asBoolean()) {
					errors.add(new FieldError("supplier", "unknown enterprise '" + supplies.supplier() + "'"));
				}
				if (!c.get("buyerExists").asBoolean()) {
					errors.add(new FieldError("buyer", "unknown enterprise '" + supplies.buyer() + "'"));
				}
				if (!c.get("linkExists").asBoolean()) {
					errors.add(new FieldError("link", "unknown link '" + supplies.link() + "'"));
				}
				return Mono.<Boolean>error(ApiProblem.invalid(errors));
			});
		})).single();
	}

	/** Removes the supply relation; false when there was none. */
	Mono<Boolean> stopSupplying(String supplier, String buyer, String link) {
		return graph.write(suppliesDelete, params(supplier, buyer, null, link), r -> r.get("deleted").asLong() > 0)
			.single();
	}

	private static Map<String, Object> params(String supplier, String buyer, String enterprise, String link) {
		Map<String, Object> params = new HashMap<>();
		params.put("supplier", supplier);
		params.put("buyer", buyer);
		params.put("enterprise", enterprise);
		params.put("link", link);
		return params;
	}

}
