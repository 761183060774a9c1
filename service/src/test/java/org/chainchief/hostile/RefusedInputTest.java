package org.chainchief.hostile;

import java.net.URI;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The cases the hostile-input property found, pinned: URLs the firewall refuses and JSON of the wrong type are
 * 400 problems naming the field and the reason, not empty answers, 500s or silent conversions.
 */
class RefusedInputTest extends IntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void anEncodedPercentInThePathIsAProblemNamingTheUrl() {
		web.get().uri(URI.create("http://127.0.0.1:" + port + "/api/v1/clusters/%2500")).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/invalid-request")
			.jsonPath("$.errors[0].field").isEqualTo("url")
			.jsonPath("$.errors[0].reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason)
				.contains("%25"));
	}

	@Test
	void aControlCharacterInAParameterNameIsAProblemNotAFailure() {
		web.get().uri(URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises?q%0A=x")).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("url")
			.jsonPath("$.errors[0].reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason)
				.contains("parameter name"));
	}

	@Test
	void aBooleanWhereAStringIsDeclaredIsRefusedNamingTheField() {
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":false,\"name\":\"半导体\"}").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("id")
			.jsonPath("$.errors[0].reason").isEqualTo("must be a string (got 'false')");
		web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk().expectBody().json("[]");
	}

	@Test
	void textWhereANumberIsDeclaredIsRefusedNamingTheField() {
		web.post().uri("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"E-1\",\"name\":\"中欣晶圆\",\"local\":true,\"revenue\":\"12\"}").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("revenue")
			.jsonPath("$.errors[0].reason").isEqualTo("must be a number (got '12')");
	}

	@Test
	void aQueryValueOfTheWrongTypeSaysWhatItMustBe() {
		web.get().uri("/api/v1/enterprises?size=x").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("size")
			.jsonPath("$.errors[0].reason").isEqualTo("must be a whole number (got 'x')");
	}

	@Test
	void aSingleQueryParameterOfTheWrongTypeSaysWhatItMustBe() {
		web.get().uri("/api/v1/audit?page=-4497651692004057726").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("page")
			.jsonPath("$.errors[0].reason").isEqualTo("must be a whole number (got '-4497651692004057726')");
	}

	@Test
	void numbersInOtherNotationsThanDecimalAreRefusedNamingTheParameter() {
		for (String page : new String[] { "0x1F", "%231F", "1e1", "NaN" }) {
			web.get().uri(URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises?page=" + page)).exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("page")
				.jsonPath("$.errors[0].reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason)
					.startsWith("must be a whole number"));
		}
		web.get().uri("/api/v1/enterprises?page=010&size=20").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.page").isEqualTo(10);
	}
}
