package org.chainchief.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.BodyInserters;

/** What the page relies on: /api/v1/me, the form login with its session cookie, CSRF, logout, no Basic popup. */
class BrowserSignInTest extends IntegrationTest {

	@Test
	void formLoginSessionCsrfAndLogout() {
		cypher("CREATE (:Cluster {id: 'semi', name: '半导体'})");
		anonymous().get().uri("/api/v1/me").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.authenticated").isEqualTo(false).jsonPath("$.roles").isEmpty();

		anonymous().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "chief-semi").with("password", "wrong"))
			.exchange().expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "FormLogin realm=\"chain-chief\"");

		var login = anonymous().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "chief-semi").with("password", PASSWORD))
			.exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.username").isEqualTo("chief-semi")
			.jsonPath("$.clusters[0]").isEqualTo("semi")
			.jsonPath("$.authenticated").isEqualTo(true)
			.returnResult();
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();

		var me = anonymous().get().uri("/api/v1/me").cookie("SESSION", session.getValue()).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("CHIEF").returnResult();
		ResponseCookie xsrf = me.getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(xsrf).as("the CSRF cookie on an answer").isNotNull();
		assertThat(xsrf.isHttpOnly()).isFalse();

		Map<String, Object> cluster = Map.of("id", "semi", "name", "半导体全链条");
		anonymous().put().uri("/api/v1/clusters/semi").cookie("SESSION", session.getValue())
			.contentType(MediaType.APPLICATION_JSON).bodyValue(cluster).exchange()
			.expectStatus().isForbidden().expectBody().jsonPath("$.errors[0].field").isEqualTo("X-XSRF-TOKEN");
		anonymous().put().uri("/api/v1/clusters/semi").cookie("SESSION", session.getValue())
			.cookie("XSRF-TOKEN", xsrf.getValue()).header("X-XSRF-TOKEN", xsrf.getValue())
			.contentType(MediaType.APPLICATION_JSON).bodyValue(cluster).exchange().expectStatus().isOk();

		anonymous().post().uri("/logout").cookie("SESSION", session.getValue()).cookie("XSRF-TOKEN", xsrf.getValue())
			.header("X-XSRF-TOKEN", xsrf.getValue()).exchange().expectStatus().isNoContent();
		anonymous().get().uri("/api/v1/me").cookie("SESSION", session.getValue()).exchange()
			.expectBody().jsonPath("$.authenticated").isEqualTo(false);
	}

	@Test
	void aBasicRequestIsSignedInOnItsOwnAndLeavesNoSession() {
		for (int i = 0; i < 3; i++) {
			var answer = as("analyst").get().uri("/api/v1/clusters").exchange().expectStatus().isOk().returnResult(String.class);
			assertThat(answer.getResponseCookies().get("SESSION")).as("no session for a Basic request").isNull();
		}
	}

	@Test
	void aFetchCallIsNotOfferedBasicAndABrowserBasicWriteNeedsTheToken() {
		var plain = anonymous().get().uri("/api/v1/clusters").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.returnResult(byte[].class);
		assertThat(plain.getResponseHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).anyMatch(v -> v.startsWith("Basic"))
			.anyMatch(v -> v.startsWith("ApiKey"));
		var xhr = anonymous().get().uri("/api/v1/clusters").header("X-Requested-With", "XMLHttpRequest").exchange()
			.expectStatus().isUnauthorized().returnResult(byte[].class);
		assertThat(xhr.getResponseHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNotEmpty()
			.noneMatch(v -> v.startsWith("Basic"));
		// Cached Basic credentials replayed by a browser (it sends Origin) need the CSRF token too.
		web.post().uri("/api/v1/clusters").header(HttpHeaders.ORIGIN, "https://evil.example")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "x", "name", "x")).exchange()
			.expectStatus().isForbidden();
		assertThat(cypher("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n").asLong()).isZero();
	}
}
