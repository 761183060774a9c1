package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Database down at start, and outages later: the service runs against an external Neo4j that is a separate OS
 * process ({@link StandaloneNeo4j}), which this test starts, kills (SIGKILL) and starts again on the same data.
 * Not an {@code IntegrationTest}: that one brings its own database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chain-chief.demo.enabled=true", "chain-chief.security.demo-accounts=ON",
				"chain-chief.security.demo-password=" + DatabaseOutageTest.PASSWORD,
				"chain-chief.neo4j.password=unused", "chain-chief.neo4j.max-retry-time=2s",
				"chain-chief.neo4j.connection-timeout=2s", "chain-chief.startup.retry-initial=200ms",
				"chain-chief.startup.retry-max=2s" })
@AutoConfigureWebTestClient(timeout = "60s")
class DatabaseOutageTest {

	static final String PASSWORD = "outage-password";

	static final Duration BOUND = Duration.ofSeconds(120);

	static final int BOLT_PORT = JavaProcesses.freePort();

	static Path folder;

	static Process neo4j;

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void externalServer(DynamicPropertyRegistry registry) {
		registry.add("chain-chief.neo4j.uri", () -> "bolt://127.0.0.1:" + BOLT_PORT);
	}

	@AfterAll
	static void cleanUp() {
		JavaProcesses.stop(neo4j);
		JavaProcesses.deleteRecursively(folder);
	}

	@Test
	void startsWithoutTheDatabaseAndRecoversByItselfAfterEachOutage() throws Exception {
		folder = Files.createTempDirectory("chain-chief-outage-");
		Path data = Files.createDirectories(folder.resolve("neo4j"));
		Path log = folder.resolve("neo4j.log");

		// Nothing listens on the Bolt port: the service has started all the same.
		assertThat(readiness()).isEqualTo(503);
		client.get().uri("/actuator/health/readiness").exchange()
			.expectBody().jsonPath("$.components.startup.details.state").isEqualTo("WAITING_FOR_DATABASE");
		assertUnavailable("/api/v1/clusters");
		assertUnavailable("/api/v1/me");

		// The database comes up: migrations and the demo zone run in the background, then the service is ready.
		neo4j = startNeo4j(data, log);
		JavaProcesses.await(BOUND, "readiness UP after the database started", () -> readiness() == 200);
		assertClusters(5);

		// The database dies: readiness DOWN, requests 503 with Retry-After.
		JavaProcesses.kill(neo4j);
		JavaProcesses.await(BOUND, "readiness DOWN after the database was killed", () -> readiness() == 503);
		assertUnavailable("/api/v1/clusters");

		// It comes back on the same data: the service recovers with no restart.
		neo4j = startNeo4j(data, log);
		JavaProcesses.await(BOUND, "readiness UP after the database restarted", () -> readiness() == 200);
		assertClusters(5);
	}

	private static Process startNeo4j(Path data, Path log) {
		return JavaProcesses.start(StandaloneNeo4j.class, List.of(String.valueOf(BOLT_PORT), data.toString()),
				Map.of(), log);
	}

	private int readiness() {
		return client.get().uri("/actuator/health/readiness").exchange().returnResult(byte[].class)
			.getStatus().value();
	}

	private void assertUnavailable(String path) {
		client.get().uri(path).headers(h -> h.setBasicAuth("admin", PASSWORD)).exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().exists("Retry-After")
			.expectBody().jsonPath("$.status").isEqualTo(503).jsonPath("$.detail").isNotEmpty();
	}

	private void assertClusters(int count) {
		client.get().uri("/api/v1/clusters").headers(h -> h.setBasicAuth("admin", PASSWORD)).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(count);
	}
}
