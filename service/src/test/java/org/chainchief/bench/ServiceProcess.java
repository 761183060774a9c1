package org.chainchief.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service jar started as its own process on a fresh embedded database, as a deployment would run it. */
final class ServiceProcess implements AutoCloseable {

	private static final Pattern BOLT = Pattern.compile("Embedded Neo4j started in \\d+ ms at (bolt://[0-9.:]+)");

	/** The demo accounts' password of the benchmark's service processes (loopback only, thrown away after). */
	private static final String PASSWORD = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());

	/** Every request of the benchmark signs in as the demo administrator (HTTP Basic). */
	private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
		.encodeToString(("admin:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

	final Process process;

	final int port;

	final String boltUri;

	final Path log;

	private ServiceProcess(Process process, int port, String boltUri, Path log) {
		this.process = process;
		this.port = port;
		this.boltUri = boltUri;
		this.log = log;
	}

	static ServiceProcess start(Path jar, Path dataDir, String heap, String pageCache, Path log)
			throws IOException, InterruptedException {
		int port = 18000 + (int) (ProcessHandle.current().pid() % 900) + (int) (System.nanoTime() % 97);
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(), "--server.port=" + port,
				"--chain-chief.neo4j.data-dir=" + dataDir, "--chain-chief.neo4j.page-cache=" + pageCache,
				"--chain-chief.demo.enabled=false", "--chain-chief.security.demo-accounts=ON",
				"--chain-chief.limits.analysis-requests=0"));
		ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("CHAIN_CHIEF_DEMO_PASSWORD", PASSWORD);
		Process p = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		String bolt = null;
		while (System.nanoTime() < deadline) {
			if (!p.isAlive()) {
				throw new IllegalStateException("The service stopped at start; see " + log);
			}
			if (bolt == null) {
				Matcher m = BOLT.matcher(Files.readString(log));
				if (m.find()) {
					bolt = m.group(1);
				}
			}
			try {
				// ready: migrations applied and the start-up steps done, so imports and writes are taken
				var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.build(),
						HttpResponse.BodyHandlers.discarding());
				if (r.statusCode() == 200 && bolt != null) {
					return new ServiceProcess(p, port, bolt, log);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		p.destroy();
		throw new IllegalStateException("The service did not start in 5 minutes; see " + log);
	}

	String base() {
		return "http://127.0.0.1:" + port + "/api/v1";
	}

	/** A request to {@code path} under the API, signed in. */
	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", AUTHORIZATION);
	}

	/**
	 * The value of one Prometheus sample of the service ({@code name{labels}} as the scrape prints it, the
	 * {@code application} label left out), 0 when it is not printed.
	 */
	double sample(String name, String label) throws IOException, InterruptedException {
		for (String line : scrape().lines().toList()) {
			if (line.startsWith(name + "{") && line.contains(label)) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return 0;
	}

	/** The sum of every sample of a Prometheus metric of the service (all its label sets), 0 when none is printed. */
	double sum(String name) throws IOException, InterruptedException {
		double total = 0;
		for (String line : scrape().lines().toList()) {
			if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
				total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return total;
	}

	private String scrape() throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
			.header("Authorization", AUTHORIZATION)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Peak resident memory of the service process (VmHWM), in MiB. */
	long peakRssMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return -1;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
