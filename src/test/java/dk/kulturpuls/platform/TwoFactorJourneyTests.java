package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * A reviewer switches on two-factor login in a real browser, keeps the recovery codes, logs out and logs in again
 * with the code the app would show (computed here from the secret on the page), by keyboard; every page passes axe.
 */
@ApplicationTest
class TwoFactorJourneyTests {

	static final String PASSWORD = "en-lang-adgangskode";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	BrowserContext context;
	Page page;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	@Test
	void aReviewerEnrolsAnAppLogsOutAndLogsInWithACodeFromIt() {
		String username = "rejse-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Rikke Rejse", username + "@test.kulturpuls.invalid", PASSWORD,
				EnumSet.of(Role.REVIEWER));
		Browser.logIn(page, url(""), username, PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/reviewer$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Totrinsbekræftelse")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Totrinsbekræftelse");
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("QR-kode"))))
			.isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "two-factor-enrol");
		String secret = page.locator("#secret").innerText().replace(" ", "");

		// by keyboard: focus the code field from its label, type and press Enter
		page.getByLabel("Kode", new Page.GetByLabelOptions().setExact(true)).focus();
		page.keyboard().type(TotpCodes.code(secret, 0));
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Totrinsbekræftelse er slået til");
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "two-factor-recovery-codes");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jeg har gemt koderne – fortsæt")).click();
		assertThat(page).hasURL(Pattern.compile(".*/reviewer$"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
		assertThat(page.getByText("Du er logget ud.")).isVisible();

		Browser.logIn(page, url(""), username, PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Indtast din kode");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedømmelser")))
			.hasCount(0);
		Browser.assertAccessible(page);

		page.getByLabel("Kode", new Page.GetByLabelOptions().setExact(true)).fill(TotpCodes.wrong(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsæt")).click();
		assertThat(page.locator("#code-error")).containsText("Koden er forkert");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "two-factor-wrong-code");

		page.getByLabel("Kode", new Page.GetByLabelOptions().setExact(true)).fill(TotpCodes.code(secret, 1));
		page.getByLabel("Kode", new Page.GetByLabelOptions().setExact(true)).press("Enter");
		assertThat(page).hasURL(Pattern.compile(".*/reviewer$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bedømmelser");
		assertThat(page.getByText("Logget ind som " + username)).isVisible();
	}
}
