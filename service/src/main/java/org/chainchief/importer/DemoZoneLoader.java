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
 * import as any other file. Off with {@code chain-chief.demo.enabled=false} ({@code CHAIN_CHIEF_DEMO=false}). A start-up
 * step after the migrations: retried with them while the database does not answer.
 */
@Component
final class DemoZoneLoader implements StartupStep {

	static final String DEMO = "demo/demo-zone.ndjson";

	private static final Logger log = LoggerFactory.getLogger(DemoZoneLoader.class);

	private final ImportService imports;

	private final Graph graph;

	private final boolean enabled;

	private final Query clusterCount;

	DemoZoneLoader(ImportService imports, Graph graph, CypherCatalog cypher,
			@Value("${chain-chief.demo.enabled:true}") boolean enabled) {
		this.imports = imports;
		this.graph = graph;
		this.enabled = enabled;
		this.clusterCount = cypher.get("import/cluster-count");
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

	/** Loads the demo zone when the graph has no cluster; returns the import report, or null when skipped. */
	ImportReport loadIntoEmptyGraph() {
		Long clusters = graph.read(clusterCount, Map.of(), r -> r.get("n").asLong())
			.blockFirst();
		if (clusters != null && clusters > 0) {
			log.info("Graph holds {} clusters: demo zone not loaded", clusters);
			return null;
		}
		ClassPathResource demo = new ClassPathResource(DEMO);
		ImportReport report = imports.run(ImportSource.ndjson(demo::getInputStream))
			.contextWrite(Caller.context(Caller.internal("chain-chief (demo zone)")))
			.block();
		log.info("Demo zone loaded: {} records, {} rejected, {} ms", report.records(), report.rejectedCount(),
				report.durationMs());
		return report;
	}
}
