package org.chainchief;

import java.io.IOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Watches every test request: one that has no complete answer (status and whole body) after {@link #LIMIT} gets
 * a full thread dump of this JVM, every thread with its whole stack, locks and synchronizers, written to the test
 * output and to {@code target/thread-dumps/}. It changes nothing about the request itself.
 */
final class RequestWatchdog implements ExchangeFilterFunction {

	static final Duration LIMIT = Duration.ofSeconds(30);

	private static final Path FOLDER = Path.of("target", "thread-dumps");

	private static final AtomicInteger DUMPS = new AtomicInteger();

	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "test-request-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final String test;

	RequestWatchdog(String test) {
		this.test = test;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			String what = request.method() + " " + request.url();
			ScheduledFuture<?> alarm = arm(what, started);
			return next.exchange(request)
				.doFinally(signal -> alarm.cancel(false))
				.map(response -> response.mutate().body(body -> Flux.defer(() -> {
					ScheduledFuture<?> bodyAlarm = arm(what + " (reading the body)", System.nanoTime());
					return body.doFinally(signal -> bodyAlarm.cancel(false));
				})).build());
		});
	}

	/** Until the status line arrives, then (if the body is read) until the body ends. */
	private ScheduledFuture<?> arm(String what, long started) {
		return TIMER.schedule(() -> dump(what, started), LIMIT.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void dump(String what, long started) {
		StringBuilder out = new StringBuilder();
		out.append("==== Request watchdog: ").append(what).append(" in ").append(test).append(" has no complete answer after ")
			.append((System.nanoTime() - started) / 1_000_000).append(" ms; full thread dump follows ====\n");
		for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			append(out, info);
		}
		out.append("==== end of thread dump ====\n");
		String text = out.toString();
		System.out.print(text);
		try {
			Files.createDirectories(FOLDER);
			String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
					+ DUMPS.incrementAndGet() + "-" + test.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
			Path file = FOLDER.resolve(name);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			System.out.println("Thread dump written to " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			System.out.println("Could not write the thread dump: " + ex);
		}
	}

	/** Like {@link ThreadInfo#toString()}, but with every frame (that one stops after eight). */
	private static void append(StringBuilder out, ThreadInfo info) {
		out.append('"').append(info.getThreadName()).append('"').append(info.isDaemon() ? " daemon" : "")
			.append(" prio=").append(info.getPriority()).append(" Id=").append(info.getThreadId()).append(' ')
			.append(info.getThreadState());
		if (info.getLockName() != null) {
			out.append(" on ").append(info.getLockName());
		}
		if (info.getLockOwnerName() != null) {
			out.append(" owned by \"").append(info.getLockOwnerName()).append("\" Id=").append(info.getLockOwnerId());
		}
		out.append('\n');
		StackTraceElement[] stack = info.getStackTrace();
		for (int i = 0; i < stack.length; i++) {
			out.append("\tat ").append(stack[i]).append('\n');
			for (MonitorInfo monitor : info.getLockedMonitors()) {
				if (monitor.getLockedStackDepth() == i) {
					out.append("\t-  locked ").append(monitor).append('\n');
				}
			}
		}
		LockInfo[] synchronizers = info.getLockedSynchronizers();
		if (synchronizers.length > 0) {
			out.append("\tLocked synchronizers:\n");
			for (LockInfo lock : synchronizers) {
				out.append("\t- ").append(lock).append('\n');
			}
		}
		out.append('\n');
	}
}
