package dk.kulturpuls.roundtable.mission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Sector;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;

/**
 * The secretariat writes the mission in versions and reads the word-level difference, adds its visual form (a file
 * whose type is checked from its content, or a link) with a text alternative, and records endorsements.
 */
@ApplicationTest
class MissionJourneyTests {

	/** A 1×1 pixel PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail audit;

	BrowserContext context;
	Page page;

	@BeforeEach
	void logIn() {
		context = Browser.newContext();
		page = context.newPage();
		Browser.logIn(page, url(""), "secretariat", "demo");
	}

	@AfterEach
	void close() {
		context.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	@Test
	void theSecretariatWritesVersionsComparesThemAddsTheVisualAndRecordsEndorsements() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Missionsforløb " + suffix, "Missionstest", 2025, 2026);
		OrganisationId region = organisations.register(new Organisations.NewOrganisation("Missionsregion " + suffix,
				OrganisationType.REGION, Sector.HEALTH, null, null));
		roundtables.addActor(process, region, SystemLevel.MESO, 4, 4, null, null, true);

		page.navigate(url("/secretariat/roundtables/" + process));
		page.locator("#process-outputs").getByText("Mission og fremtidsbillede").click();
		assertThat(page.getByText("Missionen er endnu ikke skrevet.")).isVisible();

		// an empty text (after cleaning) is refused and the title kept
		page.getByLabel("Missionens titel").fill("Kunst for alle " + suffix);
		page.getByLabel("Missionens tekst").fill("<script>alert(1)</script>");
		click("Gem som ny version");
		assertThat(page.locator("#error-summary")).containsText("Skriv missionens tekst");
		assertThat(page.getByLabel("Missionens titel")).hasValue("Kunst for alle " + suffix);
		Browser.assertAccessible(page);

		page.getByLabel("Missionens tekst").fill("<p>Kunst og kultur for mental sundhed.</p><p onclick=\"x()\">Alle er med.</p>");
		click("Gem som ny version");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Den nye version er gemt."))).isVisible();
		assertThat(page.locator("#current-mission")).containsText("Alle er med.");
		assertThat(page.locator("#current-mission [onclick]")).hasCount(0);
		// the form starts from the current text
		assertThat(page.getByLabel("Missionens tekst")).hasValue(java.util.regex.Pattern.compile("<p>Kunst og kultur[\\s\\S]*Alle er med\\.</p>"));
		page.getByLabel("Missionens tekst").fill("<p>Kunst og kultur som fast del af mental sundhed.</p><p>Alle er med.</p>");
		page.getByLabel("Hvad er ændret").fill("Skærpet efter workshop 2");
		click("Gem som ny version");
		assertThat(page.locator("#version-table tbody tr")).hasCount(2);

		page.getByText("Se ændringer fra version 1 til 2").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Ændringer fra version 1 til version 2");
		assertThat(page.locator("#diff-summary")).hasText("4 ord tilføjet og 1 ord fjernet.");
		assertThat(page.locator("#mission-diff del")).hasText("[fjernet: for slut på fjernet]");
		assertThat(page.locator("#mission-diff ins").first()).containsText("[tilføjet:");
		assertThat(page.locator("#mission-diff ins .sr-only").first()).hasText("[tilføjet: ");
		assertThat(page.getByText("Skærpet efter workshop 2")).isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-mission-diff");
		page.getByText("Tilbage til missionen").click();

		// the visual form: a text file named .png is refused from its content; a real PNG is kept outside the row
		page.getByLabel("Titel på det visuelle udtryk").fill("Plakat " + suffix);
		page.getByLabel("Tekstalternativ", new Page.GetByLabelOptions().setExact(true))
			.fill("En tegning af mennesker omkring et rundt bord.");
		page.getByLabel("Fil (billede, video eller lyd)").setInputFiles(new FilePayload("plakat.png", "image/png",
				"ikke et billede".getBytes(StandardCharsets.UTF_8)));
		click("Tilføj");
		assertThat(page.locator("#error-summary")).containsText("Filen er ikke et billede, en video eller en lydfil");
		assertThat(page.getByLabel("Titel på det visuelle udtryk")).hasValue("Plakat " + suffix);
		page.getByLabel("Fil (billede, video eller lyd)").setInputFiles(new FilePayload("plakat.png", "image/png", PNG));
		page.getByLabel("Link").fill("https://example.org/film");
		click("Tilføj");
		assertThat(page.locator("#error-summary")).containsText("Upload en fil eller skriv et link (ikke begge).");
		page.getByLabel("Link").fill("");
		page.getByLabel("Fil (billede, video eller lyd)").setInputFiles(new FilePayload("plakat.png", "image/png", PNG));
		click("Tilføj");
		assertThat(page.locator("#artefact-list img")).hasAttribute("alt", "En tegning af mennesker omkring et rundt bord.");
		String src = page.locator("#artefact-list img").getAttribute("src");
		APIResponse image = context.request().get(src.startsWith("http") ? src : url(src));
		assertThat(image.headers().get("content-type")).isEqualTo("image/png");
		assertThat(image.body()).isEqualTo(PNG);

		// endorsements: a future date is refused
		page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Missionsregion " + suffix));
		page.getByLabel("Dato for tilslutning").fill("01.01.2099");
		page.getByLabel("Tilsluttet af").fill("Rita Region, direktør");
		click("Registrer tilslutning");
		assertThat(page.locator("#error-summary")).containsText("kan ikke ligge i fremtiden");
		assertThat(page.getByLabel("Tilsluttet af")).hasValue("Rita Region, direktør");
		page.getByLabel("Dato for tilslutning").fill("15.01.2026");
		click("Registrer tilslutning");
		assertThat(page.locator("#endorsement-table")).containsText("Missionsregion " + suffix);
		assertThat(page.locator("#endorsement-table")).containsText("15.01.2026");
		assertThat(page.locator("#endorsement-table")).containsText("Rita Region, direktør");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-mission");

		assertThat(audit.eventsFor("roundtable-mission", process.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("version written", "artefact added", "endorsed");
	}
}
