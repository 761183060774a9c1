package org.chainchief.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The chief's ownership rules (see the README, "Access control"): a chief writes only inside the clusters they
 * own. Administrators pass every check; other roles never reach a write (the path rules refuse them first). Each
 * check answers empty when allowed, a 403 problem naming the cluster or field otherwise, and lets an unknown id
 * through (the operation then answers its own 404 or 400).
 */
@Component
public final class Ownership {

	private final Graph graph;

	private final Query linkClusters;

	private final Query enterpriseClusters;

	private final Query linkState;

	private final Query clusterChief;

	Ownership(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.linkClusters = cypher.get("access/link-clusters");
		this.enterpriseClusters = cypher.get("access/enterprise-clusters");
		this.linkState = cypher.get("access/link-state");
		this.clusterChief = cypher.get("access/cluster-chief");
	}

	/** A new link: every cluster in its body must be the chief's, and it must name at least one. */
	public Mono<Void> mayCreateLink(List<String> clusters) {
		return chief().flatMap(caller -> {
			if (clusters == null || clusters.isEmpty()) {
				return Mono.error(ApiProblem.forbidden("A chief's link must belong to one of their clusters "
						+ mine(caller), "clusters", "name at least one of your clusters"));
			}
			for (int i = 0; i < clusters.size(); i++) {
				if (!caller.owns(clusters.get(i))) {
					return Mono.error(notYours(caller, "clusters[" + i + "]", clusters.get(i)));
				}
			}
			return Mono.empty();
		});
	}

	/**
	 * Replacing a link. Memberships of other chiefs' clusters must stay as they are. A link all of whose clusters
	 * are the chief's may be edited freely; a shared link (also in another cluster) or one in none of theirs only
	 * gains or loses the chief's own clusters: its fields and parent must stay.
	 */
	public Mono<Void> mayReplaceLink(LinkRecord link) {
		return chief().flatMap(caller -> graph.read(linkState, Map.of("id", link.id()), r -> r).singleOrEmpty()
			.flatMap(row -> {
				if (!row.get("exists").asBoolean()) {
					return Mono.empty();
				}
				Set<String> before = new TreeSet<>(row.get("clusters").asList(Value::asString));
				Set<String> after = new TreeSet<>(link.clusters() == null ? List.of() : link.clusters());
				Set<String> foreignBefore = foreign(caller, before);
				Set<String> foreignAfter = foreign(caller, after);
				if (!foreignBefore.equals(foreignAfter)) {
					Set<String> changed = new TreeSet<>(foreignBefore);
					changed.addAll(foreignAfter);
					changed.removeIf(c -> foreignBefore.contains(c) && foreignAfter.contains(c));
					return Mono.error(notYours(caller, "clusters", changed.iterator().next()));
				}
				boolean allMine = !before.isEmpty() && foreignBefore.isEmpty();
				if (allMine) {
					return Mono.empty();
				}
				Map<String, Object> stored = new HashMap<>(row.get("props").asMap());
				stored.remove("id");
				boolean sameFields = stored.equals(fields(link))
						&& Objects.equals(row.get("parent").asString(null), link.parent());
				if (sameFields) {
					return Mono.empty();
				}
				String shared = foreignBefore.isEmpty() ? "in none of your clusters"
						: "shared with cluster(s) " + String.join(", ", foreignBefore);
				return Mono.error(ApiProblem.forbidden("Link '" + link.id() + "' is " + shared
						+ ": a chief may only add or remove their own clusters' membership; its fields and parent "
						+ "are changed by an administrator or by a chief owning all its clusters", "clusters",
						"only your clusters' membership may change on a shared link"));
			}));
	}

	/** Deleting a link: only when every one of its clusters is the chief's (and it has one). */
	public Mono<Void> mayDeleteLink(String id) {
		return chief().flatMap(caller -> links(List.of(id)).flatMap(found -> {
			List<String> clusters = found.get(id);
			if (clusters == null) {
				return Mono.empty();
			}
			Set<String> foreign = foreign(caller, clusters);
			if (clusters.isEmpty() || !foreign.isEmpty()) {
				String which = clusters.isEmpty() ? "no cluster" : "cluster(s) " + String.join(", ", foreign);
				return Mono.error(ApiProblem.forbidden("Link '" + id + "' is also held by " + which
						+ ": only an administrator, or a chief owning all its clusters, may delete it", "cluster",
						clusters.isEmpty() ? "the link is in no cluster" : "not yours: " + String.join(", ", foreign)));
			}
			return Mono.empty();
		}));
	}

