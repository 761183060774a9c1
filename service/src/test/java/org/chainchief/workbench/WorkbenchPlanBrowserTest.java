package org.chainchief.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-place editing of a cluster's targets, measures, projects and teams: the chief of the cluster edits (the write
 * is read back through the API), an invalid value shows the API's reason beside its field, and the chief of another
 * cluster sees the same lists with no edit control.
 */
class WorkbenchPlanBrowserTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TARGET = "G-semi-001";

	private static Browser browser;

	private static boolean demoLoaded;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	/** The demo zone, once for the class (the tests edit different fields of it). */
	@Override
	@BeforeEach
	protected void emptyGraph() {
		if (demoLoaded) {
			return;
		}
		super.emptyGraph();
		byte[] demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/demo-zone.ndjson")) {
			demo = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(demo)
			.exchange().expectStatus().isOk();
		demoLoaded = true;
	}

	private void openTargets(String user) {
		String base = "http://127.0.0.1:" + port + "/";
		browser.signIn(base, user, PASSWORD);
		browser.js("localStorage.setItem('workbench.lang', 'zh'); window.workbenchTimings = []");
		browser.go(base + "#/c/semiconductor/targets");
		browser.reload();
		browser.await(d -> browser.js("return (window.workbenchTimings || []).some(t => t.name === 'view:targets')"));
	}

	private WebElement target() {
		return browser.driver.findElement(By.cssSelector("[data-list=targets] [data-item=" + TARGET + "]"));
	}

	private JsonNode targetFromApi() {
		byte[] body = web.get().uri("/api/v1/clusters/semiconductor/targets/" + TARGET).exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return JSON.readTree(body);
	}

	@Test
	void theChiefEditsATargetInPlaceAndTheSavedValueIsShown() throws IOException {
		assertThat(targetFromApi().path("value").asDouble()).isEqualTo(200.0);
		openTargets("chief-semiconductor");
		target().findElement(By.cssSelector("[data-action=edit]")).click();
		WebElement value = target().findElement(By.name("value"));
		assertThat(value.getAttribute("value")).isEqualTo("200");
		value.clear();
		value.sendKeys("215");
		browser.screenshot("12-targets-editing", false);
		target().findElement(By.cssSelector("button[type=submit]")).click();

		// The list is read again: the item shows its new figure, and the API answers it.
		browser.await(d -> !d.findElements(By.cssSelector("[data-list=targets] [data-item=" + TARGET + "].saved")).isEmpty());
		assertThat(target().findElement(By.cssSelector("[data-testid=item-figures]")).getText()).contains("215");
		JsonNode saved = targetFromApi();
		assertThat(saved.path("value").asDouble()).isEqualTo(215.0);
		// Nothing else of the record was lost by the replace (PUT): the other fields are as imported.
		assertThat(saved.path("name").asString()).isEqualTo("半导体全链条产值");
		assertThat(saved.path("baseline").asDouble()).isEqualTo(120.0);
		assertThat(saved.path("current").asDouble()).isEqualTo(136.0);
		assertThat(saved.path("currentAt").asString()).isEqualTo("2026-06-30");
		assertThat(saved.path("year").asInt()).isEqualTo(2027);
		browser.screenshot("13-targets-saved", false);
	}

	@Test
	void anInvalidValueShowsTheApisReasonBesideTheField() throws IOException {
		// The API's own reason for a year out of range, asked directly.
		byte[] problem = as("chief-semiconductor").put().uri("/api/v1/clusters/semiconductor/targets/" + TARGET)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", TARGET, "name", "半导体全链条产值", "year", 3000))
			.exchange().expectStatus().isBadRequest().expectBody().returnResult().getResponseBody();
		JsonNode error = JSON.readTree(problem).path("errors").path(0);
		assertThat(error.path("field").asString()).isEqualTo("year");
		String reason = error.path("reason").asString();
		assertThat(reason).isNotBlank();

		openTargets("chief-semiconductor");
		target().findElement(By.cssSelector("[data-action=edit]")).click();
		WebElement year = target().findElement(By.name("year"));
		year.clear();
		year.sendKeys("3000");
		target().findElement(By.cssSelector("button[type=submit]")).click();
		By beside = By.cssSelector("[data-list=targets] [data-item=" + TARGET + "] [data-error-for=year]");
		browser.await(d -> d.findElement(beside).isDisplayed());
		assertThat(browser.driver.findElement(beside).getText()).isEqualTo(reason);
		// Beside its field: the error follows the year input in the same form row.
		assertThat(browser.js("return arguments[0].parentElement.contains(arguments[1])", year, browser.driver.findElement(beside))).isEqualTo(true);
		assertThat(targetFromApi().path("year").asInt()).as("a refused write writes nothing").isEqualTo(2027);
		browser.screenshot("14-targets-field-error", false);
	}

	@Test
	void aChiefOfAnotherClusterSeesTheListsReadOnly() throws IOException {
		openTargets("chief-precision");
		assertThat(browser.driver.findElements(By.cssSelector("[data-list=targets] [data-item]"))).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("[data-action], .plan-form"))).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=plan-mode]")).getText()).contains("只读");

		// The same page for the cluster's own chief has the controls (so the check above can fail).
		openTargets("chief-semiconductor");
		assertThat(browser.driver.findElements(By.cssSelector("[data-list=measures] [data-action=edit]"))).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("[data-list=teams] [data-action=add]"))).hasSize(1);
	}
}
