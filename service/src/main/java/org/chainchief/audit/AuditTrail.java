package org.chainchief.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chainchief.access.Caller;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entries that are not one write transaction: an import is one entry (file name, counts and the
 * report's summary), written in its own transaction once the import's batches have committed.
 */
@Component
public final class AuditTrail {

	private final Graph graph;

	private final Query create;

	private final JsonMapper json;

	AuditTrail(Graph graph, CypherCatalog cypher, JsonMapper json) {
		this.graph = graph;
		this.create = cypher.get("audit/create");
		this.json = json;
	}

	/**
	 * Records one import by the current caller. {@code summary} is the report's summary (counts per kind,
	 * rejections); {@code clusters} the clusters the import touched, as far as known.
	 */
	public Mono<Void> recordImport(String file, Map<String, Object> summary, List<String> clusters) {
		return Caller.current().flatMap(caller -> {
			Map<String, Object> params = new HashMap<>();
			params.put("id", org.chainchief.support.RandomIds.next());
			params.put("actor", caller.username());
			params.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
			params.put("kind", "import");
			params.put("target", file == null ? "(request body)" : file);
			params.put("action", "IMPORT");
			params.put("clusters", new ArrayList<>(new TreeSet<>(clusters)));
			params.put("fields", List.of());
			params.put("before", null);
			params.put("after", null);
			params.put("summary", json.writeValueAsString(summary));
			return graph.inWrite(create, tx -> Flux.from(tx.run(create.text(), params)).flatMap(r -> Flux.from(r.records())))
				.contextWrite(Audited.skip())
				.then();
		});
	}

	/** How an entry names its object: the id, or the ends of a relation. */
	static String targetName(String kind, Map<String, Object> key) {
		return switch (kind) {
			case "operates" -> key.get("enterprise") + " → " + key.get("link");
			case "feeds" -> key.get("from") + " → " + key.get("to");
			case "supplies" -> key.get("supplier") + " → " + key.get("buyer") + " (" + key.get("link") + ")";
			default -> String.valueOf(key.getOrDefault("id", ""));
		};
	}
}