	/**
	 * A relation on links (FEEDS, OPERATES_IN, SUPPLIES): every link it names must be one of the chief's links (in
	 * at least one of their clusters). {@code fields} and {@code linkIds} pair up: the field naming each link.
	 */
	public Mono<Void> mayRelate(List<String> fields, List<String> linkIds) {
		return chief().flatMap(caller -> links(linkIds).flatMap(found -> {
			for (int i = 0; i < linkIds.size(); i++) {
				List<String> clusters = found.get(linkIds.get(i));
				if (clusters != null && clusters.stream().noneMatch(caller::owns)) {
					return Mono.error(ApiProblem.forbidden("Link '" + linkIds.get(i) + "' is in none of your clusters "
							+ mine(caller) + " (its clusters: " + String.join(", ", clusters) + ")", fields.get(i),
							"not a link of your clusters"));
				}
			}
			return Mono.empty();
		}));
	}

	/**
	 * Replacing or deleting an enterprise: only when it is not shared, i.e. every cluster of every link it operates
	 * in is the chief's. An enterprise operating in no link may be edited by any chief.
	 */
	public Mono<Void> mayChangeEnterprise(String id) {
		return chief().flatMap(caller -> graph.read(enterpriseClusters, Map.of("id", id), r -> r).single()
			.flatMap(row -> {
				Set<String> foreign = foreign(caller, row.get("clusters").asList(Value::asString));
				if (!row.get("exists").asBoolean() || foreign.isEmpty()) {
					return Mono.empty();
				}
				return Mono.error(ApiProblem.forbidden("Enterprise '" + id + "' operates in links of cluster(s) "
						+ String.join(", ", foreign) + ": it is shared, and only an administrator may change it",
						"cluster", "not yours: " + String.join(", ", foreign)));
			}));
	}

	/** Replacing a cluster: a chief may not change who its chief (链长) is. */
	public Mono<Void> mayReplaceCluster(ClusterRecord cluster) {
		return chief().flatMap(caller -> graph.read(clusterChief, Map.of("id", cluster.id()), r -> r).single()
			.flatMap(row -> row.get("exists").asBoolean()
					&& !Objects.equals(row.get("chief").asString(null), cluster.chief())
							? Mono.error(ApiProblem.forbidden("Only an administrator may change a cluster's chief (链长)",
									"chief", "may be set by ADMIN only"))
							: Mono.empty()));
	}

	/** The caller when they are a chief limited to their clusters; empty (nothing to check) otherwise. */
	private static Mono<Caller> chief() {
		return Caller.current().filter(Caller::isScopedChief);
	}

	/** The clusters of each existing link of {@code ids}. */
	private Mono<Map<String, List<String>>> links(List<String> ids) {
		return graph.read(linkClusters, Map.of("ids", new ArrayList<>(new LinkedHashSet<>(ids))), r -> r)
			.filter(r -> r.get("exists").asBoolean())
			.collectMap(r -> r.get("id").asString(), r -> r.get("clusters").asList(Value::asString));
	}

	private static Set<String> foreign(Caller caller, Collection<String> clusters) {
		Set<String> foreign = new TreeSet<>(clusters);
		foreign.removeIf(caller::owns);
		return foreign;
	}

	private static ApiProblem notYours(Caller caller, String field, String cluster) {
		return ApiProblem.forbidden("Cluster '" + cluster + "' is not one of yours " + mine(caller), field,
				"cluster '" + cluster + "' belongs to another chief");
	}

	static String mine(Caller caller) {
		return "(your clusters: " + (caller.clusters().isEmpty() ? "none" : String.join(", ", new TreeSet<>(caller.clusters())))
				+ ")";
	}

	/** The link's node properties as the repository writes them (null fields absent). */
	private static Map<String, Object> fields(LinkRecord link) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("name", link.name());
		fields.put("nameEn", link.nameEn());
		fields.put("stage", link.stage() == null ? null : link.stage().name());
		fields.put("chokepoint", link.chokepoint());
		fields.put("description", link.description());
		fields.values().removeIf(Objects::isNull);
		return fields;
	}
}
