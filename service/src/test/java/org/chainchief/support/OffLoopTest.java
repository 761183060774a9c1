package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import reactor.test.StepVerifier;

class OffLoopTest {

	private final OffLoop offLoop = new OffLoop(TestLimits.with(java.util.Map.of("work-timeout", "300ms")));

	@Test
	void workRunsOffTheEventLoopAndAnswersItsResult() {
		StepVerifier.create(offLoop.call("a drawing", () -> Thread.currentThread().getName()))
			.assertNext(thread -> assertThat(thread).startsWith("boundedElastic"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void workPastItsBoundIsABusyProblemNamingIt() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		try {
			StepVerifier.create(offLoop.call("the chain panorama", () -> release.await(30, TimeUnit.SECONDS)))
				.expectErrorSatisfies(error -> {
					ApiProblem problem = (ApiProblem) error;
					assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(problem.errors()).containsExactly(new ApiProblem.FieldError("operation", "the chain panorama"));
					assertThat(problem.getMessage()).contains("the chain panorama");
				})
				.verify(Duration.ofSeconds(10));
		}
		finally {
			release.countDown();
		}
	}
}
