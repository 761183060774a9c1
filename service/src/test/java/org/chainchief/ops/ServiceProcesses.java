package org.chainchief.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service processes of one test and their temporary folder: each process on a data folder below it, its output
 * in a log file beside. After the test every process is stopped and the folder deleted; when the test failed, the
 * logs (each process's output, each database's own logs) are first copied to {@code target/process-logs/<test>/},
 * for the diagnosis. Register it with {@code @RegisterExtension}.
 */
final class ServiceProcesses implements AfterEachCallback {

	private final String prefix;

	private final List<ServiceProcess> started = new ArrayList<>();

	private Path folder;

	ServiceProcesses(String prefix) {
		this.prefix = prefix;
	}

	/** The test's folder (made on first use). */
	Path folder() {
		if (folder == null) {
			try {
				folder = Files.createTempDirectory(prefix);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return folder;
	}

	/** Starts the service on {@code data}, its output in {@code log} in the folder; waits until it is ready. */
	ServiceProcess start(Path data, String log, List<String> arguments) {
		ServiceProcess service = ServiceProcess.start(data, folder().resolve(log), arguments);
		started.add(service);
		return service;
	}

	/** Starts the service on the data folder {@code name} of the folder, its output in {@code <name>.log}. */
	ServiceProcess start(String name, List<String> arguments) {
		return start(folder().resolve(name), name + ".log", arguments);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		started.forEach(ServiceProcess::close);
		started.clear();
		if (folder == null) {
			return;
		}
		if (context.getExecutionException().isPresent()) {
			Path kept = Path.of("target", "process-logs",
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
			try (var files = Files.walk(folder)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".log")) {
						Path target = kept.resolve(folder.relativize(file).toString());
						Files.createDirectories(target.getParent());
						Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
						printWarnings(folder.relativize(file), file);
					}
				}
			}
			System.out.println("The logs of the failed test's service processes are kept in " + kept.toAbsolutePath());
		}
		JavaProcesses.deleteRecursively(folder);
		folder = null;
	}

	/** The last warnings and errors of a log, on the test's output (where a build's summary shows them). */
	private static void printWarnings(Path name, Path log) throws IOException {
		List<String> lines;
		try (var all = Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
			lines = all.filter(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("Caused by"))
				.toList();
		}
		catch (java.io.UncheckedIOException ex) {
			return; // not UTF-8 throughout: the kept copy is there to read
		}
		System.out.println("---- " + name + ": its last warnings and errors (" + lines.size() + " in all)");
		lines.subList(Math.max(0, lines.size() - 30), lines.size())
			.forEach(line -> System.out.println("  " + line.substring(0, Math.min(line.length(), 400))));
	}
}
