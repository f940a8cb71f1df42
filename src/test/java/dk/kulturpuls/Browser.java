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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * The system Chromium driven by Playwright, one per JVM. Browser tests open a fresh context per test, check
 * every page they visit with axe-core (no serious or critical violation) and keep screenshots under
 * target/screenshots/.
 * <p>
 * Tests wait only through Playwright's auto-waiting actions and assertions on what the user sees (never on
 * sleeps). The timeouts are generous because CI runs the whole suite on a loaded 2-core machine: a wait that
 * ends early fails the build, one that ends late only when the test fails anyway.
 */
public final class Browser {

	/** How long an action (click, fill, check) or a web-first assertion waits for its element. */
	public static final double ACTION_TIMEOUT_MS = 30_000;

	/** How long a navigation (including the one a click starts) waits for its page. */
	public static final double NAVIGATION_TIMEOUT_MS = 60_000;

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
			PlaywrightAssertions.setDefaultAssertionTimeout(ACTION_TIMEOUT_MS);
		}
		BrowserContext context = browser
			.newContext(new NewContextOptions().setLocale("da-DK").setTimezoneId("Europe/Copenhagen"));
		context.setDefaultTimeout(ACTION_TIMEOUT_MS);
		context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
		return context;
	}

	/**
	 * Logs in on the login page at {@code baseUrl} (e.g. "http://127.0.0.1:8080") as a user with a password and
	 * returns when the page the login leads to (the role's start page, or the login page with its error) has
	 * loaded.
	 */
	public static void logIn(Page page, String baseUrl, String username, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		// the click only starts the form post: wait until the browser has left the bare login page
		try {
			page.waitForURL(url -> !java.net.URI.create(url).getPath().equals("/login")
					|| java.net.URI.create(url).getRawQuery() != null);
		}
		catch (com.microsoft.playwright.TimeoutError e) {
			throw new AssertionError("the login of " + username + " did not leave " + page.url() + ", which shows: "
					+ page.locator("body").innerText().replaceAll("\\s+", " "), e);
		}
		settle(page);
	}

	/**
	 * Waits until the page has loaded with its scripts, style sheets and web fonts. The design system's fonts
	 * swap in late on a loaded machine and move the layout, so a click aimed before then can land beside its
	 * target.
	 */
	public static void settle(Page page) {
		page.waitForLoadState(LoadState.LOAD);
		page.evaluate("() => document.fonts.ready.then(() => true)");
	}

	/**
	 * Checks a checkbox or radio button as the user does, by clicking it, once the page has settled, and waits
	 * until it shows as checked. Should the click still land beside it (the layout moved under the pointer), the
	 * click is repeated: what the test waits for is the state the user sees.
	 */
	public static void check(Locator control) {
		settle(control.page());
		for (int attempt = 1;; attempt++) {
			try {
				control.check();
				break;
			}
			catch (PlaywrightException e) {
				if (attempt == 3 || !String.valueOf(e.getMessage()).contains("did not change its state")) {
					throw e;
				}
				settle(control.page());
			}
		}
		PlaywrightAssertions.assertThat(control).isChecked();
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
