package org.chainchief.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A one-value query parameter given twice is a 400 naming it; list parameters still repeat. */
class RepeatedParameterTest extends IntegrationTest {

	@Test
	void aOneValueParameterGivenTwiceIsRefusedNamingIt() {
		web.get().uri("/api/v1/enterprises?size=1&size=50").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("size")
			.jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).startsWith("is given 2 times"));
	}

	@Test
	void listParametersMayRepeat() {
		web.post().uri("/api/v1/clusters").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"c1\",\"name\":\"集群\"}").exchange().expectStatus().isCreated();
		web.get().uri("/api/v1/clusters/c1/gaps?status=MISSING&status=WEAK").exchange().expectStatus().isOk();
	}

	@Test
	void theListsAreTheContractsListParameters() {
		JsonNode api = JsonMapper.builder().build().readTree(web.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
		Set<String> lists = new TreeSet<>();
		for (JsonNode path : api.get("paths")) {
			for (JsonNode operation : path) {
				for (JsonNode parameter : operation.path("parameters")) {
					JsonNode type = parameter.path("schema").path("type");
					boolean list = type.isArray() ? type.toString().contains("\"array\"") : "array".equals(type.asString());
					if ("query".equals(parameter.path("in").asString()) && list) {
						lists.add(parameter.path("name").asString());
					}
				}
			}
		}
		assertThat(lists).isEqualTo(new TreeSet<>(RepeatedParameterFilter.LISTS));
	}
}
