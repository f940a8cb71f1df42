package dk.kulturpuls.roundtable.recommendations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Sector;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopTheme;

/**
 * The secretariat writes recommendations and opens dot voting at a workshop; an invited participant spreads their
 * dots (too many are refused, nothing typed lost); someone not invited cannot vote; the secretariat closes the vote
 * and sees the ranked result as chart and table.
 */
@ApplicationTest
class DotVotingJourneyTests {

	static final String PASSWORD = "en-lang-adgangskode";

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	BrowserContext context;
	Page page;

	@BeforeEach
	void open() {
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void close() {
		context.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void logIn(String username, String password) {
		Browser.logIn(page, url(""), username, password);
	}

	void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	Locator status(String text) {
		return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
	}

	@Test
	void participantsSpreadTheirDotsAndTheSecretariatSeesTheRanking() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String voter = "stemmer-" + suffix;
		String outsider = "udenfor-" + suffix;
		accounts.create(voter, "Vera Vælger " + suffix, voter + "@example.dk", PASSWORD, Set.of(Role.PARTICIPANT));
		accounts.create(outsider, "Ole Udenfor " + suffix, outsider + "@example.dk", PASSWORD, Set.of(Role.PARTICIPANT));
		UUID process = roundtables.create("Prioriteringsforløb " + suffix, "Afstemningstest", 2026, 2026);
		OrganisationId museum = organisations.register(new Organisations.NewOrganisation("Stemmemuseum " + suffix,
				OrganisationType.CULTURAL_INSTITUTION, Sector.CULTURE, null, null));
		UUID contact = organisations.addContact(museum, "Vera Vælger " + suffix, null, null, voter);
		organisations.addContact(museum, "Ole Udenfor " + suffix, null, null, outsider);
		roundtables.addActor(process, museum, SystemLevel.MICRO, 2, 5, null, null, true);
		UUID workshop = roundtables.planWorkshop(process, 2026, "Prioriteringsworkshop " + suffix,
				LocalDate.of(2026, 5, 1), "Aarhus", WorkshopTheme.CONCRETE_AND_VISUAL, null);
		roundtables.invite(workshop, Set.of(contact));

		logIn("secretariat", "demo");
		page.navigate(url("/secretariat/roundtables/" + process));
		page.locator("#process-outputs").getByText("Anbefalinger").click();
		click("Tilføj anbefaling");
		assertThat(page.locator("#error-summary li")).hasCount(5);
		Browser.assertAccessible(page);
		page.getByLabel("Anbefaling", new Page.GetByLabelOptions().setExact(true)).fill("Kultur på recept " + suffix);
		Browser.check(page.getByLabel("Politisk handling"));
		Browser.check(page.getByLabel("Makro"));
		page.getByLabel("Adressat").fill("Sundhedsudvalget");
		page.getByLabel("Begrundelse").fill("Lige adgang.");
		click("Tilføj anbefaling");
		assertThat(status("Anbefalingen er tilføjet.")).isVisible();
		page.getByLabel("Anbefaling", new Page.GetByLabelOptions().setExact(true)).fill("Fælles måleredskaber " + suffix);
		Browser.check(page.getByLabel("Justering af rammebetingelser"));
		Browser.check(page.getByLabel("Meso"));
		page.getByLabel("Adressat").fill("KL");
		page.getByLabel("Begrundelse").fill("Sammenlignelige data.");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("PROPOSED");
		click("Tilføj anbefaling");
		assertThat(page.locator("#recommendation-table tbody tr")).hasCount(2);
		assertThat(page.locator("#type-level-table")).containsText("Politisk handling");

		page.getByLabel("Workshop", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Prioriteringsworkshop " + suffix));
		page.getByLabel("Prikker pr. deltager").fill("3");
		click("Åbn afstemningen");
		assertThat(page.locator("#vote-state")).containsText("Hver deltager har 3 prikker");
		String voteUrl = page.url();
		UUID vote = UUID.fromString(voteUrl.replaceAll(".*/votes/([0-9a-f-]{36}).*", "$1"));
		Browser.assertAccessible(page);
		logOut();

		// the invited participant votes: too many dots first
		logIn(voter, PASSWORD);
		page.navigate(url("/roundtable/votes"));
		Browser.assertAccessible(page);
		page.locator("#ballot-list").getByText("Prioriteringsworkshop " + suffix).click();
		// number inputs, and the count follows what is typed before anything is saved
		com.microsoft.playwright.Locator recipe = page.getByLabel("Kultur på recept " + suffix);
		com.microsoft.playwright.Locator measures = page.getByLabel("Fælles måleredskaber " + suffix);
		assertThat(recipe).hasAttribute("type", "number");
		assertThat(recipe).hasAttribute("min", "0");
		assertThat(recipe).hasAttribute("max", "3");
		assertThat(page.locator("#dots-spent")).hasAttribute("aria-live", "polite");
		assertThat(page.locator("#dots-spent")).hasText("Du har fordelt 0 af 3 prikker.");
		recipe.fill("2");
		assertThat(page.locator("#dots-spent")).hasText("Du har fordelt 2 af 3 prikker.");
		measures.fill("2");
		assertThat(page.locator("#dots-spent"))
			.hasText("Du har fordelt 4 af 3 prikker: flere, end du har. Fjern nogle, før du gemmer.");
		// the server still checks the ballot
		click("Gem mine prikker");
		assertThat(page.locator("#error-summary")).containsText("Du har fordelt 4 prikker, men har kun 3.");
		assertThat(recipe).hasValue("2");
		assertThat(page.locator("#dots-spent"))
			.hasText("Du har fordelt 4 af 3 prikker: flere, end du har. Fjern nogle, før du gemmer.");
		Browser.assertAccessible(page);
		String ballotToken = page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse notANumber = context.request().post(url("/roundtable/votes/" + vote), RequestOptions.create()
			.setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", ballotToken)
				.set(recipe.getAttribute("name"), "2").set(measures.getAttribute("name"), "x"))
			.setMaxRedirects(0));
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.text()).contains("Skriv antallet af prikker som et helt tal.");
		page.getByLabel("Fælles måleredskaber " + suffix).fill("1");
		click("Gem mine prikker");
		assertThat(status("Dine prikker er gemt.")).isVisible();
		assertThat(page.locator("#dots-spent")).hasText("Du har fordelt 3 af 3 prikker.");
		String token = page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse secretariatPage = context.request().get(url("/secretariat/votes/" + vote),
				RequestOptions.create().setMaxRedirects(0));
		assertThat(secretariatPage.status()).isEqualTo(403);
		logOut();

		// someone not invited may neither see nor cast a ballot
		logIn(outsider, PASSWORD);
		assertThat(context.request().get(url("/roundtable/votes/" + vote), RequestOptions.create().setMaxRedirects(0))
			.status()).isEqualTo(403);
		String outsiderToken = page.locator("meta[name=_csrf]").getAttribute("content");
		assertThat(context.request().post(url("/roundtable/votes/" + vote), RequestOptions.create()
			.setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", outsiderToken))
			.setMaxRedirects(0)).status()).isEqualTo(403);
		assertThat(token).isNotBlank();
		logOut();

		// the secretariat closes the vote and sees the ranking
		logIn("secretariat", "demo");
		page.navigate(voteUrl);
		click("Luk afstemningen");
		assertThat(status("Afstemningen er lukket.")).isVisible();
		assertThat(page.getByText("3 prikker fra 1 deltager.")).isVisible();
		assertThat(page.locator("#vote-state")).containsText("1 deltager stemte");
		assertThat(page.locator("#vote-table tbody tr").first()).containsText("Kultur på recept " + suffix);
		assertThat(page.locator("#vote-table tbody tr").first()).containsText("2");
		assertThat(page.locator("#vote-table tbody tr").nth(1)).containsText("Fælles måleredskaber " + suffix);
		assertThat(page.locator("[data-rt-bars] canvas")).hasCount(1);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-vote-result");
		assertThat(audit.eventsFor("roundtable-vote", vote.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("opened", "dots cast", "closed");

		// the secretariat adopts a recommendation; the change is audited
		page.getByText("Tilbage til anbefalingerne").click();
		page.locator("#recommendation-table").getByText("Fælles måleredskaber " + suffix).click();
		page.getByLabel("Adressat").fill("");
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("ADOPTED");
		click("Gem anbefalingen");
		assertThat(page.locator("#error-summary")).containsText("Udfyld feltet.");
		assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("ADOPTED");
		Browser.assertAccessible(page);
		page.getByLabel("Adressat").fill("KL og Danske Regioner");
		click("Gem anbefalingen");
		assertThat(status("Anbefalingen er gemt.")).isVisible();
		assertThat(page.locator("#recommendation-table")).containsText("KL og Danske Regioner");
		assertThat(page.locator("#recommendation-table")).containsText("Vedtaget");
	}
}
