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

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

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

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private volatile List<Migration> applied;

	public Migrations(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	@Override
	public String name() {
		return "migrations";
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/** Applies the migrations not applied yet (none once they all are). */
	@Override
	public synchronized void run() {
		if (applied == null) {
			applied = apply(driver, sessionConfig, discover());
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

	private static List<Migration> apply(Driver driver, SessionConfig sessionConfig, List<Migration> migrations) {
		try (var session = driver.session(sessionConfig)) {
			Map<Long, String> done = new java.util.HashMap<>();
			session.executeRead(tx -> tx.run("MATCH (m:__Migration) RETURN m.version AS v, m.checksum AS c").list())
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
				session.executeWriteWithoutResult(tx -> tx.run("""
						CREATE (:__Migration {version: $version, description: $description, checksum: $checksum,
						                      appliedAt: datetime()})""",
						Map.of("version", migration.version(), "description", migration.description(), "checksum",
								migration.checksum()))
					.consume());
				log.info("Applied migration V{} {}", migration.version(), migration.description());
				result.add(migration);
			}
			session.run("CALL db.awaitIndexes(300)").consume();
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
