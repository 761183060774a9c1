package org.chainchief.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chainchief.ChainChiefApplication;

/**
 * The real service as a separate process: {@link ChainChiefApplication} on the embedded database in {@code data},
 * on {@code port}, demo zone off, admin signed in by HTTP Basic. Output appended to {@code log}.
 */
final class ServiceProcess implements AutoCloseable {

	static final String PASSWORD = "process-password";

	static final Duration START_BOUND = Duration.ofSeconds(240);

	/** The longest any answer may take, body included (a large import's). */
	static final Duration ANSWER_BOUND = Duration.ofSeconds(300);

	/** An answer later than this gets a dump of the process ({@link #dump}), as the in-process requests do. */
	static final Duration WATCHDOG = Duration.ofSeconds(30);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Process process;

	final int port;

	final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the service and waits (bounded) until readiness is UP. */
	static ServiceProcess start(Path data, Path log, List<String> arguments) {
		int port = JavaProcesses.freePort();
		List<String> args = new java.util.ArrayList<>(List.of("--chain-chief.neo4j.page-cache=64m"));
		args.addAll(arguments);
		Process process = JavaProcesses.start(ChainChiefApplication.class, args,
				Map.of("PORT", String.valueOf(port), "CHAIN_CHIEF_DATA", data.toString(), "CHAIN_CHIEF_DEMO", "false",
						"CHAIN_CHIEF_DEMO_PASSWORD", PASSWORD, "NEO4J_URI", ""),
				log);
		ServiceProcess service = new ServiceProcess(process, port, log);
		try {
			JavaProcesses.await(START_BOUND, "service on port " + port + " ready (log " + log + ")", () -> {
				if (!process.isAlive()) {
					throw new AssertionError("The service ended with " + process.exitValue() + "; see " + log);
				}
				return service.status("GET", "/actuator/health/readiness") == 200;
			});
		}
		catch (RuntimeException | AssertionError ex) {
			JavaProcesses.kill(process);
			throw ex;
		}
		return service;
	}

	int status(String method, String path) {
		HttpResponse<String> response = send(method, path, null, null);
		return response == null ? -1 : response.statusCode();
	}

	/** The answer, or null when nothing answers on the port. */
	HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(ANSWER_BOUND)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		// The request's own timeout ends at the answer's headers; the whole answer, body included, is bounded here.
		var answer = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		try {
			try {
				return answer.get(WATCHDOG.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.TimeoutException slow) {
				dump(method + " " + path);
				return answer.get(ANSWER_BOUND.minus(WATCHDOG).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof ConnectException) {
				return null;
			}
			throw ex.getCause() instanceof IOException io ? new UncheckedIOException(io)
					: new IllegalStateException(ex.getCause());
		}
		catch (java.util.concurrent.TimeoutException ex) {
			answer.cancel(true);
			throw new AssertionError(method + " " + path + " on port " + port + ": no complete answer within "
					+ ANSWER_BOUND.toSeconds() + " s (log " + log + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the process is doing while an answer is late: every thread of it with its stack and locks
	 * ({@code jcmd Thread.print}) and the kernel's view of its connections on the port (bytes queued each way), on
	 * the test output and in a file beside the log. It changes nothing about the request.
	 */
	private void dump(String request) {
		StringBuilder out = new StringBuilder("---- " + request + " on port " + port + ": no complete answer after "
				+ WATCHDOG.toSeconds() + " s; the service process's threads and connections\n");
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		for (List<String> command : List.of(List.of(jcmd.toString(), String.valueOf(process.pid()), "Thread.print", "-l"),
				List.of("ss", "-tnio", "( sport = :" + port + " or dport = :" + port + " )"))) {
			try {
				Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
				String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
				out.append("$ ").append(String.join(" ", command)).append('\n').append(text).append('\n');
			}
			catch (IOException ex) {
				out.append(command.get(0)).append(": ").append(ex).append('\n');
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		System.out.println(out);
		try {
			Files.writeString(log.resolveSibling(log.getFileName() + ".late-" + System.currentTimeMillis() + ".log"), out);
		}
		catch (IOException ex) {
			System.out.println("could not keep the dump beside " + log + ": " + ex);
		}
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null, null);
	}

	HttpResponse<String> postNdjson(String path, String ndjson) {
		return send("POST", path, "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
	}

	/** A whole number field of a JSON answer, or -1 when it has none. */
	static long number(String json, String field) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	/** SIGKILL. */
	void kill() {
		JavaProcesses.kill(process);
	}

	@Override
	public void close() {
		JavaProcesses.stop(process);
	}
}
