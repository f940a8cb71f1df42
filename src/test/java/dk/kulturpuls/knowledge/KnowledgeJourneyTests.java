package dk.kulturpuls.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * An officer publishes a project report; the public finds it by an inflected Danish word, narrows it down by
 * municipality, opens it and sees the map — in a real browser, every page checked for accessibility.
 */
@ApplicationTest
class KnowledgeJourneyTests {

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

	void logIn(String username) {
		Browser.logIn(page, url(""), username, "demo");
	}

	@Test
	void anOfficerPublishesAReportAndThePublicFindsItByAnInflectedWord() {
		String marker = "rapport" + UUID.randomUUID().toString().substring(0, 8);
		String title = "Slutrapport " + marker;
		logIn("officer");
		page.navigate(url("/officer/knowledge/new"));
		Browser.assertAccessible(page);

		// a wrong file type is refused with a clear error and keeps what was typed
		page.getByLabel("Titel").fill(title);
		page.getByLabel("Resumé").fill("Erfaringer fra et forløb med musik.");
		page.getByText("Projektrapport", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Fil (PDF eller DOCX)")
			.setInputFiles(new FilePayload("rapport.pdf", "application/pdf", "ikke en pdf".getBytes()));
		page.getByText("Aalborg", new Page.GetByTextOptions().setExact(true)).click();
		page.getByText("Offentlig i videnbanken", new Page.GetByTextOptions().setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("hverken en PDF- eller en DOCX-fil");
		assertThat(page.getByLabel("Titel")).hasValue(title);
		Browser.assertAccessible(page);

		page.getByLabel("Fil (PDF eller DOCX)").setInputFiles(new FilePayload("rapport.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				TestDocuments.docx("Projektet samarbejdede med en kommune om forløbet " + marker + ".")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv")).click();
		assertThat(page.getByText("Publikationen er udgivet.")).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

		page.navigate(url("/public/knowledge"));
		Browser.assertAccessible(page);
		page.getByLabel("Søg i videnbanken").fill("kommunerne " + marker);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg").setExact(true)).click();
		assertThat(page.getByText("1 publikation fundet")).isVisible();
		assertThat(page.locator("mark").first()).hasText("kommune");
		Browser.assertAccessible(page);

		page.getByText("Aalborg (1)", new Page.GetByTextOptions().setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anvend afgrænsning")).click();
		assertThat(page).hasURL(Pattern.compile(".*municipality=0851.*"));
		assertThat(page.getByText("1 publikation fundet")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
		assertThat(page.locator("dd").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Aalborg")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent filen (" + "rapport.docx)")))
			.isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "knowledge-publication");

		page.navigate(url("/geography/nordjylland"));
		assertThat(page.locator("[data-kp-map] canvas").first()).isVisible();
		Browser.assertAccessible(page);
	}
}
