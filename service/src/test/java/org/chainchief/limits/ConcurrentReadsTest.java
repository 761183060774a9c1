package org.chainchief.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chainchief.support.ApiProblem;
import org.chainchief.support.TestLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The places for reading requests: never more in work than there are places, the rest in arrival order; a request
 * that ends in any way (done, failed, cancelled while it works or while it waits) gives its place back; one that
 * waits too long is a 503 naming the limit; imports and writes never wait.
 */
class ConcurrentReadsTest {

	@Test
	void workBeyondThePlacesWaitsAndStartsInArrivalOrderAsPlacesComeFree() {
		ReadPlaces places = new ReadPlaces(2, Duration.ofMinutes(1));
		List<String> started = new CopyOnWriteArrayList<>();
		Map<String, Sinks.Empty<Void>> ends = Map.of("a", Sinks.empty(), "b", Sinks.empty(), "c", Sinks.empty(), "d",
				Sinks.empty());
		for (String name : List.of("a", "b", "c", "d")) {
			places.through(Mono.defer(() -> {
				started.add(name);
				return ends.get(name).asMono();
			}), IllegalStateException::new).subscribe(null, failed -> {
			});
		}
		assertThat(started).containsExactly("a", "b");
		assertThat(places.taken()).isEqualTo(2);
		assertThat(places.waiting()).isEqualTo(2);

		ends.get("b").tryEmitEmpty();
		assertThat(started).containsExactly("a", "b", "c");
		ends.get("a").tryEmitError(new IllegalArgumentException("failed"));
		assertThat(started).containsExactly("a", "b", "c", "d");
		ends.get("c").tryEmitEmpty();
		ends.get("d").tryEmitEmpty();
		assertThat(places.taken()).isZero();
		assertThat(places.waiting()).isZero();
	}

	@Test
	void workCancelledWhileItWaitsOrWorksGivesItsPlaceToTheNext() {
		ReadPlaces places = new ReadPlaces(1, Duration.ofMinutes(1));
		List<String> started = new CopyOnWriteArrayList<>();
		Disposable first = places.through(Mono.defer(() -> {
			started.add("first");
			return Mono.never();
		}), IllegalStateException::new).subscribe();
		Disposable gaveUp = places.through(Mono.fromRunnable(() -> started.add("gave up")), IllegalStateException::new)
			.subscribe();
		Sinks.Empty<Void> lastEnd = Sinks.empty();
		places.through(Mono.defer(() -> {
			started.add("last");
			return lastEnd.asMono();
		}), IllegalStateException::new).subscribe();
		assertThat(places.waiting()).isEqualTo(2);

		gaveUp.dispose();
		assertThat(places.waiting()).isEqualTo(1);
		first.dispose();
		assertThat(started).containsExactly("first", "last");
		lastEnd.tryEmitEmpty();
		assertThat(places.taken()).isZero();
		assertThat(places.waiting()).isZero();
	}

	@Test
	void aReadThatFindsNoPlaceWithinTheWaitIsA503NamingTheLimit() {
		ConcurrentReadsFilter filter = filter(1, "20s");
		filter.filter(get("/api/v1/clusters/a/gaps"), exchange -> Mono.never()).subscribe();

		StepVerifier.withVirtualTime(() -> filter.filter(get("/api/v1/clusters/b/gaps"), exchange -> Mono.empty()))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(19))
			.thenAwait(Duration.ofSeconds(1))
			.expectErrorSatisfies(error -> {
				ApiProblem problem = (ApiProblem) error;
				assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(problem.slug()).isEqualTo("busy");
				assertThat(problem.properties()).containsEntry("limit", "chain-chief.limits.concurrent-reads")
					.containsEntry("value", "1");
				assertThat(problem.retryAfter()).isPositive();
			})
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void importsWritesAndTheExportNeverWaitForAPlace() {
		ConcurrentReadsFilter filter = filter(1, "20s");
		filter.filter(get("/api/v1/clusters/a/gaps"), exchange -> Mono.never()).subscribe();
		WebFilterChain answered = exchange -> Mono.empty();

		for (var request : List.of(MockServerHttpRequest.post("/api/v1/import"),
				MockServerHttpRequest.post("/api/v1/imports"), MockServerHttpRequest.put("/api/v1/enterprises/e1"),
				MockServerHttpRequest.delete("/api/v1/enterprises/e1"), MockServerHttpRequest.get("/api/v1/export"),
				MockServerHttpRequest.get("/actuator/health/readiness"), MockServerHttpRequest.get("/index.html"))) {
			StepVerifier.create(filter.filter(MockServerWebExchange.from(request), answered))
				.as(request.toString())
				.verifyComplete();
		}
		// and what-if, an analysis asked by POST, waits like a GET
		StepVerifier.withVirtualTime(() -> filter.filter(
				MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/clusters/a/what-if")), answered))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(20))
			.expectError(ApiProblem.class)
			.verify(Duration.ofSeconds(10));
	}

	private static ConcurrentReadsFilter filter(int places, String wait) {
		var limits = TestLimits.with(Map.of("concurrent-reads", String.valueOf(places), "read-wait", wait));
		return new ConcurrentReadsFilter(limits, new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
	}

	private static MockServerWebExchange get(String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path));
	}
}
