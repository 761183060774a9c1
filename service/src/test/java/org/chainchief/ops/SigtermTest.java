package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during a background import: the process ends by itself within its shutdown bound, the job ends FAILED
 * saying to run it again (logged, and kept in the graph: the restarted service answers it), the embedded database
 * closes cleanly (its next start needs no recovery), and running the import again completes it: the export equals
 * that of an uninterrupted import into a fresh service.
 */
class SigtermTest {

	static final Duration BOUND = Duration.ofSeconds(240);

	/** What Neo4j writes to {@code logs/debug.log} (once per database) when it starts on a store not closed cleanly. */
	static final String RECOVERY = "Transaction logs recovery is required";

	@RegisterExtension
	final ServiceProcesses services = new ServiceProcesses("chain-chief-sigterm-");

	@Test
	void sigtermEndsTheImportFailedAndResumableAndClosesTheDatabaseCleanly() throws Exception {
		String records = KilledMidImportTest.zone(200, 1800);
		Path data = services.folder().resolve("terminated");

		ServiceProcess first = start(data, "terminated-1.log");
		HttpResponse<String> accepted = first.postNdjson("/api/v1/imports", records);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String job = accepted.headers().firstValue("Location").orElseThrow();
		String id = job.substring(job.lastIndexOf('/') + 1);
		JavaProcesses.await(BOUND, "import RUNNING with batches written", () -> {
			String body = first.get(job).body();
			assertThat(body).as("the import must still run at SIGTERM").doesNotContain("\"DONE\"", "\"FAILED\"");
			return ServiceProcess.number(body, "recordsWritten") >= 300;
		});
		long signalled = System.nanoTime();
		first.process.destroy();
		assertThat(first.process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
		System.out.printf("SIGTERM mid-import: the process ended %d ms after the signal, exit code %d%n",
				(System.nanoTime() - signalled) / 1_000_000, first.process.exitValue());
		assertThat(JavaProcesses.logged(first.log, "Import " + id + " stopped by the shutdown after"))
			.as("the job ended FAILED (log " + first.log + ")").isTrue();
		long recoveries = count(data.resolve("logs/debug.log"), RECOVERY);

		ServiceProcess restarted = start(data, "terminated-2.log");
		assertThat(count(data.resolve("logs/debug.log"), RECOVERY))
			.as("no recovery after the clean shutdown").isEqualTo(recoveries);
		HttpResponse<String> after = restarted.get(job);
		assertThat(after.statusCode()).as("the job outlives the process").isEqualTo(200);
		assertThat(after.body()).contains("\"FAILED\"", "run the same import again");
		HttpResponse<String> rerun = restarted.postNdjson("/api/v1/import", records);
		assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
		String afterRerun = restarted.get("/api/v1/export").body();
		restarted.close();

		ServiceProcess fresh = services.start("fresh", KilledMidImportTest.ARGS);
		assertThat(fresh.postNdjson("/api/v1/import", records).statusCode()).isEqualTo(200);
		assertThat(afterRerun).isEqualTo(fresh.get("/api/v1/export").body());
	}

	private ServiceProcess start(Path data, String log) {
		return services.start(data, log, KilledMidImportTest.ARGS);
	}

	static long count(Path log, String text) throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		return Pattern.compile(Pattern.quote(text))
			.matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1))
			.results()
			.count();
	}

}
