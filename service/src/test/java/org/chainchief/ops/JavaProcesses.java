package org.chainchief.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Separate JVMs for the outage and crash tests: the current {@code java}, this JVM's class path and its
 * {@code --add-opens} options (Neo4j needs them), output to a log file. Waits are bounded and poll.
 */
final class JavaProcesses {

	private JavaProcesses() {
	}

	/** Starts {@code mainClass} with {@code args} and {@code env} added, stdout and stderr appended to {@code log}. */
	static Process start(Class<?> mainClass, List<String> args, Map<String, String> env, Path log) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		command.add("-Xmx512m");
		command.add("-Dfile.encoding=UTF-8");
		for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (option.startsWith("--add-opens") || option.startsWith("--add-exports")
					|| option.startsWith("--enable-native-access")) {
				command.add(option);
			}
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(env);
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the process (SIGTERM, then SIGKILL after 30 s) and waits for it; null is ignored. */
	static void stop(Process process) {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill(process);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	/** SIGKILL, and wait (bounded) until it is gone. */
	static void kill(Process process) {
		process.destroyForcibly();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Process " + process.pid() + " did not end after SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A TCP port nothing listens on now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Polls {@code condition} until it holds; fails after {@code bound} naming {@code what}. */
	static void await(Duration bound, String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + bound.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + bound.toSeconds() + " s: " + what);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for: " + what);
			}
		}
	}

	/** Whether {@code log} has a line containing {@code text} (false while it does not exist). */
	static boolean logged(Path log, String text) {
		try {
			return Files.exists(log) && new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
		}
		catch (IOException ex) {
			return false;
		}
	}

	static void deleteRecursively(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temporary folder
		}
	}
}
