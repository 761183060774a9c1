package org.chainchief.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With {@code uri} blank the service starts an in-process Neo4j under {@code dataDir};
 * otherwise it connects to that server ({@code bolt://} or {@code neo4j://} for a cluster).
 *
 * @param uri         Bolt URI of an external server ({@code NEO4J_URI}); blank for the embedded database
 * @param username    user for the external server ({@code NEO4J_USERNAME})
 * @param password    password for the external server ({@code NEO4J_PASSWORD})
 * @param database    database name; blank for the server's default
 * @param dataDir     folder of the embedded database
 * @param ephemeral   embedded only: use a fresh temporary folder and delete it on shutdown
 * @param pageCache   embedded only: page cache size, e.g. {@code 256m}
 * @param transactionTimeout     embedded only: the database's own cap on any transaction ({@code db.transaction.timeout});
 *                               above the service's own bounds, it catches what they do not
 * @param lockTimeout            embedded only: longest wait for a lock ({@code db.lock.acquisition.timeout})
 * @param maxPoolSize            driver: most connections to the database
 * @param acquisitionTimeout     driver: longest wait for a free connection of the pool
 * @param connectionTimeout      driver: longest wait to open a connection
 * @param maxRetryTime           how long a unit of work is retried after retryable failures (by {@code support/Graph};
 *                               the driver's own retry is off)
 */
@ConfigurationProperties("chain-chief.neo4j")
public record Neo4jProperties(
		String uri,
		@DefaultValue("neo4j") String username,
		String password,
		String database,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("false") boolean ephemeral,
		@DefaultValue("256m") String pageCache,
		@DefaultValue("180s") Duration transactionTimeout,
		@DefaultValue("20s") Duration lockTimeout,
		@DefaultValue("100") int maxPoolSize,
		@DefaultValue("10s") Duration acquisitionTimeout,
		@DefaultValue("5s") Duration connectionTimeout,
		@DefaultValue("15s") Duration maxRetryTime) {

	public boolean embedded() {
		return uri == null || uri.isBlank();
	}
}
