package dk.kulturpuls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * The system Chromium driven by Playwright, one per JVM. Browser tests open a fresh context per test, check
 * every page they visit with axe-core (no serious or critical violation) and keep screenshots under
 * target/screenshots/.
 */
public final class Browser {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static Playwright playwright;
	private static com.microsoft.playwright.Browser browser;

	private Browser() {
	}

	public static synchronized BrowserContext newContext() {
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Path.of(System.getProperty("kulturpuls.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
			// No shutdown hook: the Playwright driver ends with the JVM and takes Chromium with it.
		}
		return browser.newContext(new NewContextOptions().setLocale("da-DK").setTimezoneId("Europe/Copenhagen"));
	}

	/** Logs in on the login page at {@code baseUrl} (e.g. "http://127.0.0.1:8080") as a user with a password. */
	public static void logIn(Page page, String baseUrl, String username, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		page.waitForLoadState();
	}

	/** Asserts that axe-core finds no serious or critical violation of WCAG 2.1 A/AA on the page. */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> severe = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(severe).as("axe violations on %s", page.url()).isEmpty();
	}

	/** Saves a full-page screenshot as target/screenshots/NAME.png. */
	public static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
	}
}
