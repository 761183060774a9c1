package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chainchief.IntegrationTest;
import org.chainchief.support.ApiProblem.FieldError;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import reactor.test.StepVerifier;

/** Every unit of work is bounded, and the driver's failures leave {@link Graph} as problems naming the query. */
class GraphBoundsTest extends IntegrationTest {

	/** Far more work than fits in the bound: the server terminates the transaction. */
	private static final Query LONG = new Query("test/long",
			"UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n");

	private static GraphSettings bounds(Duration read) {
		return new GraphSettings(read, Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(5),
				Duration.ofSeconds(1), Duration.ofSeconds(5));
	}

	@Test
	void aReadOverItsBoundIsA504NamingTheQuery() {
		Graph graph = new Graph(driver, SessionConfig.defaultConfig(), bounds(Duration.ofMillis(300)));

		StepVerifier.create(graph.read(LONG, Map.of(), r -> r.get("n").asLong())).expectErrorSatisfies(ex -> {
			assertThat(ex).isInstanceOf(ApiProblem.class);
			ApiProblem problem = (ApiProblem) ex;
			assertThat(problem.status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
			assertThat(problem.slug()).isEqualTo("database-timeout");
			assertThat(problem.errors()).containsExactly(new FieldError("operation", "test/long"));
			assertThat(problem.getMessage()).contains("test/long").contains("300 ms");
		}).verify(Duration.ofSeconds(60));
	}

	@Test
	void aUniqueIdTakenTwiceIsA409NamingTheProperty() {
		Graph graph = new Graph(driver, SessionConfig.defaultConfig(), bounds(Duration.ofSeconds(30)));
		Query create = new Query("test/create", "CREATE (c:Cluster {id: $id, name: 'x'}) RETURN c.id AS id");
		graph.write(create, Map.of("id", "dup"), r -> r.get("id").asString()).blockLast();

		StepVerifier.create(graph.write(create, Map.of("id", "dup"), r -> r.get("id").asString()))
			.expectErrorSatisfies(ex -> {
				assertThat(ex).isInstanceOf(ApiProblem.class);
				ApiProblem problem = (ApiProblem) ex;
				assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(problem.errors()).extracting(FieldError::field).containsExactly("id");
				assertThat(problem.getMessage()).isEqualTo("A cluster with id 'dup' already exists");
			})
			.verify(Duration.ofSeconds(60));
	}

	@Test
	void anUnreachableDatabaseIsA503WithRetryAfter() {
		Config config = Config.builder()
			.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
			.withConnectionTimeout(2, TimeUnit.SECONDS)
			.build();
		try (var nowhere = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none(), config)) {
			Graph graph = new Graph(nowhere, SessionConfig.defaultConfig(), bounds(Duration.ofSeconds(30)));

			StepVerifier.create(graph.read(new Query("test/one", "RETURN 1 AS n"), Map.of(), r -> r.get("n").asLong()))
				.expectErrorSatisfies(ex -> {
					assertThat(ex).isInstanceOf(ApiProblem.class);
					ApiProblem problem = (ApiProblem) ex;
					assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(problem.errors()).containsExactly(new FieldError("operation", "test/one"));
					assertThat(new ProblemDetailsAdvice(TestLimits.defaults()).apiProblem(problem).getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
						.isEqualTo("5");
				})
				.verify(Duration.ofSeconds(60));
		}
	}

	@Test
	void anUnreachableDatabaseIsRetriedForTheRetryTimeThenA503NotATimeout() {
		Config config = Config.builder()
			.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
			.withConnectionTimeout(2, TimeUnit.SECONDS)
			.build();
		try (var nowhere = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none(), config)) {
			Graph graph = new Graph(nowhere, SessionConfig.defaultConfig(), bounds(Duration.ofSeconds(30)),
					Duration.ofSeconds(3));

			StepVerifier.create(graph.read(new Query("test/one", "RETURN 1 AS n"), Map.of(), r -> r.get("n").asLong()))
				.expectErrorSatisfies(ex -> assertThat(ex).isInstanceOfSatisfying(ApiProblem.class,
						problem -> assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)))
				.verify(Duration.ofSeconds(60));
		}
	}
}
