package org.chainchief.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven through its own ChromeDriver: both paths are given explicitly, so Selenium never
 * looks for (or downloads) a browser or driver. Absent locally, the browser tests are skipped with a message; under
 * CI (CI=true) their absence fails the run.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("workbench.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("workbench.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final ChromeDriver driver;

	final WebDriverWait wait;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		// A view re-renders as its answers arrive: an element found a moment ago may be replaced before it is read.
		this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(60))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	/** Skips (locally) or fails (CI=true) when Chromium or ChromeDriver is not installed. */
	static void assumeInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "): apt-get install -y chromium chromium-driver";
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		Assumptions.assumeTrue(installed, message);
	}

	static Browser start() throws IOException {
		assumeInstalled();
		Path profile = Files.createTempDirectory("workbench-chromium-");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--lang=zh-CN",
				"--window-size=1366,768", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(Files.createDirectories(Path.of("target")).resolve("chromedriver.log").toFile())
			.withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.INFO) // commands and answers, with times: what a hang waited on
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile);
	}

	/**
	 * Signs the browser in as a demo account through the page's own sign-in route ({@code POST /login}, as the login
	 * form does): the session cookie then carries every later request. {@code base} is the page's URL. The sign-in
	 * is posted from a static file of the origin, not from the workbench: a workbench page loaded here would start its
	 * view's requests signed out (401s that open its sign-in dialog) or under the session the sign-in replaces.
	 */
	void signIn(String base, String user, String password) {
		go(base + "i18n/zh.json");
		Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' };
				const token = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
				if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token[1]);
				fetch(arguments[2] + 'login', { method: 'POST', credentials: 'same-origin', headers,
				    body: new URLSearchParams({ username: arguments[0], password: arguments[1] }) })
				  .then(r => done(r.status), e => done(String(e)));
				""", user, password, base);
		if (!Long.valueOf(200).equals(status)) {
			throw new IllegalStateException("Signing in as " + user + " answered " + status);
		}
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** Requests seen in Chrome's performance log (CDP Network events), by request id, in order; drained by {@link #drain()}. */
	private final java.util.Map<String, String[]> network = new java.util.LinkedHashMap<>();

	private final List<String> requested = new ArrayList<>();

	/** Reads Chrome's performance log (ChromeDriver buffers it until read) into the request table. */
	private void drain() {
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			String method = message.path("method").asString();
			JsonNode params = message.path("params");
			String id = params.path("requestId").asString();
			switch (method) {
				case "Network.requestWillBeSent" -> {
					String url = params.path("request").path("url").asString();
					requested.add(url);
					if ("Document".equals(params.path("type").asString())) {
						network.clear(); // a new page: what the old one had pending is gone with it
					}
					network.put(id, new String[] { params.path("request").path("method").asString() + " " + url, "pending" });
				}
				case "Network.requestWillBeSentExtraInfo" -> network.computeIfPresent(id, (k, v) -> v[1].equals("pending") ? new String[] { v[0], "pending, sent" } : v);
				case "Network.responseReceived" -> network.computeIfPresent(id, (k, v) -> new String[] { v[0], "pending, answered " + params.path("response").path("status").asInt() });
				case "Network.loadingFinished" -> network.computeIfPresent(id, (k, v) -> new String[] { v[0], "finished" });
				case "Network.loadingFailed" -> network.computeIfPresent(id, (k, v) -> new String[] { v[0],
						"failed " + params.path("errorText").asString() });
				default -> { }
			}
		}
	}

	/** Every URL the page requested since the last call (Chrome's performance log, CDP Network.requestWillBeSent). */
	List<String> requestedUrls() {
		drain();
		List<String> urls = new ArrayList<>(requested);
		requested.clear();
		return urls;
	}

	/** What the page is waiting for: its ready state, an open dialog, and the requests with no end in the log yet. */
	String diagnosis() {
		drain();
		StringBuilder out = new StringBuilder("readyState=").append(js("return document.readyState"))
			.append(", url=").append(driver.getCurrentUrl())
			.append(", open dialog=").append(js("return !!document.querySelector('dialog[open]')"))
			.append("\nrequests with no end:");
		network.values().stream().filter(v -> v[1].startsWith("pending")).forEach(v -> out.append("\n  ").append(v[0]).append(" (").append(v[1]).append(')'));
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (!entry.getMessage().contains("Content Security Policy")) {
				out.append("\nconsole: ").append(entry.getMessage());
			}
		}
		// The server runs in this JVM: what its request threads are doing.
		for (var info : java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
			String name = info.getThreadName();
			if (name.startsWith("webflux-http") || name.startsWith("reactor-http") || name.startsWith("boundedElastic")
					|| name.startsWith("parallel")) {
				out.append("\nthread ").append(name).append(' ').append(info.getThreadState());
				for (StackTraceElement frame : java.util.Arrays.copyOf(info.getStackTrace(), Math.min(8, info.getStackTrace().length))) {
					out.append("\n    at ").append(frame);
				}
			}
		}
		return out.toString();
	}

	/** Loads a page; when it does not load, the failure says what it was waiting for. */
	void go(String url) {
		drain(); // ChromeDriver keeps the performance log until it is read: read it as we go
		try {
			driver.get(url);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new org.openqa.selenium.TimeoutException(ex.getMessage() + "\n" + diagnosis(), ex);
		}
	}

	/** Loads the page again (a route change alone keeps the page); on a time-out, says what it was waiting for. */
	void reload() {
		drain();
		try {
			driver.navigate().refresh();
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new org.openqa.selenium.TimeoutException(ex.getMessage() + "\n" + diagnosis(), ex);
		}
	}

	/** Waits for a condition; when it does not come, the failure says what the page was waiting for. */
	<T> T await(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		try {
			return wait.until(condition);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new org.openqa.selenium.TimeoutException(ex.getMessage() + "\n" + diagnosis(), ex);
		}
	}

	/** Saves what a person sees at 1366×768 (full = the whole page, as tall as it is). */
	Path screenshot(String name, boolean full) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Dimension size = driver.manage().window().getSize();
		if (full) {
			long height = ((Number) js("return Math.min(3000, document.documentElement.scrollHeight)")).longValue();
			driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(768, height + 100)));
		}
		byte[] png = driver.getScreenshotAs(OutputType.BYTES);
		if (full) {
			driver.manage().window().setSize(size);
		}
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, png);
		return file;
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
