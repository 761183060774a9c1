package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integration test that starts from an NDJSON fixture in {@code src/test/resources/fixtures/}, loaded through
 * the import endpoint ({@code POST /api/v1/import}) like any client's data; every line must be accepted.
 */
public abstract class FixtureTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	/** Imports {@code fixtures/<name>} and checks that no line was rejected. */
	protected void load(String name) {
		byte[] ndjson;
		try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			ndjson = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonNode report = json(web.post()
			.uri("/api/v1/import")
			.contentType(NDJSON)
			.bodyValue(ndjson)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(report.get("rejected")).as("lines of %s rejected by the import", name).isEmpty();
		assertThat(report.get("accepted").asLong()).isPositive();
	}

	/** GET {@code uri}, expecting 200 with a JSON body. */
	protected JsonNode getJson(String uri) {
		byte[] body = web.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	/** GET {@code uri}, expecting a problem with this status; returns the problem body. */
	protected JsonNode getProblem(String uri, int status) {
		byte[] body = web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	protected static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}
}
