package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chainchief.ChainChiefApplication;
import org.chainchief.IntegrationTest;
import org.chainchief.config.DatabaseAddress;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Leases;
import org.chainchief.support.Migrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances beside one database, as several stateless instances run beside a Neo4j cluster: the test's own
 * service (A, with the embedded database) and a second one started in this JVM against A's Bolt address (B). Jobs
 * are answered by both, one import runs at a time across both (a lease in the database that a crashed holder loses),
 * and migrations started together are applied once.
 */
class TwoInstancesTest extends IntegrationTest {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static ConfigurableApplicationContext second;

	@Autowired
	DatabaseAddress database;

	@Autowired
	Leases leases;

	@Autowired
	CypherCatalog catalog;

	@Autowired
	SessionConfig sessionConfig;

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	private WebTestClient a;

	private WebTestClient b;

	@BeforeEach
	void twoInstances() {
		if (second == null) {
			// as arguments: they come before the application's own settings (default properties come after)
			second = new SpringApplicationBuilder(ChainChiefApplication.class)
				.run("--server.port=0", "--chain-chief.neo4j.uri=" + database.boltUri(),
						"--chain-chief.neo4j.password=unused", "--chain-chief.demo.enabled=false",
						"--chain-chief.security.demo-accounts=ON", "--chain-chief.security.demo-password=" + PASSWORD,
						"--spring.main.banner-mode=off");
			assertThat(second.getBean(DatabaseAddress.class).embedded()).as("B uses A's database").isFalse();
		}
		a = client(port);
		b = client(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
	}

	@AfterAll
	static void stopSecond() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void aBackgroundImportIsAnsweredByBothInstancesAlike() throws Exception {
		JsonNode started = json.readTree(a.post().uri("/api/v1/imports").contentType(NDJSON).bodyValue(fixture())
			.exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody());
		String path = "/api/v1/imports/" + started.get("id").asString();

		JsonNode onA = finished(a, path);
		JsonNode onB = finished(b, path);

		assertThat(onA.get("status").asString()).isEqualTo("DONE");
		assertThat(onB).as("the job as the other instance answers it").isEqualTo(onA);
		assertThat(onB.get("report").get("records").asLong()).isPositive();
	}

	@Test
	void anImportWaitsForTheLeaseOfAnotherInstanceUnlessItsHolderWentSilent() {
		cypher("""
				CREATE (:__Lease {name: 'import', holder: 'elsewhere-1', expires: timestamp() + 60000,
				                  since: datetime(), about: 'import of big.ndjson by admin'})""");

		b.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(fixture()).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].reason").value(String.class,
					reason -> assertThat(reason).contains("elsewhere-1", "import of big.ndjson by admin"));
		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).as("nothing imported").isZero();

		// the holder crashed: its lease ran out, and the next import takes it over
		cypher("MATCH (l:__Lease {name: 'import'}) SET l.expires = timestamp() - 1");
		b.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(fixture()).exchange().expectStatus().isOk();

		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).isPositive();
		assertThat(count("MATCH (l:__Lease {name: 'import'}) RETURN count(l) AS n")).as("given up when the import ended")
			.isZero();
	}

	@Test
	void importsSentToBothInstancesAtOnceRunOneAtATime() {
		List<WebTestClient> clients = List.of(a, b, a, b, a, b);
		List<Integer> statuses = Flux.fromIterable(clients)
			.flatMap(client -> Flux.defer(() -> Flux.just(client.post().uri("/api/v1/import").contentType(NDJSON)
				.bodyValue(fixture()).exchange().returnResult(String.class)))
				.subscribeOn(Schedulers.boundedElastic())
				.map(result -> {
					String body = result.getResponseBody().collectList().block(Duration.ofSeconds(120)).toString();
					int status = result.getStatus().value();
					assertThat(status == 200 || (status == 409 && body.contains("concurrent imports")))
						.as("answer %d %s", status, body).isTrue();
					return status;
				}), clients.size())
			.collectList()
			.block(Duration.ofMinutes(3));

		assertThat(statuses).hasSize(clients.size()).contains(200);
		String once = export();
		a.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(fixture()).exchange().expectStatus().isOk();
		assertThat(export()).as("the graph is what one import makes").isEqualTo(once);
	}

	@Test
	void aJobWhoseInstanceWentSilentIsAnsweredFailed() {
		cypher("""
				CREATE (:__ImportJob {id: 'silent-1', status: 'RUNNING', instance: 'gone-7',
				        updatedAt: timestamp() - 120000, json: $json})""",
				Map.of("json", """
						{"id":"silent-1","status":"RUNNING","phase":{"number":2,"of":3,"name":"links"},
						 "recordsRead":40,"recordsWritten":30,"recordsRejected":1,"startedAt":"2026-12-01T08:00:00Z",
						 "elapsedMs":5000}"""));

		for (WebTestClient client : List.of(a, b)) {
			client.get().uri("/api/v1/imports/silent-1").exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.status").isEqualTo("FAILED")
				.jsonPath("$.recordsWritten").isEqualTo(30)
				.jsonPath("$.error").value(String.class, error -> assertThat(error)
					.contains("gone-7", "stopped reporting", "30 records written", "run the same import again"));
		}
	}

	/**
	 * Each instance ranks a link's recruits from its own in-memory model; a write through one instance makes the
	 * other's model stale (the graph's write version, in the database), so both answer the write at once.
	 */
	@Test
	void aWriteThroughOneInstanceIsInTheOtherInstancesRecruits() throws Exception {
		a.post().uri("/api/v1/import").contentType(NDJSON).bodyValue(fixture()).exchange().expectStatus().isOk();
		String path = "/api/v1/clusters/alpha/gaps/a.gas/recruits";
		List<String> before = recruits(b, path);
		assertThat(before).as("recruits on B").hasSizeGreaterThan(1);
		assertThat(recruits(b, path)).as("asked again on B, once its model may be read").isEqualTo(before)
			.isEqualTo(recruits(a, path));

		a.delete().uri("/api/v1/enterprises/{id}", before.get(0)).exchange().expectStatus().isNoContent();

		List<String> after = recruits(b, path);
		assertThat(after).as("B after A deleted the first recruit").isEqualTo(before.subList(1, before.size()))
			.isEqualTo(recruits(a, path));
	}

	private List<String> recruits(WebTestClient client, String path) throws Exception {
		List<String> ids = new ArrayList<>();
		json.readTree(client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody()).forEach(r -> ids.add(r.get("enterpriseId").asString()));
		return ids;
	}

	@Test
	void migrationsStartedTogetherOnTwoInstancesAreAppliedOnce() throws Exception {
		List<Long> versions = cypher("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v").stream()
			.map(r -> r.get("v").asLong()).toList();
		assertThat(versions).isNotEmpty();
		cypher("MATCH (m:__Migration) DELETE m");

		Driver otherDriver = second.getBean(Driver.class);
		List<Migrations> runs = List.of(
				new Migrations(driver, sessionConfig, leases, catalog, Duration.ofSeconds(120)),
				new Migrations(otherDriver, second.getBean(SessionConfig.class), second.getBean(Leases.class),
						second.getBean(CypherCatalog.class), Duration.ofSeconds(120)));
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> started = new ArrayList<>();
		for (Migrations run : runs) {
			started.add(CompletableFuture.runAsync(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				run.run();
			}));
		}
		go.countDown();
		CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

		assertThat(cypher("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v").stream()
			.map(r -> r.get("v").asLong()).toList()).as("each version recorded once").isEqualTo(versions);
		Set<Integer> applied = new HashSet<>();
		for (Migrations run : runs) {
			run.applied().forEach(m -> assertThat(applied.add(m.version())).as("V%d applied twice", m.version()).isTrue());
		}
		assertThat(applied).hasSize(versions.size());
	}

	private WebTestClient client(int port) {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(120))
			.defaultHeaders(h -> h.setBasicAuth("admin", PASSWORD)).build();
	}

	/** Polls (every 100 ms, for at most 60 s) until the job is no longer RUNNING. */
	private JsonNode finished(WebTestClient client, String path) {
		return reactor.core.publisher.Mono.fromCallable(() -> json.readTree(client.get().uri(path).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()))
			.subscribeOn(Schedulers.boundedElastic())
			.filter(job -> !"RUNNING".equals(job.get("status").asString()))
			.repeatWhenEmpty(600, ticks -> ticks.delayElements(Duration.ofMillis(100)))
			.block(Duration.ofSeconds(60));
	}

	private String export() {
		return a.get().uri("/api/v1/export").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody();
	}

	private long count(String query) {
		return cypher(query).get(0).get("n").asLong();
	}

	private static byte[] fixture() {
		try {
			return new ClassPathResource("fixtures/gaps/chain.ndjson").getContentAsByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
