package org.chainchief.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a real Neo4j (the current calendar release) running in this JVM, with Bolt bound to a free loopback port so the
 * service talks to it through the same driver it would use for a remote server.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;
	private final Path home;
	private final boolean deleteOnClose;
	private final String boltUri;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, boolean deleteOnClose, String boltUri) {
		this.dbms = dbms;
		this.home = home;
		this.deleteOnClose = deleteOnClose;
		this.boltUri = boltUri;
	}

	static EmbeddedNeo4j start(Neo4jProperties properties) {
		Path home;
		try {
			home = properties.ephemeral() ? Files.createTempDirectory("chain-chief-neo4j-")
					: Files.createDirectories(properties.dataDir().toAbsolutePath().normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the Neo4j data folder " + properties.dataDir(), ex);
		}
		long started = System.nanoTime();
		DatabaseManagementService dbms = null;
		try {
			dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.lock_acquisition_timeout, properties.lockTimeout())
				.build();
			var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			var address = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			String uri = "bolt://127.0.0.1:" + address.getPort();
			log.info("Embedded Neo4j started in {} ms at {} (data in {})", (System.nanoTime() - started) / 1_000_000,
					uri, home);
			return new EmbeddedNeo4j(dbms, home, properties.ephemeral(), uri);
		}
		catch (RuntimeException ex) {
			if (dbms != null) {
				dbms.shutdown();
			}
			if (properties.ephemeral()) {
				deleteRecursively(home);
			}
			throw ex;
		}
	}

	String boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		dbms.shutdown();
		if (deleteOnClose) {
			reportErrors(home.resolve("logs/debug.log"));
			deleteRecursively(home);
		}
	}

	/**
	 * The errors a throw-away database wrote to its own log, which goes with its folder: into the service's log,
	 * so that a connection the database closed (a driver's "Connection to the database terminated") has its cause.
	 */
	private static void reportErrors(Path debugLog) {
		if (!Files.isRegularFile(debugLog)) {
			return;
		}
		try (Stream<String> lines = Files.lines(debugLog)) {
			lines.filter(line -> line.contains("\"level\":\"ERROR\""))
				.limit(20)
				.forEach(line -> log.warn("The embedded database logged: {}",
						line.length() > 4000 ? line.substring(0, 4000) + "…" : line));
		}
		catch (IOException | UncheckedIOException ex) {
			log.debug("Could not read {}", debugLog, ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", folder, ex);
		}
	}
}
