package dk.kulturpuls.projects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
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
import com.microsoft.playwright.options.FilePayload;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.knowledge.TestDocumentsAccess;

/**
 * An officer adds a project's report and publishes it in the knowledge base; the public finds it by an inflected
 * Danish word ("kommunerne" finds "kommune"), narrows down by municipality, finds the project in the catalogue and
 * sees the spread map and report — in a real browser, every page checked with axe.
 */
@ApplicationTest
class ProjectCatalogueJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

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
	void anOfficerPublishesAProjectReportAndThePublicFindsItFiltersAndSeesTheMap() {
		String marker = "kor" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Syng sammen " + marker;
		projects.register(new Projects.NewProject(name, "Fællessang for ældre i Aalborg.", "Aalborg Kommune",
				"vulnerable-citizens", Set.of("elderly"), Set.of("0851"), LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 6, 30), true, Set.of("projectlead")));

		logIn("officer");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projekter").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		Browser.assertAccessible(page);

		// a file that is not what it claims is refused, and what was typed is kept
		String title = "Slutrapport " + marker;
		page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("REPORT");
		page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Fil (PDF, DOCX, JPEG eller PNG)")
			.setInputFiles(new FilePayload("rapport.pdf", "application/pdf", "ikke en pdf".getBytes()));
		page.getByText("Offentlig i projektkataloget", new Page.GetByTextOptions().setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj dokumentation")).click();
		assertThat(page.locator("#error-summary")).containsText("hverken en PDF- eller en DOCX-fil");
		assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true))).hasValue(title);
		Browser.assertAccessible(page);

		page.getByLabel("Fil (PDF, DOCX, JPEG eller PNG)").setInputFiles(new FilePayload("slutrapport.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				TestDocumentsAccess.docx("Koret sang sammen med beboere i en kommune " + marker + ".")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj dokumentation")).click();
		// a public report of a public project goes into the knowledge base at once: nothing more to press
		assertThat(page.getByRole(AriaRole.STATUS).first())
			.containsText("Dokumentationen er tilføjet og udgivet i videnbanken");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv " + title + " i videnbanken")))
			.hasCount(0);
		assertThat(page.locator("#documents ~ ul")).containsText("Udgivet i videnbanken");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "project-page");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

		// the public searches with an inflected word
		page.navigate(url("/public/knowledge"));
		page.getByLabel("Søg i videnbanken").fill("kommunerne " + marker);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg").setExact(true)).click();
		assertThat(page.getByText("1 publikation fundet")).isVisible();
		assertThat(page.locator("mark").first()).hasText("kommune");
		Browser.assertAccessible(page);
		page.getByText("Aalborg (1)", new Page.GetByTextOptions().setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anvend afgrænsning")).click();
		assertThat(page).hasURL(Pattern.compile(".*municipality=0851.*"));
		assertThat(page.getByText("1 publikation fundet")).isVisible();

		// the catalogue, filtered by municipality
		page.navigate(url("/public/projects"));
		Browser.assertAccessible(page);
		page.getByLabel("Søg i projekterne").fill(marker);
		page.getByLabel("Kommune", new Page.GetByLabelOptions().setExact(true)).selectOption("0851");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg").setExact(true)).click();
		assertThat(page.locator("#results-heading")).hasText("1 projekt fundet");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "public-project");

		// the map, and its selectors as a plain form
		page.navigate(url("/public/projects/map"));
		assertThat(page.locator("[data-kp-map] canvas").first()).isVisible();
		// the chart library's English auto-description does not replace the platform's own Danish text alternative
		assertThat(page.locator("[data-kp-map]")).hasAttribute("aria-label",
				"Kort over kommunerne farvet efter den valgte visning. Tallene står i tabellen.");
		Browser.assertAccessible(page);
		page.getByLabel("Vis", new Page.GetByLabelOptions().setExact(true)).selectOption("WHITE_SPOTS");
		page.getByLabel("Tilbudstype").selectOption("digital");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis kortet")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(
				Pattern.compile("Hvide pletter")))).isVisible();
		assertThat(page.locator("#spread-table tbody tr")).hasCount(11);
		assertThat(page.locator("[data-kp-map] canvas").first()).isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "project-map");
		page.getByLabel("Område").selectOption("national");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis kortet")).click();
		assertThat(page.locator("#spread-table tbody tr")).hasCount(98);
		page.getByLabel("Vis", new Page.GetByLabelOptions().setExact(true)).selectOption("PER_10000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis kortet")).click();
		assertThat(page.locator("#population-coverage")).containsText(Pattern.compile("Indbyggertal findes for \\d+ af 98 kommuner"));
		Browser.assertAccessible(page);

		page.navigate(url("/public/projects/report?year=2026"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Spredningsrapport 2026");
		Browser.assertAccessible(page);
	}
}
