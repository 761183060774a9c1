package org.chainchief.support;

import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The graph's write version ({@code version/current}): a random value that every write of the chain replaces in
 * its own transaction ({@code version/bump}, run by {@link Graph}), and never repeats. A read model read at one
 * version is exact while the version read with an answer is still that one.
 */
@Component
public final class GraphVersion {

	private final Query current;

	GraphVersion(CypherCatalog cypher) {
		this.current = cypher.get("version/current");
	}

	/** The version in this transaction; empty when the graph has none yet (no read model can be current). */
	public Mono<String> in(ReactiveTransactionContext tx) {
		return Graph.records(tx, current, Map.of()).next().flatMap(r -> {
			Value v = r.get("version");
			return v.isNull() ? Mono.empty() : Mono.just(v.asString());
		});
	}
}
