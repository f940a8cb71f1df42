package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * The administrator finds an account, takes a role away and blocks it; the user is logged out at once and
 * cannot log in again; the administrator cannot lock themself out; the audit trail shows the change, filters
 * and exports it.
 */
@ApplicationTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	BrowserContext adminContext;
	BrowserContext userContext;
	Page admin;
	Page user;

	@BeforeEach
	void openBrowsers() {
		adminContext = Browser.newContext();
		userContext = Browser.newContext();
		admin = adminContext.newPage();
		user = userContext.newPage();
	}

	@AfterEach
	void closeBrowsers() {
		adminContext.close();
		userContext.close();
	}

	@Test
	void theAdministratorBlocksAnAccountAndTheUserIsLoggedOutAtOnce() {
		String username = "blok-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Berit Blokeret", username + "@test.kulturpuls.invalid", "en-lang-adgangskode",
				EnumSet.of(Role.APPLICANT, Role.REVIEWER));
		logIn(user, username, "en-lang-adgangskode");
		assertThat(user).hasURL(Pattern.compile(".*/(applicant|reviewer)$"));

		logIn(admin, "admin", "demo");
		admin.navigate(url("/admin/accounts"));
		admin.getByLabel("Søg efter brugernavn, navn eller e-mail").fill(username);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).hasText("1 bruger");
		Browser.assertAccessible(admin);
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username)).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Bruger " + username);
		Browser.assertAccessible(admin);

		admin.getByLabel("Bedømmer").uncheck();
		admin.getByLabel("Brugeren kan logge ind").uncheck();
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem ændringer")).click();
		assertThat(admin.getByText("Ændringerne er gemt.")).isVisible();
		assertThat(admin.getByLabel("Bedømmer")).not().isChecked();
		assertThat(admin.getByLabel("Ansøger")).isChecked();
		assertThat(admin.getByRole(AriaRole.TABLE)).containsText("disabled");
		assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();

		// the blocked user's session ended: the next page asks for a log-in, and logging in fails
		user.navigate(url("/applicant"));
		assertThat(user).hasURL(Pattern.compile(".*/login$"));
		logIn(user, username, "en-lang-adgangskode");
		assertThat(user.getByRole(AriaRole.ALERT)).containsText("Du blev ikke logget ind");
	}

	@Test
	void theAdministratorCannotLockThemselfOut() {
		logIn(admin, "admin", "demo");
		admin.navigate(url("/admin/accounts/admin"));
		admin.getByLabel("Brugeren kan logge ind").uncheck();
		admin.getByLabel("Administrator").uncheck();
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem ændringer")).click();

		assertThat(admin.locator("#error-summary")).containsText("Du kan ikke spærre din egen bruger");
		assertThat(admin.locator("#error-summary")).containsText("Du kan ikke fjerne din egen administratorrolle");
		Browser.assertAccessible(admin);
		assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
		assertThat(accounts.find("admin").orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void theAuditTrailFiltersByCaseAndExportsWhatItShows() throws Exception {
		String username = "spor-" + UUID.randomUUID().toString().substring(0, 8);
		Accounts.AccountView account = accounts.create(username, "Søren Spor", null, "en-lang-adgangskode",
				EnumSet.of(Role.APPLICANT));
		accounts.change(username, "Søren Spor Sporsen", null, EnumSet.of(Role.APPLICANT, Role.PROJECT_LEAD), true);

		logIn(admin, "admin", "demo");
		admin.navigate(url("/admin"));
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revisionsspor").setExact(true)).click();
		admin.getByLabel("Sag", new Page.GetByLabelOptions().setExact(true)).fill(account.id().toString());
		admin.getByLabel("Fra og med dato").fill("31.02.2026");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();

		// the unreadable date is explained and kept; the rest of the filter still works
		assertThat(admin.getByText("Datoen kan ikke læses")).isVisible();
		assertThat(admin.getByLabel("Fra og med dato")).hasValue("31.02.2026");
		assertThat(admin.getByRole(AriaRole.STATUS)).hasText("2 hændelser");
		assertThat(admin.getByRole(AriaRole.TABLE)).containsText("PROJECT_LEAD");
		Browser.assertAccessible(admin);

		Download download = admin.waitForDownload(
				() -> admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent som CSV")).click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"created\"").contains("\"changed\"").contains(account.id().toString())
			.contains("PROJECT_LEAD");
		assertThat(csv.lines().count()).isEqualTo(3);
	}

	private void logIn(Page page, String username, String password) {
		Browser.logIn(page, url(""), username, password);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
