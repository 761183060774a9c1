package org.chainchief.config;

import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.Metrics;

/**
 * The driver's connection pools as meters, summed over its pools (one per server; one for the embedded database):
 * connections by state, callers waiting for a connection, and acquisitions with their time-outs and total time. A
 * pool that runs dry shows as {@code acquiring} above zero, then as time-outs.
 */
final class DriverPoolMeters implements MeterBinder {

	private final Metrics metrics;

	DriverPoolMeters(Metrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		connections(registry, "in-use", ConnectionPoolMetrics::inUse);
		connections(registry, "idle", ConnectionPoolMetrics::idle);
		connections(registry, "creating", ConnectionPoolMetrics::creating);
		Gauge.builder("chain-chief.db.pool.acquiring", metrics, m -> sum(m, ConnectionPoolMetrics::acquiring))
			.description("Callers waiting for a connection from the driver's pool")
			.register(registry);
		FunctionCounter.builder("chain-chief.db.pool.acquired", metrics, m -> sum(m, ConnectionPoolMetrics::acquired))
			.description("Connections handed out by the driver's pool")
			.register(registry);
		FunctionCounter.builder("chain-chief.db.pool.acquisition.timeouts", metrics,
				m -> sum(m, ConnectionPoolMetrics::timedOutToAcquire))
			.description("Callers that waited longer than the acquisition timeout for a connection")
			.register(registry);
		FunctionCounter.builder("chain-chief.db.pool.acquisition.time", metrics,
				m -> sum(m, ConnectionPoolMetrics::totalAcquisitionTime))
			.baseUnit("milliseconds")
			.description("Total time callers waited for a connection")
			.register(registry);
	}

	private void connections(MeterRegistry registry, String state, ToLongFunction<ConnectionPoolMetrics> figure) {
		Gauge.builder("chain-chief.db.pool.connections", metrics, m -> sum(m, figure))
			.tag("state", state)
			.description("Connections of the driver's pool, by state")
			.register(registry);
	}

	private static double sum(Metrics metrics, ToLongFunction<ConnectionPoolMetrics> figure) {
		return metrics.connectionPoolMetrics().stream().mapToLong(figure).sum();
	}
}
