package org.chainchief.ops;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The project's own Neo4j as a standalone server process, for the outage tests: Bolt on {@code 127.0.0.1:<port>}
 * (auth and encryption off), data in {@code <folder>}. Prints {@value #READY} when it answers, then runs until it
 * is killed (SIGTERM shuts the database down cleanly, SIGKILL does not).
 * <p>
 * {@code java -cp <test class path> org.chainchief.ops.StandaloneNeo4j <port> <folder>}
 */
public final class StandaloneNeo4j {

	static final String READY = "STANDALONE NEO4J READY";

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = Integer.parseInt(args[0]);
		Path home = Path.of(args[1]);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
		dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
		System.out.println(READY + " on port " + port);
		System.out.flush();
		Thread.currentThread().join();
	}
}
