package org.chainchief.ops;

import java.nio.charset.StandardCharsets;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/** Until the application accepts traffic, readiness is DOWN and writes and imports answer 503 + Retry-After. */
class ReadinessTest extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void notReadyRefusesWritesAndImportsButServesReads() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE");
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue("{\"kind\":\"cluster\",\"id\":\"c1\",\"name\":\"集群\"}\n".getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().valueEquals("Retry-After", "5")
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("/problems/unavailable");
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"c1\",\"name\":\"集群\"}").exchange()
			.expectStatus().isEqualTo(503).expectHeader().valueEquals("Retry-After", "5");
		web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk();
		web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"c1\",\"name\":\"集群\"}").exchange().expectStatus().isCreated();
		web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}
}
