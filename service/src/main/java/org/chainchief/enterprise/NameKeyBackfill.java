package org.chainchief.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.NameKeys;
import org.chainchief.support.Query;
import org.chainchief.support.StartupStep;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A start-up step after the migrations: every enterprise gets its stored pinyin name key ({@link NameKeys}). When the
 * collator's rules are those the stored keys were made with, only enterprises without a key (written before keys
 * existed) get one; when they differ (the service runs on another JDK), every key is computed again. Batches of
 * {@value #BATCH}, each its own transaction; idempotent, so a start-up interrupted half-way finishes it next time.
 */
@Component
final class NameKeyBackfill implements StartupStep {

	static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(NameKeyBackfill.class);

	private final Graph graph;

	private final Query rules;

	private final Query saveRules;

	private final Query missing;

	private final Query after;

	private final Query set;

	NameKeyBackfill(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.rules = cypher.get("enterprise/name-keys-rules");
		this.saveRules = cypher.get("enterprise/name-keys-rules-save");
		this.missing = cypher.get("enterprise/name-keys-missing");
		this.after = cypher.get("enterprise/name-keys-after");
		this.set = cypher.get("enterprise/name-keys-set");
	}

	@Override
	public String name() {
		return "enterprise name keys";
	}

	@Override
	public int getOrder() {
		return 50;
	}

	@Override
	public void run() {
		String current = NameKeys.rules();
		Record stored = graph.read(rules, Map.of(), r -> r).blockFirst();
		String made = stored == null || stored.get("rules").isNull() ? null : stored.get("rules").asString();
		long written = Objects.equals(made, current) ? fillMissing() : computeAll();
		graph.write(saveRules, Map.of("rules", current), r -> r).blockLast();
		if (written > 0) {
			log.info("Pinyin name keys written for {} enterprises ({})", written,
					Objects.equals(made, current) ? "those without one" : "all: the collator's rules changed");
		}
	}

	/** Keys for the enterprises that have none. */
	long fillMissing() {
		long written = 0;
		while (true) {
			List<Record> batch = graph.read(missing, Map.of("batch", BATCH), r -> r).collectList().block();
			if (batch == null || batch.isEmpty()) {
				return written;
			}
			long now = write(batch);
			if (now == 0) {
				return written; // deleted meanwhile: the next start finds what is left
			}
			written += now;
		}
	}

	/** Keys for every enterprise, in id order. */
	long computeAll() {
		long written = 0;
		String last = "";
		while (true) {
			List<Record> batch = graph.read(after, Map.of("after", last, "batch", BATCH), r -> r).collectList().block();
			if (batch == null || batch.isEmpty()) {
				return written;
			}
			written += write(batch);
			last = batch.getLast().get("id").asString();
		}
	}

	private long write(List<Record> batch) {
		List<Map<String, Object>> rows = new ArrayList<>(batch.size());
		for (Record r : batch) {
			String name = r.get("name").asString("");
			rows.add(Map.of("id", r.get("id").asString(), "name", name, "key", NameKeys.of(name)));
		}
		Record done = graph.write(set, Map.of("rows", rows), r -> r).blockLast();
		return done == null ? 0 : done.get("written").asLong();
	}
}
