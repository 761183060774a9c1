package org.chainchief.config;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * One driver for both modes: the embedded database is reached over Bolt on loopback exactly like a server.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy(false)
	EmbeddedNeo4jHolder embeddedNeo4j(Neo4jProperties properties) {
		return new EmbeddedNeo4jHolder(properties.embedded() ? EmbeddedNeo4j.start(properties) : null);
	}

	/** The driver's pool figures, read by {@link DriverPoolMeters}. */
	@Bean
	MetricsObservationProvider driverPoolMetrics() {
		return MetricsObservationProvider.newInstance();
	}

	@Bean
	DriverPoolMeters driverPoolMeters(MetricsObservationProvider driverPoolMetrics) {
		return new DriverPoolMeters(driverPoolMetrics.metrics());
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(Neo4jProperties properties, EmbeddedNeo4jHolder embedded,
			MetricsObservationProvider driverPoolMetrics) {
		Config config = Config.builder()
			.withUserAgent("chain-chief")
			.withObservationProvider(driverPoolMetrics)
			.withMaxConnectionPoolSize(properties.maxPoolSize())
			.withConnectionAcquisitionTimeout(properties.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionTimeout(properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			// The driver's own retry of reactive transaction functions never ends on this Reactor (its elapsed time
			// lives in a retry context Reactor no longer carries), so a dead server held every request until its
			// bound and answered 504. support/Graph retries instead, for maxRetryTime; the driver not at all.
			.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
			.build();
		Driver driver = properties.embedded()
				? GraphDatabase.driver(embedded.database().boltUri(), AuthTokens.none(), config)
				: GraphDatabase.driver(properties.uri(), properties.password() == null || properties.password().isBlank()
						? AuthTokens.none() : AuthTokens.basic(properties.username(), properties.password()),
						config);
		if (properties.embedded()) {
			driver.verifyConnectivity();
		}
		// An external server may be down at start: the service starts anyway (readiness DOWN, requests 503) and
		// its start-up steps are retried until the server answers (ops/DatabaseStartup).
		return driver;
	}

	@Bean
	DatabaseAddress databaseAddress(Neo4jProperties properties, EmbeddedNeo4jHolder embedded) {
		return properties.embedded() ? new DatabaseAddress(embedded.database().boltUri(), true)
				: new DatabaseAddress(properties.uri().replaceFirst("//[^/@]*@", "//"), false);
	}

	/**
	 * Every session of the service: the configured database, and one bookmark manager shared by all of them, so a
	 * read after a write sees that write (causal consistency across this instance, also on a cluster).
	 */
	@Bean
	SessionConfig sessionConfig(Neo4jProperties properties) {
		SessionConfig.Builder builder = SessionConfig.builder()
			.withBookmarkManager(BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build()));
		if (properties.database() != null && !properties.database().isBlank()) {
			builder.withDatabase(properties.database());
		}
		return builder.build();
	}

	/** Keeps the embedded database's lifecycle tied to the context; empty when an external server is used. */
	static final class EmbeddedNeo4jHolder implements AutoCloseable {

		private final EmbeddedNeo4j database;

		EmbeddedNeo4jHolder(EmbeddedNeo4j database) {
			this.database = database;
		}

		EmbeddedNeo4j database() {
			return database;
		}

		@Override
		public void close() {
			if (database != null) {
				database.close();
			}
		}
	}

}
