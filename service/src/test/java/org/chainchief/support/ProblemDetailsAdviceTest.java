package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.test.StepVerifier;

/** A failure before the answer began becomes a problem; one after it began goes on to the server, unchanged. */
class ProblemDetailsAdviceTest {

	private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(TestLimits.defaults());

	@Test
	void aFailureBeforeTheAnswerBeganIsAProblem() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/export"));
		StepVerifier.create(advice.onUnexpected(new IllegalStateException("boom"), exchange))
			.assertNext(entity -> assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR))
			.verifyComplete();
		StepVerifier.create(advice.onApiProblem(ApiProblem.notFound("cluster", "x"), exchange))
			.assertNext(entity -> assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND))
			.verifyComplete();
	}

	@Test
	void aFailureAfterTheAnswerBeganGoesOnUnchanged() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/export"));
		exchange.getResponse().setComplete().block(Duration.ofSeconds(5));
		assertThat(exchange.getResponse().isCommitted()).isTrue();
		IllegalStateException cut = new IllegalStateException("connection closed");
		ApiProblem unavailable = ApiProblem.notReady("the database went away", Duration.ofSeconds(5));

		StepVerifier.create(advice.onUnexpected(cut, exchange)).expectErrorSatisfies(ex -> assertThat(ex).isSameAs(cut))
			.verify(Duration.ofSeconds(5));
		StepVerifier.create(advice.onApiProblem(unavailable, exchange))
			.expectErrorSatisfies(ex -> assertThat(ex).isSameAs(unavailable))
			.verify(Duration.ofSeconds(5));
	}
}
