package org.chainchief.importer;

import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.chainchief.access.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.chainchief.support.StartupStep;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo zone (丽水经济技术开发区, five clusters) on first start with an empty graph, through the same
 * import as any other file. A marker in the graph ({@code :__DemoZone}) records a load begun and its completion,
 * so a load the database interrupted is finished on the next attempt (the import is idempotent) instead of being
 * taken for data of the user's own. Off with {@code chain-chief.demo.enabled=false} ({@code CHAIN_CHIEF_DEMO=false}). A start-up
 * step after the migrations: retried with them while the database does not answer.
 */
@Component
final class DemoZoneLoader implements StartupStep {

	static final String DEMO = "demo/demo-zone.ndjson";

	private static final Logger log = LoggerFactory.getLogger(DemoZoneLoader.class);

	private final ImportService imports;

	private final Graph graph;

	private final boolean enabled;

	private final Query state;

	private final Query started;

	private final Query completed;

	DemoZoneLoader(ImportService imports, Graph graph, CypherCatalog cypher,
			@Value("${chain-chief.demo.enabled:true}") boolean enabled) {
		this.imports = imports;
		this.graph = graph;
		this.enabled = enabled;
		this.state = cypher.get("import/demo-state");
		this.started = cypher.get("import/demo-started");
		this.completed = cypher.get("import/demo-completed");
	}

	@Override
	public String name() {
		return "demo zone";
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void run() {
		if (enabled) {
			loadIntoEmptyGraph();
		}
	}

	/**
	 * Loads the demo zone when the graph has no cluster, or finishes a load that was interrupted; returns the
	 * import report, or null when skipped (the graph holds clusters, and no demo load is unfinished).
	 */
	ImportReport loadIntoEmptyGraph() {
		var seen = graph.read(state, Map.of(), r -> r).blockFirst();
		long clusters = seen == null ? 0 : seen.get("clusters").asLong();
		boolean unfinished = seen != null && !seen.get("complete").isNull() && !seen.get("complete").asBoolean();
		if (clusters > 0 && !unfinished) {
			log.info("Graph holds {} clusters: demo zone not loaded", clusters);
			return null;
		}
		if (unfinished) {
			log.info("A demo-zone load was interrupted: finishing it");
		}
		graph.write(started, Map.of(), r -> r).blockLast();
		ClassPathResource demo = new ClassPathResource(DEMO);
		ImportReport report = imports.run(ImportSource.ndjson(demo::getInputStream))
			.contextWrite(Caller.context(Caller.internal("chain-chief (demo zone)")))
			.block();
		graph.write(completed, Map.of(), r -> r).blockLast();
		log.info("Demo zone loaded: {} records, {} rejected, {} ms", report.records(), report.rejectedCount(),
				report.durationMs());
		return report;
	}
}
