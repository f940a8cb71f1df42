package dk.kulturpuls.geography;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.AuditTrail;

/**
 * The administrator loads population figures from a Statbank export: a file with a mistake is refused with the line
 * and what to fix, keeping what was typed and changing nothing; the corrected file updates the municipalities in it,
 * the national map divides by them and names the source, and the import is in the audit trail. Nobody else may load.
 */
@ApplicationTest
class PopulationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Municipalities municipalities;

	@Autowired
	AuditTrail audit;

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

	FilePayload csv(String text) {
		return new FilePayload("FOLK1A.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theAdministratorLoadsStatbanksFiguresAndTheNationalMapDividesByThem() {
		Browser.logIn(page, url(""), "admin", "demo");
		page.navigate(url("/admin/population"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Indbyggertal pr. kommune");
		Browser.assertAccessible(page);

		// a mistake in the file: nothing is loaded, the error names the line, what was typed is kept
		page.getByLabel("CSV-fil").setInputFiles(csv("OMRÅDE;TID;INDHOLD\n101 København;2025K1;667099\n"
				+ "147 Frederiksberg;2025K1;ukendt\n"));
		page.getByLabel("Opgjort pr.").fill("2025K1");
		page.getByLabel("Kilde", new Page.GetByLabelOptions().setExact(true)).fill("Danmarks Statistik, FOLK1A (test)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs indbyggertal")).click();
		Locator summary = page.locator("#error-summary");
		assertThat(summary).containsText("Linje 3: Frederiksberg har ikke et helt antal indbyggere");
		assertThat(page.getByLabel("Opgjort pr.")).hasValue("2025K1");
		assertThat(page.getByLabel("Kilde", new Page.GetByLabelOptions().setExact(true))).hasValue("Danmarks Statistik, FOLK1A (test)");
		assertThat(municipalities.find(new MunicipalityCode("0101")).orElseThrow().population()).isNull();
		Browser.assertAccessible(page);

		// corrected: the municipalities in the file are updated, the rest keep theirs
		page.getByLabel("CSV-fil").setInputFiles(csv("OMRÅDE;TID;INDHOLD\nHele landet;2025K1;5992734\n"
				+ "101 København;2025K1;667099\n147 Frederiksberg;2025K1;104305\n"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs indbyggertal")).click();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("opdateret")))
			.containsText("Indbyggertallet er opdateret for 2 kommuner. Disse rækker er ikke kommuner og blev sprunget over: Hele landet.");
		Locator copenhagen = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("København"));
		assertThat(copenhagen).containsText("667.099");
		assertThat(copenhagen).containsText("Danmarks Statistik, FOLK1A (test)");
		MunicipalityView aalborg = municipalities.find(new MunicipalityCode("0851")).orElseThrow();
		assertThat(aalborg.populationSource()).isEqualTo("Danmarks Statistik");
		Browser.assertAccessible(page);

		assertThat(audit.eventsFor("municipality-population", "all")).anySatisfy(event -> {
			assertThat(event.actor()).isEqualTo("admin");
			assertThat(event.detail()).contains("2 municipalities", "2025K1", "FOLK1A.csv");
		});

		page.navigate(url("/public/projects/map?scope=national&measure=PER_10000"));
		Locator row = page.locator("#spread-table tbody tr").filter(new Locator.FilterOptions().setHasText("København"));
		assertThat(row.locator("td").nth(1)).not().hasText("Ukendt");
		assertThat(page.getByText(Pattern.compile("Indbyggertal: .*Danmarks Statistik, FOLK1A \\(test\\), 2025K1")))
			.isVisible();
	}

	@Test
	void nobodyButTheAdministratorMayLoadFigures() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.get("/admin/population").statusCode()).isEqualTo(403);
	}
}
