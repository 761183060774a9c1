package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** A batch is one transaction: when the database refuses any row, no row of the batch is written. */
class ImportBatchAtomicityTest extends IntegrationTest {

	@Autowired
	ImportRepository repository;

	@Test
	void aBatchThatFailsInTheDatabaseLeavesNothingBehind() {
		Map<String, Object> good = Map.of("line", 0L, "props", Map.of("id", "ok", "name", "好集群"));
		// A map is not a storable property value: the database fails the statement on this row.
		Map<String, Object> bad = Map.of("line", 1L, "props", Map.of("id", "bad", "name", Map.of("nested", 1)));

		StepVerifier.create(repository.write(Kind.CLUSTER, List.of(good, bad))).expectError().verify();

		assertThat(cypher("MATCH (c:Cluster) RETURN c")).isEmpty();
		StepVerifier.create(repository.write(Kind.CLUSTER, List.of(good))).expectNextCount(1).verifyComplete();
		assertThat(cypher("MATCH (c:Cluster) RETURN c.id AS id")).hasSize(1);
	}
}
