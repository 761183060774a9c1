package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.TestLimits;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The read deadline, on virtual time: a GET with no answer begun is cut at the deadline; one that began is not. */
class ReadDeadlineTest {

	private final ReadDeadline filter = new ReadDeadline(TestLimits.with(java.util.Map.of("read-deadline", "90s")));

	@Test
	void aReadWhoseAnswerHasNotBegunIsAnswered503AtTheDeadline() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/clusters/a/chain.svg"));
		StepVerifier.withVirtualTime(() -> filter.filter(exchange, stalled()))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(89))
			.thenAwait(Duration.ofSeconds(1))
			.expectErrorSatisfies(error -> {
				assertThat(error).isInstanceOf(ApiProblem.class);
				ApiProblem problem = (ApiProblem) error;
				assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(problem.getMessage()).contains("GET /api/v1/clusters/a/chain.svg", "90 s");
			})
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void anAnswerAlreadyStreamingIsNotCut() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/export"));
		assertNeverCut(exchange, ex -> ex.getResponse().setComplete().then(Mono.never()));
	}

	@Test
	void writesAreLeftToTheirOwnBounds() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/import"));
		assertNeverCut(exchange, stalled());
	}

	/** Ten minutes of virtual time pass with no signal: the filter leaves the request to its chain. */
	private void assertNeverCut(MockServerWebExchange exchange, WebFilterChain chain) {
		StepVerifier.withVirtualTime(() -> filter.filter(exchange, chain))
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(10))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	private static WebFilterChain stalled() {
		return exchange -> Mono.never();
	}
}
