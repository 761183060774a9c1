package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The application becomes ready only after the demo zone has loaded: at that moment all five clusters exist. */
@TestPropertySource(properties = "chain-chief.demo.enabled=true")
@Import(DemoReadinessTest.Watch.class)
class DemoReadinessTest extends IntegrationTest {

	@TestConfiguration
	static class Watch {

		final AtomicLong clustersWhenReady = new AtomicLong(-1);

		@Bean
		ApplicationListener<AvailabilityChangeEvent<ReadinessState>> whenReady(Driver driver) {
			return event -> {
				if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && clustersWhenReady.get() < 0) {
					try (var session = driver.session()) {
						clustersWhenReady.set(session.run("MATCH (c:Cluster) RETURN count(c) AS n").single().get("n").asLong());
					}
				}
			};
		}
	}

	@Autowired
	Watch watch;

	@Override
	protected void emptyGraph() {
		// keep the demo zone this test is about
	}

	@Test
	void readyOnlyAfterTheDemoZoneLoaded() {
		assertThat(watch.clustersWhenReady.get()).isEqualTo(5);
	}
}
