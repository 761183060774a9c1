package org.chainchief.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Blocking or CPU-bound work (layouts, Batik, workbooks) off the event loop, on {@code boundedElastic}, and
 * bounded: past its bound the caller gets a 503 problem ({@link ApiProblem#busy}) and the log the stack of the
 * thread still doing it, or word that it had not started (every worker busy).
 */
@Component
public final class OffLoop {

	private static final Logger log = LoggerFactory.getLogger(OffLoop.class);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/** The bound of every piece of work ({@code chain-chief.limits.work-timeout}). */
	private final Duration bound;

	OffLoop(org.chainchief.limits.LimitsProperties limits) {
		this.bound = limits.workTimeout();
	}

	/** The result of {@code work}, named {@code what} in problems and logs ("the chain panorama as PNG"). */
	public <T> Mono<T> call(String what, Callable<T> work) {
		return Mono.defer(() -> {
			Duration limit = bound;
			AtomicReference<Thread> worker = new AtomicReference<>();
			return Mono.fromCallable(() -> {
				worker.set(Thread.currentThread());
				try {
					return work.call();
				}
				finally {
					worker.set(null);
				}
			}).subscribeOn(Schedulers.boundedElastic()).timeout(limit, Mono.defer(() -> {
				Thread thread = worker.get();
				if (thread == null) {
					log.warn("{} did not start within {} ms: every worker was busy", what, limit.toMillis());
				}
				else {
					StringBuilder stack = new StringBuilder();
					for (StackTraceElement frame : thread.getStackTrace()) {
						stack.append("\n\tat ").append(frame);
					}
					log.warn("{} did not finish within {} ms; {} ({}) is at:{}", what, limit.toMillis(), thread.getName(),
							thread.getState(), stack);
				}
				return Mono.error(ApiProblem.busy(what, limit, RETRY_AFTER));
			}));
		});
	}
}
