package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Killed mid-import: the real service as a separate process, SIGKILLed while a background import of a few thousand
 * records is RUNNING (some batches committed, others not), restarted on the same data folder; the same import run
 * again leaves a graph whose export equals that of one uninterrupted import into a fresh service.
 */
class KilledMidImportTest {

	/** Small batches, so that the import is mid-way for long enough to be killed there. */
	static final List<String> ARGS = List.of("--chain-chief.import.batch-size=100");

	static final Duration BOUND = Duration.ofSeconds(240);

	@RegisterExtension
	final ServiceProcesses services = new ServiceProcesses("chain-chief-kill-");

	@Test
	void aReRunAfterSigkillMidImportGivesTheGraphOfAnUninterruptedImport() throws Exception {
		String records = zone(200, 1800);
		Path data = services.folder().resolve("killed");

		ServiceProcess first = start(data, "killed-1.log");
		HttpResponse<String> accepted = first.postNdjson("/api/v1/imports", records);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String job = accepted.headers().firstValue("Location").orElseThrow();
		AtomicReference<String> seen = new AtomicReference<>();
		JavaProcesses.await(BOUND, "import RUNNING with batches written", () -> {
			String body = first.get(job).body();
			seen.set(body);
			assertThat(body).as("the import must still run when it is killed").doesNotContain("\"DONE\"", "\"FAILED\"");
			return ServiceProcess.number(body, "recordsWritten") >= 300;
		});
		first.kill();
		long writtenBeforeKill = ServiceProcess.number(seen.get(), "recordsWritten");
		long recoveries = SigtermTest.count(data.resolve("logs/debug.log"), SigtermTest.RECOVERY);

		ServiceProcess restarted = start(data, "killed-2.log");
		assertThat(SigtermTest.count(data.resolve("logs/debug.log"), SigtermTest.RECOVERY))
			.as("the database recovered its transaction log after the kill").isGreaterThan(recoveries);
		String partial = export(restarted);
		assertThat(partial.lines().count()).as("a part of the import survived the kill")
			.isGreaterThan(0).isLessThan(records.lines().count());
		HttpResponse<String> rerun = restarted.postNdjson("/api/v1/import", records);
		assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
		assertThat(ServiceProcess.number(rerun.body(), "rejectedCount")).isZero();
		String afterRerun = export(restarted);
		restarted.close();

		ServiceProcess fresh = services.start("fresh", ARGS);
		HttpResponse<String> once = fresh.postNdjson("/api/v1/import", records);
		assertThat(once.statusCode()).as(once.body()).isEqualTo(200);
		String uninterrupted = export(fresh);

		System.out.printf("Killed mid-import: %d of %d records written before SIGKILL, %d export lines survived, "
				+ "%d after the re-run%n", writtenBeforeKill, records.lines().count(), partial.lines().count(),
				afterRerun.lines().count());
		assertThat(writtenBeforeKill).isPositive();
		assertThat(afterRerun.lines().count()).isEqualTo(records.lines().count());
		assertThat(afterRerun).isEqualTo(uninterrupted);
	}

	private ServiceProcess start(Path data, String log) {
		return services.start(data, log, ARGS);
	}

	private static String export(ServiceProcess service) {
		HttpResponse<String> export = service.get("/api/v1/export");
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		return export.body();
	}


	/** One cluster, a chain of {@code links} links, {@code enterprises} enterprises each operating in one link. */
	static String zone(int links, int enterprises) {
		StringBuilder out = new StringBuilder();
		out.append("{\"kind\":\"cluster\",\"id\":\"crash\",\"name\":\"断电测试集群\"}\n");
		String[] stages = { "UPSTREAM", "MIDSTREAM", "DOWNSTREAM" };
		for (int i = 0; i < links; i++) {
			out.append("{\"kind\":\"link\",\"id\":\"crash.l").append(i).append("\",\"name\":\"环节").append(i)
				.append("\",\"stage\":\"").append(stages[i * 3 / links]).append("\",\"clusters\":[\"crash\"]}\n");
		}
		for (int i = 1; i < links; i++) {
			out.append("{\"kind\":\"feeds\",\"from\":\"crash.l").append(i - 1).append("\",\"to\":\"crash.l").append(i)
				.append("\"}\n");
		}
		for (int i = 0; i < enterprises; i++) {
			out.append("{\"kind\":\"enterprise\",\"id\":\"CRASH").append(i).append("\",\"name\":\"测试企业").append(i)
				.append("\",\"local\":").append(i % 3 == 0).append(",\"country\":\"CHN\",\"revenue\":")
				.append(1000 + i).append("}\n");
			out.append("{\"kind\":\"operates\",\"enterprise\":\"CRASH").append(i).append("\",\"link\":\"crash.l")
				.append(i % links).append("\"}\n");
		}
		return out.toString();
	}
}
