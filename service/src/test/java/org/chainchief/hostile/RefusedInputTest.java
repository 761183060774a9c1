package org.chainchief.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Consumer;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The cases the hostile-input property found, pinned: URLs the firewall refuses and JSON of the wrong type are
 * 400 problems naming the field and the reason, not empty answers, 500s or silent conversions.
 */
class RefusedInputTest extends IntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void anEncodedPercentInThePathIsAProblemNamingTheUrl() {
		refused(get("/api/v1/clusters/%2500"), "url", reason -> assertThat(reason).contains("%25"))
			.jsonPath("$.type").isEqualTo("/problems/invalid-request");
	}

	@Test
	void aControlCharacterInAParameterNameIsAProblemNotAFailure() {
		refused(get("/api/v1/enterprises?q%0A=x"), "url", reason -> assertThat(reason).contains("parameter name"));
	}

	@Test
	void aBooleanWhereAStringIsDeclaredIsRefusedNamingTheField() {
		refused(post("/api/v1/clusters", "{\"id\":false,\"name\":\"半导体\"}"), "id",
				reason -> assertThat(reason).isEqualTo("must be a string (got 'false')"));
		web.get().uri("/api/v1/clusters").exchange().expectStatus().isOk().expectBody().json("[]");
	}

	@Test
	void textWhereANumberIsDeclaredIsRefusedNamingTheField() {
		refused(post("/api/v1/enterprises", "{\"id\":\"E-1\",\"name\":\"中欣晶圆\",\"local\":true,\"revenue\":\"12\"}"),
				"revenue", reason -> assertThat(reason).isEqualTo("must be a number (got '12')"));
	}

	@Test
	void aQueryValueOfTheWrongTypeSaysWhatItMustBe() {
		refused(get("/api/v1/enterprises?size=x"), "size",
				reason -> assertThat(reason).isEqualTo("must be a whole number (got 'x')"));
	}

	@Test
	void aSingleQueryParameterOfTheWrongTypeSaysWhatItMustBe() {
		refused(get("/api/v1/audit?page=-4497651692004057726"), "page",
				reason -> assertThat(reason).isEqualTo("must be a whole number (got '-4497651692004057726')"));
	}

	@Test
	void numbersInOtherNotationsThanDecimalAreRefusedNamingTheParameter() {
		for (String page : new String[] { "0x1F", "%231F", "1e1", "NaN" }) {
			refused(get("/api/v1/enterprises?page=" + page), "page",
					reason -> assertThat(reason).startsWith("must be a whole number"));
		}
		web.get().uri("/api/v1/enterprises?page=010&size=20").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.page").isEqualTo(10);
	}

	/** A GET of exactly this target (not re-encoded on the way). */
	private WebTestClient.ResponseSpec get(String target) {
		return web.get().uri(URI.create("http://127.0.0.1:" + port + target)).exchange();
	}

	private WebTestClient.ResponseSpec post(String path, String json) {
		return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	/** A 400 problem whose first error names {@code field}, with a reason that passes {@code reason}. */
	private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, String field,
			Consumer<String> reason) {
		return response.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo(field)
			.jsonPath("$.errors[0].reason").value(value -> reason.accept((String) value));
	}
}
