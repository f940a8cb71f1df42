package dk.kulturpuls.roundtable.initiatives;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The secretariat adds candidate initiatives and assesses their maturity on the five criteria; the ranking and the
 * shortlist of those ready to scale follow.
 */
@ApplicationTest
class InitiativeJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Initiatives initiatives;

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

	void score(String criterion, String score, String why) {
		Browser.check(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(criterion).setExact(true))
			.getByLabel(score, new Locator.GetByLabelOptions().setExact(true)));
		page.getByLabel("Begrundelse for " + criterion.toLowerCase(java.util.Locale.ROOT)).fill(why);
	}

	@Test
	void assessedInitiativesAreRankedAndTheReadyOnesShortlisted() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Initiativforløb " + suffix, "Initiativtest", 2026, 2026);
		UUID weak = initiatives.add(process, "Svagt initiativ " + suffix, "Et forsøg.", null);
		initiatives.assess(weak, java.util.Map.of(Criterion.EVIDENCE_OF_EFFECT, new Assessment(5, "a"),
				Criterion.SCALABILITY, new Assessment(5, "b"), Criterion.ORGANISATIONAL_ANCHORING, new Assessment(5, "c"),
				Criterion.FUNDING_SECURED, new Assessment(5, "d"), Criterion.PARTNER_READINESS, new Assessment(1, "e")));

		page.navigate(url("/secretariat/roundtables/" + process));
		page.locator("#process-outputs").getByText("Initiativer og modenhed").click();
		assertThat(page.getByText("Ingen initiativer er endnu vurderet klar til skalering.")).isVisible();
		page.getByLabel("Initiativ", new Page.GetByLabelOptions().setExact(true)).fill("Kulturvitaminer " + suffix);
		page.getByLabel("Beskrivelse").fill("Kulturforløb for borgere på sygedagpenge.");
		page.getByLabel("Ansvarlig organisation").fill("Aalborg Kommune");
		click("Tilføj initiativ");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Kulturvitaminer " + suffix);
		assertThat(page.locator("#maturity-state")).hasText("Initiativet er endnu ikke vurderet.");

		// an incomplete assessment is refused with every missing field named, what was typed kept
		score("Evidens for effekt", "5", "Evalueret i flere kommuner.");
		click("Gem vurderingen");
		assertThat(page.locator("#error-summary li")).hasCount(8);
		assertThat(page.getByLabel("Begrundelse for evidens for effekt")).hasValue("Evalueret i flere kommuner.");
		Browser.assertAccessible(page);
		score("Skalerbarhed", "4", "En fast model.");
		score("Organisatorisk forankring", "4", "I drift.");
		score("Sikret finansiering", "3", "Delvist.");
		score("Partnernes parathed", "4", "Klar.");
		click("Gem vurderingen");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Vurderingen er gemt.")))
			.isVisible();

		assertThat(page.locator("#shortlist li")).hasCount(1);
		assertThat(page.locator("#shortlist")).containsText("Kulturvitaminer " + suffix);
		assertThat(page.locator("#shortlist")).containsText("20 af 25 point");
		Locator rows = page.locator("#initiative-table tbody tr");
		assertThat(rows.nth(0)).containsText("Svagt initiativ " + suffix);
		assertThat(rows.nth(0)).containsText("Ikke klar endnu");
		assertThat(rows.nth(1)).containsText("Kulturvitaminer " + suffix);
		assertThat(rows.nth(1)).containsText("På kortlisten");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-initiatives");
		UUID assessed = initiatives.ranking(process).shortlist().get(0).candidate().id();
		assertThat(audit.eventsFor("roundtable-initiative", assessed.toString()))
			.extracting(AuditTrail.AuditEvent::action).contains("added", "assessed");
	}
}
