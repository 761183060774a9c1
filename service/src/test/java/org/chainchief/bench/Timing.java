package org.chainchief.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Warm latency percentiles of one request, and throughput under concurrent clients. */
final class Timing {

	/** Latency figures in milliseconds; {@code n} requests measured. */
	record Latency(int n, double p50, double p95, double p99, double max) {
	}

	/** Requests per second with {@code clients} concurrent clients. */
	record Throughput(int clients, long requests, double seconds, double perSecond) {
	}

	private Timing() {
	}

	/** Warm-up, then up to {@code n} sequential requests, stopping early after {@code budgetSeconds} (at least 5). */
	static Latency latency(Callable<?> request, int warmup, int n, double budgetSeconds) throws Exception {
		for (int i = 0; i < warmup; i++) {
			request.call();
		}
		List<Double> ms = new ArrayList<>();
		long start = System.nanoTime();
		while (ms.size() < n && (ms.size() < 5 || (System.nanoTime() - start) / 1e9 < budgetSeconds)) {
			long t = System.nanoTime();
			request.call();
			ms.add((System.nanoTime() - t) / 1e6);
		}
		double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Latency(sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1]);
	}

	static Throughput throughput(Callable<?> request, int clients, double seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicLong done = new AtomicLong();
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				futures.add(pool.submit(() -> {
					do {
						request.call();
						done.incrementAndGet();
					}
					while (System.nanoTime() < end);
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Throughput(clients, done.get(), elapsed, done.get() / elapsed);
	}

	/** Nearest-rank percentile. */
	static double pct(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static String fmt(double ms) {
		return ms >= 100 ? String.format("%,.0f", ms) : String.format("%.1f", ms);
	}

	static double[] sorted(double... values) {
		double[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}
}
