package dk.kulturpuls.projects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/** An officer registers an earlier project by hand; its project lead then finds it on the start page. */
@ApplicationTest
class ProjectRegistrationTests {

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

	void login(String username) {
		Browser.logIn(page, "http://127.0.0.1:" + port, username, "demo");
	}

	@Test
	void anOfficerRegistersAProjectAndItsLeadSeesIt() {
		String name = "Sang på plejehjem " + UUID.randomUUID().toString().substring(0, 6);
		login("officer");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projekter").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér projekt")).click();
		Browser.assertAccessible(page);

		page.getByLabel("Projektets navn").fill(name);
		page.getByLabel("Startdato").fill("31.02.2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér projekt")).click();

		// every error of the form at once, and nothing typed is lost
		assertThat(page.locator("#error-summary")).containsText("Der er fejl i formularen");
		Browser.screenshot(page, "project-form-errors");
		assertThat(page.locator("#error-summary li")).hasCount(6);
		assertThat(page.locator("#error-summary")).containsText("Den dato findes ikke");
		assertThat(page.getByLabel("Projektets navn")).hasValue(name);
		assertThat(page.getByLabel("Startdato")).hasValue("31.02.2025");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "project-form-errors");

		page.getByLabel("Kort beskrivelse").fill("Korsang med beboere på to plejehjem.");
		page.getByLabel("Ansvarlig organisation").fill("Morsø Kommune");
		Browser.check(page.getByLabel("Næste niveau af sundhedsfremmende forløb"));
		Browser.check(page.getByLabel("Ældre"));
		Browser.check(page.getByLabel("Morsø"));
		page.getByLabel("Startdato").fill("01.03.2025");
		page.getByLabel("Slutdato (frivilligt)").fill("30.11.2025");
		page.getByLabel("Projektledere (brugernavne)").fill("projectlead");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér projekt")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Projektet er registreret");
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name)))
			.containsText("01.03.2025 – 30.11.2025");
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name))).containsText("Afsluttet");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
		login("projectlead");
		assertThat(page.locator("main")).containsText(name);
		Browser.assertAccessible(page);
	}

	@Test
	void anUnknownProjectLeadIsAClearError() {
		login("officer");
		page.navigate("http://127.0.0.1:" + port + "/officer/projects/new");
		page.getByLabel("Projekt").first();
		page.getByLabel("Projektledere (brugernavne)").fill("ingen-saadan");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér projekt")).click();
		assertThat(page.locator("#error-summary")).containsText("Der findes ingen projektleder med brugernavnet ingen-saadan");
	}
}
