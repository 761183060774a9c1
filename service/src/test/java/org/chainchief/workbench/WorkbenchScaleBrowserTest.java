package org.chainchief.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * A generated chain of 300 links and 400 supply edges stays usable: every link is drawn, zoom and pan are on, a
 * click opens a link. The time to render is recorded (target/screenshots/timings-300.txt), not asserted.
 */
class WorkbenchScaleBrowserTest extends IntegrationTest {

	static final String STAGES[] = { "UPSTREAM", "MIDSTREAM", "DOWNSTREAM" };

	@LocalServerPort
	int port;

	/** 300 links (100 per stage), each feeding two of the next stage, and 150 enterprises (half local). */
	static String chain300() {
		StringBuilder out = new StringBuilder();
		out.append("{\"kind\":\"cluster\",\"id\":\"scale\",\"name\":\"规模测试链\",\"nameEn\":\"Scale test chain\",\"chief\":\"测试\"}\n");
		for (int s = 0; s < 3; s++) {
			for (int i = 0; i < 100; i++) {
				out.append("{\"kind\":\"link\",\"id\":\"s").append(s).append('.').append(i).append("\",\"name\":\"环节")
					.append(s).append('-').append(i).append("\",\"stage\":\"").append(STAGES[s])
					.append("\",\"clusters\":[\"scale\"],\"chokepoint\":").append(i % 37 == 0).append("}\n");
			}
		}
		for (int s = 0; s < 2; s++) {
			for (int i = 0; i < 100; i++) {
				out.append("{\"kind\":\"feeds\",\"from\":\"s").append(s).append('.').append(i).append("\",\"to\":\"s").append(s + 1).append('.').append(i).append("\"}\n");
				out.append("{\"kind\":\"feeds\",\"from\":\"s").append(s).append('.').append(i).append("\",\"to\":\"s").append(s + 1).append('.').append((i * 7 + 3) % 100).append("\"}\n");
			}
		}
		for (int e = 0; e < 150; e++) {
			out.append("{\"kind\":\"enterprise\",\"id\":\"E").append(e).append("\",\"name\":\"企业").append(e)
				.append("\",\"local\":").append(e % 2 == 0).append(",\"revenue\":").append(1000 + e * 100).append("}\n");
			out.append("{\"kind\":\"operates\",\"enterprise\":\"E").append(e).append("\",\"link\":\"s").append(e % 3).append('.').append((e * 2) % 100).append("\"}\n");
			out.append("{\"kind\":\"operates\",\"enterprise\":\"E").append(e).append("\",\"link\":\"s").append((e + 1) % 3).append('.').append((e * 5 + 1) % 100).append("\"}\n");
		}
		return out.toString();
	}

	@Test
	void aChainOfThreeHundredLinksIsDrawnAndUsable() throws IOException {
		Browser.assumeInstalled();
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(chain300())
			.exchange().expectStatus().isOk();
		try (Browser browser = Browser.start()) {
			browser.signIn("http://127.0.0.1:" + port + "/", "admin", PASSWORD);
			StringBuilder timings = new StringBuilder("run\tpanorama ms (300 links, 400 feeds)\n");
			for (int run = 1; run <= 3; run++) {
				browser.go("http://127.0.0.1:" + port + "/#/c/scale");
				browser.reload();
				browser.await(d -> browser.js("return (window.workbenchTimings || []).some(t => t.name === 'view:panorama')"));
				timings.append(run).append('\t').append(browser.js("return window.workbenchTimings.find(t => t.name === 'view:panorama').ms")).append('\n');
			}
			Files.createDirectories(Browser.SCREENSHOTS);
			Files.writeString(Browser.SCREENSHOTS.resolve("timings-300.txt"), timings.toString());

			WebElement chart = browser.driver.findElement(By.cssSelector("[data-testid=panorama]"));
			Number nodes = (Number) browser.js("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data.filter(d => d.linkId).length", chart);
			Number edges = (Number) browser.js("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].links.length", chart);
			assertThat(nodes.intValue()).isEqualTo(300);
			assertThat(edges.intValue()).isEqualTo(400);
			assertThat(browser.js("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].roam", chart)).isEqualTo(true);
			assertThat(browser.driver.findElements(By.cssSelector("[data-testid=gap-list] li"))).isNotEmpty();
			browser.screenshot("11-panorama-300", false);

			// Still usable: a gap in the list opens its link page with its figures.
			browser.driver.findElement(By.cssSelector("[data-testid=gap-list] li")).click();
			browser.wait.until(ExpectedConditions.urlContains("/link/"));
			browser.wait.until(d -> !d.findElements(By.cssSelector("[data-testid=link-title]")).isEmpty());
		}
	}
}
