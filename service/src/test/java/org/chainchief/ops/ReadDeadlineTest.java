package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chainchief.support.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The read deadline, on virtual time: a GET with no answer begun is cut at the deadline; one that began is not. */
class ReadDeadlineTest {

	private final ReadDeadline filter = new ReadDeadline(new Binder(new MapConfigurationPropertySource(
			java.util.Map.of("chain-chief.limits.read-deadline", "90s")))
		.bindOrCreate("chain-chief.limits", org.chainchief.limits.LimitsProperties.class));

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
		WebFilterChain streaming = ex -> ex.getResponse().setComplete().then(Mono.never());
		StepVerifier.withVirtualTime(() -> filter.filter(exchange, streaming))
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(10))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void writesAreLeftToTheirOwnBounds() {
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/import"));
		StepVerifier.withVirtualTime(() -> filter.filter(exchange, stalled()))
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(10))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	private static WebFilterChain stalled() {
		return exchange -> Mono.never();
	}
}
