package org.chainchief;

import java.util.Map;

import org.chainchief.support.ContractConformance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one base of every integration test: a real Neo4j behind the real HTTP stack. Where a Docker engine
 * answers, Testcontainers' Neo4j of the same release as the embedded one; otherwise the service's own in-process Neo4j in a throwaway folder.
 * The same tests run either way. Each test starts from an empty graph (schema and migrations kept). Every exchange
 * through {@link #web} is checked against the committed contract ({@link ContractConformance}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chain-chief.demo.enabled=false", "chain-chief.neo4j.page-cache=64m",
				"chain-chief.security.demo-accounts=ON", "chain-chief.security.demo-password=" + IntegrationTest.PASSWORD,
				"chain-chief.security.jwt.issuer=" + TestJwts.ISSUER })
@AutoConfigureWebTestClient(timeout = "120s")
@org.springframework.context.annotation.Import(TestClock.class)
public abstract class IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(IntegrationTest.class);

	private static final Neo4jContainer NEO4J = startContainerIfDockerWorks();

	/** The demo accounts' password in tests. */
	protected static final String PASSWORD = "test-password";

	/**
	 * The client of every test: signed in as {@code admin} (HTTP Basic). Every exchange through it (and through
	 * {@link #as}, {@link #asChief}, {@link #anonymous}) is checked against the committed contract and watched.
	 */
	protected WebTestClient web;

	@Autowired
	private WebTestClient client;

	@Autowired
	protected Driver driver;

	/** The name of the running test, for the watchdog's thread dumps. */
	private String testName = "?";

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		if (NEO4J != null) {
			registry.add("chain-chief.neo4j.uri", NEO4J::getBoltUrl);
			registry.add("chain-chief.neo4j.password", NEO4J::getAdminPassword);
		}
		else {
			registry.add("chain-chief.neo4j.uri", () -> "");
			registry.add("chain-chief.neo4j.ephemeral", () -> "true");
		}
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> TestJwts.PUBLIC_KEY.toUri().toString());
	}

	/** A client signed in as demo account {@code user} (admin, analyst, system, chief-<cluster>). */
	protected WebTestClient as(String user) {
		return checked(client.mutate().defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)));
	}

	/** A client signed in as the chief of {@code cluster}. */
	protected WebTestClient asChief(String cluster) {
		return as("chief-" + cluster);
	}

	/** A client that is not signed in. */
	protected WebTestClient anonymous() {
		return checked(client.mutate());
	}

	/** Checked against the contract, and watched: a thread dump is written when a request takes over 30 s. */
	private WebTestClient checked(WebTestClient.Builder builder) {
		return builder.filter(conformance()).filter(new RequestWatchdog(testName)).build();
	}

	/** How this test's exchanges are checked against the contract. */
	protected ContractConformance conformance() {
		return ContractConformance.committed();
	}

	@BeforeEach
	void signIn(TestInfo test) {
		testName = getClass().getSimpleName() + "." + test.getTestMethod().map(m -> m.getName()).orElse("?");
		web = as("admin");
	}

	@BeforeEach
	protected void emptyGraph() {
		cypher("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
	}

	/** Runs one statement in its own auto-commit transaction (for set-up and for reading the graph back). */
	protected java.util.List<org.neo4j.driver.Record> cypher(String query, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.run(query, parameters).list();
		}
	}

	protected java.util.List<org.neo4j.driver.Record> cypher(String query) {
		return cypher(query, Map.of());
	}

	/** Imports a generated graph through {@code POST /api/v1/import}, requiring every record taken. */
	protected void importGraph(org.chainchief.bench.NationalGraph g) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("generated-", ".ndjson");
			g.writeNdjson(file);
			web.post().uri("/api/v1/import").contentType(org.springframework.http.MediaType.parseMediaType("application/x-ndjson"))
				.bodyValue(java.nio.file.Files.readAllBytes(file)).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.rejectedCount").isEqualTo(0);
			java.nio.file.Files.delete(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Neo4jContainer startContainerIfDockerWorks() {
		boolean docker;
		try {
			docker = DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			docker = false;
		}
		if (!docker) {
			log.info("No Docker engine: integration tests use the in-process Neo4j");
			return null;
		}
		Neo4jContainer container = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("chain-chief-test");
		container.start();
		return container;
	}
}
