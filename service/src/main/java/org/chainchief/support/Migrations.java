package org.chainchief.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Versioned schema migrations: {@code cypher/migrations/V<version>__<description>.cypher}, applied in version
 * order at start-up, each once. The graph records every applied version with its checksum in a
 * {@code __Migration} node; a changed file whose version was already applied stops start-up instead of
 * drifting silently. Statements inside a file are separated by a semicolon at the end of a line. Applied by the
 * start-up (the first {@link StartupStep}), again until the database answers when it is not there at start.
 */
@Component
public final class Migrations implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	public record Migration(int version, String description, String checksum, List<String> statements) {
	}

	private final Driver driver;

	private final SessionConfig sessionConfig;

	/** How long one lease of the migrations lasts unless renewed (it is, while they run). */
	static final Duration LEASE = Duration.ofSeconds(60);

	private volatile List<Migration> applied;

	private final Leases leases;

	private final Duration lockWait;

	private final Query appliedQuery;

	private final Query record;

	private final Query awaitIndexes;

	public Migrations(Driver driver, SessionConfig sessionConfig, Leases leases, CypherCatalog cypher,
			@Value("${chain-chief.startup.migration-lock-wait:120s}") Duration lockWait) {
		this.appliedQuery = cypher.get("migration/applied");
		this.record = cypher.get("migration/record");
		this.awaitIndexes = cypher.get("migration/await-indexes");
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.leases = leases;
		this.lockWait = lockWait;
	}

	@Override
	public String name() {
		return "migrations";
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/**
	 * Applies the migrations not applied yet (none once they all are), holding the database's {@code migrations}
	 * lease: instances starting together beside one database apply each version once. One that finds the lease
	 * taken waits for it (polling twice a second, at most {@code chain-chief.startup.migration-lock-wait}), then
	 * finds the versions the holder applied already.
	 */
	@Override
	public synchronized void run() {
		if (applied == null) {
			List<Migration> migrations = discover();
			leases.ensureSchema().block(Duration.ofSeconds(60));
			applied = leases
				.holding("migrations", LEASE, "migrations",
						Mono.fromCallable(() -> apply(migrations))
							.subscribeOn(Schedulers.boundedElastic()))
				.retryWhen(Retry.fixedDelay(lockWait.toMillis() / 500, Duration.ofMillis(500))
					.filter(ex -> ex instanceof Leases.Taken)
					.doBeforeRetry(signal -> {
						if (signal.totalRetries() == 0) {
							log.info("Waiting for the migrations: {}", signal.failure().getMessage());
						}
					})
					.onRetryExhaustedThrow((spec, signal) -> new IllegalStateException("The migrations' lease was "
							+ "not free after " + lockWait.toSeconds() + " s: " + signal.failure().getMessage())))
				.block(lockWait.plus(Duration.ofMinutes(10)));
		}
	}

	/** The migrations this instance applied (empty until {@link #run()} succeeded, or when all were there). */
	public List<Migration> applied() {
		return applied == null ? List.of() : applied;
	}

	static List<Migration> discover() {
		var resolver = new PathMatchingResourcePatternResolver(Migrations.class.getClassLoader());
		List<Migration> migrations = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources("classpath*:cypher/migrations/*.cypher")) {
				Matcher m = NAME.matcher(resource.getFilename());
				if (!m.matches()) {
					throw new IllegalStateException("Migration file not named V<version>__<description>.cypher: "
							+ resource.getFilename());
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				List<String> statements = new ArrayList<>();
				for (String s : CypherCatalog.stripComments(text).split(";\\s*(\\n|$)")) {
					if (!s.isBlank()) {
						statements.add(s.strip());
					}
				}
				migrations.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
						sha256(text), List.copyOf(statements)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the migrations", ex);
		}
		migrations.sort(Comparator.comparingInt(Migration::version));
		return migrations;
	}

	private List<Migration> apply(List<Migration> migrations) {
		try (var session = driver.session(sessionConfig)) {
			Map<Long, String> done = new java.util.HashMap<>();
			session.executeRead(tx -> tx.run(appliedQuery.text()).list())
				.forEach(r -> done.put(r.get("v").asLong(), r.get("c").asString()));
			List<Migration> result = new ArrayList<>();
			for (Migration migration : migrations) {
				String checksum = done.get((long) migration.version());
				if (checksum != null) {
					if (!checksum.equals(migration.checksum())) {
						throw new IllegalStateException("Migration V" + migration.version()
								+ " was changed after it was applied (checksum " + checksum + " in the graph, "
								+ migration.checksum() + " on disk); add a new version instead");
					}
					continue;
				}
				// Schema statements cannot share a transaction with data writes: one transaction each.
				for (String statement : migration.statements()) {
					session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
				}
				session.executeWriteWithoutResult(tx -> tx.run(record.text(),
						Map.of("version", migration.version(), "description", migration.description(), "checksum",
								migration.checksum()))
					.consume());
				log.info("Applied migration V{} {}", migration.version(), migration.description());
				result.add(migration);
			}
			session.run(awaitIndexes.text()).consume();
			return List.copyOf(result);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
