package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/** Every demo account logs in, sees its start page and logs out, in a real browser, by mouse and keyboard. */
@ApplicationTest
class LoginJourneyTests {

	@LocalServerPort
	int port;

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

	@ParameterizedTest(name = "{0} reaches {2}")
	@CsvSource({
		"admin, /admin, Administration",
		"officer, /officer, Sagsbehandling",
		"reviewer, /reviewer, Bedømmelser",
		"committee, /committee, Indstillingsgruppen",
		"applicant, /applicant, Mine ansøgninger",
		"projectlead, /project-lead, Mine projekter",
		"secretariat, /secretariat, Rundbordet" })
	void eachRoleLogsInSeesItsStartPageAndLogsOut(String username, String startPath, String heading) {
		page.navigate(url("/"));
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind")).click();
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		Browser.assertAccessible(page);

		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();

		assertThat(page).hasURL(Pattern.compile(".*" + startPath + "$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
		assertThat(page.getByText("Logget ind som " + username)).isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "start-" + username);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
		assertThat(page.getByText("Du er logget ud.")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind"))).isVisible();
		page.navigate(url(startPath));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void aWrongPasswordShowsAClearErrorAndKeepsTheUserName() {
		Browser.logIn(page, url(""), "officer", "forkert");

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Brugernavnet eller adgangskoden er forkert");
		assertThat(page.getByLabel("Brugernavn")).hasValue("officer");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "login-wrong-password");
	}

	@Test
	void loginWorksWithTheKeyboardAlone() {
		page.navigate(url("/login"));
		// The first Tab reaches the skip link, which jumps to the content.
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Gå til sidens indhold");
		page.keyboard().press("Enter");
		// Tab through the page to the user name field, as a keyboard user would.
		for (int i = 0; i < 20 && !"username".equals(page.evaluate("document.activeElement.id")); i++) {
			page.keyboard().press("Tab");
		}
		assertThat(page.getByLabel("Brugernavn")).isFocused();
		page.keyboard().type("secretariat");
		page.keyboard().press("Tab");
		assertThat(page.getByLabel("Adgangskode")).isFocused();
		page.keyboard().type("demo");
		page.keyboard().press("Enter");

		assertThat(page).hasURL(Pattern.compile(".*/secretariat$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rundbordet");
	}

	@Test
	void publicPagesAreAccessibleInBothLanguages() {
		for (String path : new String[] { "/", "/programme", "/geography/nordjylland", "/accessibility", "/login" }) {
			page.navigate(url(path));
			Browser.assertAccessible(page);
			Browser.screenshot(page, "public" + path.replace('/', '-') + "-da");
			page.navigate(url(path + "?lang=en"));
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			Browser.assertAccessible(page);
		}
		page.navigate(url("/?lang=da"));
		assertThat(page.locator("html")).hasAttribute("lang", "da");
	}

	@Test
	void menuLanguageAndLoginStayReachableOnAPhoneSizedScreen() {
		page.setViewportSize(390, 800);
		page.navigate(url("/programme"));
		// the menu is shown (entries that do not fit are folded into DKFDS's own "more" menu, still in the menu)
		assertThat(page.locator("nav.nav").first()).isVisible();
		assertThat(page.locator("nav.nav").first()).containsText("Kort");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind")).click();
		page.getByLabel("Brugernavn").fill("applicant");
		page.getByLabel("Adgangskode").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mine ansøgninger");
		// DKFDS folds menu entries that do not fit into its "more" menu; the entry is still in the menu
		assertThat(page.locator("nav.nav").first()).containsText("Mine ansøgninger");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "phone-applicant");
	}

	@Test
	void theMapOfNorthJutlandShowsElevenMunicipalitiesWithATable() {
		page.navigate(url("/geography/nordjylland"));
		assertThat(page.locator("#municipality-table tbody tr")).hasCount(11);
		assertThat(page.locator("#municipality-table")).containsText("Aalborg");
		assertThat(page.locator("#municipality-table")).containsText("217.075");
		// ECharts draws the boundaries fetched from the platform itself into a canvas.
		assertThat(page.locator(".kp-map canvas")).hasCount(1);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "map-nordjylland");
	}

	@Test
	void anAdministratorCreatesAnAccountAndSeesEveryErrorOfTheFormAtOnce() {
		Browser.logIn(page, url(""), "admin", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret bruger")).click();

		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Lise Læser");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret bruger")).click();

		var summary = page.locator("#error-summary");
		assertThat(summary).containsText("Der er fejl i formularen");
		assertThat(summary.locator("li")).hasCount(3);
		assertThat(page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true))).hasValue("Lise Læser");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-account-errors");

		page.getByLabel("Brugernavn").fill("lise");
		Browser.check(page.getByLabel("Sagsbehandler"));
		page.getByLabel("Adgangskode").fill("lise-læser-fyrtårn");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret bruger")).click();
		// the summary names the field it points to
		assertThat(page.locator("#error-summary li")).hasText(
				"Adgangskode: Adgangskoden indeholder dit navn, brugernavn eller din e-mail. Vælg en anden.");
		assertThat(page.getByLabel("Brugernavn")).hasValue("lise");

		page.getByLabel("Adgangskode").fill("Tre blå ænder på Limfjorden");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret bruger")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Brugeren er oprettet");
		// the list has a page of 50 in name order, so the new account is found by its search, not by scrolling
		page.navigate(url("/admin/accounts?q=lise"));
		assertThat(page.locator("table").first()).containsText("Lise Læser");
	}
}
