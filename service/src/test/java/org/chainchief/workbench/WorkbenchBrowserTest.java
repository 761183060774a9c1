package org.chainchief.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The workbench in a real browser on the demo zone (imported through the ordinary import): the overview, the
 * panorama, a gap's recruits and their weights, what-if, the English switch, and that no request leaves the
 * service. Screenshots of every view go to target/screenshots/, the views' performance marks to timings.txt.
 */
class WorkbenchBrowserTest extends IntegrationTest {

	private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]");

	/** The page's own text: everything but data (names from the graph, marked .data) and the language switch, which names the other language in it. */
	private static final String CHROME_TEXT = """
			const copy = document.body.cloneNode(true);
			copy.querySelectorAll('.data, script, style, dialog, #lang-switch, [hidden]').forEach(e => e.remove());
			return copy.innerText;""";

	private static Browser browser;

	private static boolean demoLoaded;

	private static final Map<String, Long> TIMINGS = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			Files.createDirectories(Browser.SCREENSHOTS);
			StringBuilder out = new StringBuilder("view\tms (performance.measure, route start to rendered)\n");
			TIMINGS.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
			Files.writeString(Browser.SCREENSHOTS.resolve("timings.txt"), out.toString());
			browser.close();
		}
	}

	/** The demo zone, once for the class: the views only read it (what-if writes nothing). */
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

	private String base() {
		return "http://127.0.0.1:" + port + "/";
	}

	/** Opens a route in Chinese (or English) with a fresh what-if scenario, and waits for its view's timing mark. */
	private void open(String route, String lang, String view) {
		browser.signIn(base(), "admin", PASSWORD);
		browser.js("localStorage.setItem('workbench.lang', arguments[0]); sessionStorage.clear();", lang);
		browser.go(base() + "#/" + route);
		browser.reload();
		awaitTiming(view);
	}

	private void awaitTiming(String view) {
		browser.await(d -> browser.js("return (window.workbenchTimings || []).some(t => t.name === arguments[0])", "view:" + view));
		Number ms = (Number) browser.js("return window.workbenchTimings.filter(t => t.name === arguments[0]).pop().ms", "view:" + view);
		TIMINGS.merge(view, ms.longValue(), Math::max);
	}

	/** The texts of the elements matching css, read in one script (a view re-rendering in between cannot make them stale). */
	@SuppressWarnings("unchecked")
	private List<String> texts(String css) {
		return (List<String>) browser.js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", css);
	}

	@Test
	void overviewListsTheDemoClusters() throws IOException {
		open("", "zh", "overview");
		assertThat(browser.driver.findElements(By.cssSelector("[data-cluster]"))).hasSize(5);
		assertThat(String.join("\n", texts("[data-cluster] h3"))).contains("半导体全链条", "精密制造", "健康医药", "数字经济", "时尚产业");
		assertThat(browser.driver.findElement(By.cssSelector("[data-cluster=semiconductor]")).getText()).contains("60%");
		// This year's project figures of each cluster, as the pipeline API answers them (planned / actual per milestone).
		tools.jackson.databind.JsonNode pipeline = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
				web.get().uri("/api/v1/clusters/semiconductor/projects/pipeline").exchange().expectStatus().isOk()
					.expectBody().returnResult().getResponseBody());
		WebElement figures = browser.driver.findElement(By.cssSelector("[data-cluster=semiconductor] [data-testid=project-figures]"));
		assertThat(figures.getAttribute("data-year")).isEqualTo(pipeline.path("year").asString());
		int shown = 0;
		for (tools.jackson.databind.JsonNode y : pipeline.path("yearCounts")) {
			if (y.path("planned").asInt() + y.path("actual").asInt() > 0) {
				assertThat(figures.findElement(By.cssSelector("[data-milestone=" + y.path("milestone").asString() + "]")).getText())
					.endsWith(y.path("planned").asInt() + "/" + y.path("actual").asInt());
				shown++;
			}
		}
		assertThat(shown).as("the demo zone has project milestones this year").isPositive();
		assertThat(browser.driver.findElements(By.cssSelector("[data-testid=project-figures]"))).hasSize(5);
		browser.screenshot("01-overview", false);
		browser.screenshot("01-overview-full", true);

		// Keyboard: the cards are focusable and Enter opens one.
		WebElement card = browser.driver.findElement(By.cssSelector("[data-cluster=semiconductor]"));
		card.sendKeys(Keys.ENTER);
		browser.wait.until(ExpectedConditions.urlContains("#/c/semiconductor"));
	}

	@Test
	void panoramaShowsTheSemiconductorLinksAndAClickOpensAMissingLinksRecruits() throws IOException {
		open("c/semiconductor", "zh", "panorama");
		WebElement chart = browser.driver.findElement(By.cssSelector("[data-testid=panorama]"));
		String drawn = String.join("\n", chart.findElements(By.cssSelector("svg text")).stream().map(e -> e.getAttribute("textContent")).toList());
		assertThat(drawn).contains("光刻胶", "晶圆制造", "电子特气", "EUV光刻机", "智能装备", "上游", "中游", "下游");
		Number nodes = (Number) browser.js("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data.filter(d => d.linkId).length", chart);
		assertThat(nodes.intValue()).isEqualTo(25);
		browser.screenshot("02-panorama", false);

		// A click on the photoresist box in the drawing (MISSING) opens the link with its recruits.
		WebElement photoresist = chart.findElements(By.cssSelector("svg text")).stream()
			.filter(e -> e.getAttribute("textContent").endsWith("光刻胶")).findFirst().orElseThrow();
		new Actions(browser.driver).moveToElement(photoresist).click().perform();
		browser.wait.until(ExpectedConditions.urlContains("/link/semi.photoresist"));
		awaitTiming("link");
		browser.wait.until(d -> !recruitOrder().isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=link-title]")).getText()).contains("光刻胶", "缺失");
		assertThat(recruitOrder()).containsExactlyInAnyOrder("信越化学", "东京应化", "杜邦", "南大光电");
		browser.screenshot("03-link", false);
		browser.screenshot("03-link-full", true);
	}

	private List<String> recruitOrder() {
		return texts("[data-testid=recruits] tbody tr .recruit-name");
	}

	@Test
	void weightSlidersAndPreferredRegionsReRankTheRecruits() throws IOException {
		open("c/semiconductor/link/semi.photoresist", "zh", "link");
		browser.wait.until(d -> recruitOrder().size() == 4);
		assertThat(recruitOrder().get(0)).isEqualTo("信越化学");

		// Market share weight to its maximum (End on the slider): TOK's 25 % share puts it first.
		browser.driver.findElement(By.id("w-wShare")).sendKeys(Keys.END);
		browser.wait.until(d -> "东京应化".equals(recruitOrder().get(0)));

		// Back to the defaults, then prefer the Yangtze River Delta strongly: Nata (Jiangsu) comes first.
		browser.driver.findElement(By.xpath("//button[text()='恢复默认']")).click();
		browser.wait.until(d -> "信越化学".equals(recruitOrder().get(0)));
		browser.driver.findElement(By.xpath("//button[text()='长三角']")).click();
		browser.driver.findElement(By.id("w-wRegion")).sendKeys(Keys.END);
		browser.wait.until(d -> "南大光电".equals(recruitOrder().get(0)));
		browser.screenshot("04-link-weights", true);
	}

	@Test
	void aWhatIfTickChangesTheCompleteness() throws IOException {
		open("c/semiconductor/what-if", "zh", "whatif");
		By after = By.cssSelector("[data-testid=completeness-after]");
		browser.wait.until(d -> "60%".equals(d.findElement(after).getText()));
		browser.driver.findElement(By.cssSelector("[data-testid=whatif-recruits] input[data-enterprise=E-ext-ndgd]")).click();
		browser.wait.until(d -> "64%".equals(d.findElement(after).getText()));
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=whatif-changed]")).getText()).contains("光刻胶", "电子特气");
		browser.screenshot("05-whatif", true);

		// A removal as well: 正帆科技 leaves; its three buyers are orphaned. Then clear everything.
		browser.driver.findElement(By.cssSelector("[data-testid=whatif-removals] input[data-enterprise=E-semi-zfkj]")).click();
		browser.wait.until(d -> d.findElement(By.cssSelector("[data-testid=whatif-result]")).getText().contains("旺荣半导体"));
		browser.js("window.scrollTo(0, 0)"); // the button sits at the top of the page, under the sticky bar when scrolled
		browser.driver.findElement(By.cssSelector("[data-testid=whatif-clear]")).click();
		browser.wait.until(d -> "60%".equals(d.findElement(after).getText()));
	}

	@Test
	void impactSearchAndTheViewsOfLaterFeatures() throws IOException {
		open("impact/E-semi-zfkj", "zh", "impact");
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=impact-orphans]")).getText()).contains("广芯微", "丽芯外延", "旺荣半导体");
		browser.screenshot("06-impact", false);
		browser.screenshot("06-impact-full", true);

		open("search?q=" + java.net.URLEncoder.encode("晶圆", StandardCharsets.UTF_8) + "&open=E-semi-zxjy", "zh", "search");
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=search-results]")).getText()).contains("中欣晶圆");
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=search-detail]")).getText()).contains("中欣晶圆", "12英寸抛光片");
		browser.screenshot("07-search", false);

		open("search?q=zxjy", "zh", "search");
		assertThat(browser.driver.findElement(By.cssSelector("[data-testid=search-results]")).getText()).contains("中欣晶圆");

		// Mind map and targets: until their endpoints exist, each says so instead of failing.
		open("c/semiconductor/mindmap", "zh", "mindmap");
		assertThat(browser.driver.findElement(By.id("main")).getText()).containsAnyOf("暂未开放", "思维导图");
		browser.screenshot("08-mindmap", false);
		open("c/semiconductor/targets", "zh", "targets");
		browser.screenshot("09-targets", false);
	}

	@Test
	void theEnglishSwitchChangesEveryVisibleLabel() throws IOException {
		Map<String, String> views = new LinkedHashMap<>();
		views.put("", "overview");
		views.put("c/semiconductor", "panorama");
		views.put("c/semiconductor/link/semi.photoresist", "link");
		views.put("c/semiconductor/what-if", "whatif");
		views.put("impact/E-semi-zfkj", "impact");
		views.put("search?q=zx", "search");
		views.put("c/semiconductor/mindmap", "mindmap");
		views.put("c/semiconductor/targets", "targets");
		List<String> keys = new ArrayList<>(Messages.keys("en"));
		for (var view : views.entrySet()) {
			open(view.getKey(), "zh", view.getValue());
			String chinese = (String) browser.js(CHROME_TEXT);
			assertThat(CJK.matcher(chinese).find()).as("Chinese labels on %s", view.getValue()).isTrue();
			browser.js("window.workbenchTimings = []");
			browser.driver.findElement(By.id("lang-switch")).click();
			browser.wait.until(d -> "en".equals(browser.js("return document.documentElement.lang")));
			awaitTiming(view.getValue());
			browser.wait.until(d -> browser.driver.findElements(By.cssSelector(".state.loading")).isEmpty());
			String english = (String) browser.js(CHROME_TEXT);
			assertThat(CJK.matcher(english).results().map(m -> m.group()).distinct().toList())
				.as("CJK characters left in the labels of %s:\n%s", view.getValue(), english).isEmpty();
			assertThat(keys).as("message keys shown raw on %s", view.getValue()).noneMatch(english::contains);
			assertThat(browser.driver.findElement(By.id("lang-switch")).getText()).isEqualTo("中文");
			if (view.getValue().equals("overview") || view.getValue().equals("link")) {
				browser.screenshot("10-english-" + view.getValue(), false);
			}
		}
	}

	@Test
	void noRequestLeavesTheService() throws IOException {
		browser.requestedUrls(); // forget what earlier tests requested
		for (String[] view : new String[][] { { "", "overview" }, { "c/semiconductor", "panorama" },
				{ "c/semiconductor/link/semi.photoresist", "link" }, { "c/semiconductor/what-if", "whatif" },
				{ "impact/E-semi-zfkj", "impact" }, { "search?q=zx", "search" }, { "c/semiconductor/mindmap", "mindmap" } }) {
			open(view[0], "en", view[1]);
		}
		List<String> urls = browser.requestedUrls();
		assertThat(urls).as("requests seen").anyMatch(u -> u.contains("/webjars/echarts/")).anyMatch(u -> u.contains("/api/v1/clusters"));
		assertThat(urls).allSatisfy(u -> {
			URI uri = URI.create(u);
			if (uri.getScheme().equals("http") || uri.getScheme().equals("https") || uri.getScheme().equals("ws") || uri.getScheme().equals("wss")) {
				assertThat(uri.getHost()).as(u).isEqualTo("127.0.0.1");
				assertThat(uri.getPort()).as(u).isEqualTo(port);
			}
			else {
				assertThat(uri.getScheme()).as(u).isIn("data", "blob", "about", "chrome");
			}
		});
	}
}
