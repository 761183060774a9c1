package org.chainchief.enterprise;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Query;

/**
 * Which statements page and count a listing (no text): each reads from the side of its most selective filter, so a
 * listing reads the enterprises that can pass, not every enterprise. All give what {@code enterprise/list} and
 * {@code enterprise/list-count} give (the other filters are the same predicates), in the same order; the first that
 * applies: the link filter set (its operators), the cluster filter (the operators of its links), {@code local=true}
 * (the local index), no filter at all (the name-key index's order and the count store), else the statements that
 * read every enterprise. Part of {@link EnterpriseRepository}, which owns these statements.
 */
final class Listings {

	/** A page statement and its count. */
	record Listing(Query page, Query count) {
	}

	private final Listing inLink;

	private final Listing inCluster;

	private final Listing local;

	private final Listing all;

	private final Listing filtered;

	Listings(CypherCatalog cypher) {
		this.inLink = listing(cypher, "enterprise/list-in-link");
		this.inCluster = listing(cypher, "enterprise/list-in-cluster");
		this.local = listing(cypher, "enterprise/list-local");
		this.all = listing(cypher, "enterprise/list-all");
		this.filtered = listing(cypher, "enterprise/list");
	}

	private static Listing listing(CypherCatalog cypher, String name) {
		return new Listing(cypher.get(name), cypher.get(name + "-count"));
	}

	Listing of(EnterpriseQuery query) {
		if (query.link() != null) {
			return inLink;
		}
		if (query.cluster() != null) {
			return inCluster;
		}
		if (Boolean.TRUE.equals(query.local())) {
			return local;
		}
		if (query.region() == null && query.tag() == null && query.local() == null) {
			return all;
		}
		return filtered;
	}
}
