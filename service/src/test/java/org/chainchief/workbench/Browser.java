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
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
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
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile);
	}

	/**
	 * Signs the browser in as a demo account through the page's own sign-in route ({@code POST /login}, as the login
	 * form does): the session cookie then carries every later request. {@code base} is the page's URL.
	 */
	void signIn(String base, String user, String password) {
		driver.get(base);
		Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' };
				const token = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
				if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token[1]);
				fetch('login', { method: 'POST', credentials: 'same-origin', headers,
				    body: new URLSearchParams({ username: arguments[0], password: arguments[1] }) })
				  .then(r => done(r.status), e => done(String(e)));
				""", user, password);
		if (!Long.valueOf(200).equals(status)) {
			throw new IllegalStateException("Signing in as " + user + " answered " + status);
		}
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** Every URL the page requested since the last call (Chrome's performance log, CDP Network.requestWillBeSent). */
	List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
				urls.add(message.path("params").path("request").path("url").asString());
			}
		}
		return urls;
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
