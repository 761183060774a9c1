package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * The two backups the README documents, on real processes and the demo zone: the online logical backup (the
 * streamed export) restores into an empty database with an equal export; the offline copy of the embedded store
 * (the data folder, copied after a clean stop) starts as the same service, its audit trail and API keys included.
 */
class BackupRestoreTest {

	private static final List<String> DEMO = List.of("--chain-chief.demo.enabled=true");

	@RegisterExtension
	final ServiceProcesses services = new ServiceProcesses("chain-chief-backup-");

	@Test
	void theExportRestoresIntoAnEmptyDatabaseAndTheStoppedStoreCopyStartsAsTheSameService() throws Exception {
		ServiceProcess original = services.start("original", DEMO);
		HttpResponse<String> created = original.send("POST", "/api/v1/api-keys", "application/json",
				"{\"name\":\"大屏\",\"role\":\"SYSTEM\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String key = field(created.body(), "key");
		String audit = original.get("/api/v1/audit?size=100").body();
		assertThat(audit).contains("apiKey");

		// online: the export, streamed while the service runs, imported into an empty database
		HttpResponse<String> backup = original.get("/api/v1/export");
		assertThat(backup.statusCode()).isEqualTo(200);
		assertThat(backup.body().lines().count()).as("the demo zone's records").isGreaterThan(800);
		ServiceProcess restored = services.start("restored", List.of());
		HttpResponse<String> imported = restored.postNdjson("/api/v1/import", backup.body());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"rejectedCount\":0");
		assertThat(restored.get("/api/v1/export").body()).isEqualTo(backup.body());
		restored.close();

		// offline: the store folder copied after a clean stop, started as it is (demo loading on: it must not run)
		original.close();
		assertThat(original.process.exitValue()).as("a clean stop").isIn(0, 143);
		Path copy = services.folder().resolve("copy");
		copyTree(services.folder().resolve("original"), copy);
		ServiceProcess fromCopy = services.start(copy, "copy.log", DEMO);
		assertThat(fromCopy.get("/api/v1/export").body()).isEqualTo(backup.body());
		assertThat(fromCopy.get("/api/v1/audit?size=100").body()).isEqualTo(audit);
		HttpResponse<String> withKey = HttpClient.newHttpClient().sendAsync(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + fromCopy.port + "/api/v1/clusters"))
			.timeout(Duration.ofSeconds(60))
			.header("X-API-Key", key)
			.build(), HttpResponse.BodyHandlers.ofString()).get(60, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(withKey.statusCode()).as("the API key made before the copy signs in").isEqualTo(200);
		assertThat(withKey.body()).contains("semiconductor");
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).as(name + " in " + json).isTrue();
		return m.group(1);
	}

	private static void copyTree(Path from, Path to) throws java.io.IOException {
		try (var paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}
}
