package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the committed contract: the document the service serves must equal {@code openapi/chain-chief.json}.
 * After an intended API change, regenerate it with
 * {@code ./mvnw verify -Dtest=OpenApiContractTest -Dopenapi.update=true} and commit the diff.
 */
class OpenApiContractTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void servedContractMatchesTheCommittedOne() throws IOException {
		byte[] served = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBody();
		JsonNode actual = JSON.readTree(served);
		Path committed = Path.of(System.getProperty("chain-chief.repo-root", ".."), "openapi", "chain-chief.json");
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(committed, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(committed).as("committed contract").exists();
		JsonNode expected = JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8));
		assertThat(actual)
			.as("The served OpenAPI document differs from openapi/chain-chief.json. If the change is intended, run "
					+ "./mvnw verify -Dtest=OpenApiContractTest -Dopenapi.update=true and commit the file.")
			.isEqualTo(expected);
	}

	@Test
	void everyOperationHasASummaryAndAProblemResponse() throws IOException {
		byte[] served = web.get().uri("/v3/api-docs").exchange().expectBody().returnResult().getResponseBody();
		JsonNode paths = JSON.readTree(served).get("paths");
		paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
			String where = op.getKey().toUpperCase() + " " + path.getKey();
			assertThat(op.getValue().path("summary").asText("")).as(where + " summary").isNotBlank();
			assertThat(op.getValue().path("responses").path("400").path("content").has("application/problem+json"))
				.as(where + " problem response")
				.isTrue();
		}));
	}
}
