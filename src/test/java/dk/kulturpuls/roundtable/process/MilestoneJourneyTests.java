package dk.kulturpuls.roundtable.process;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import com.microsoft.playwright.options.RequestOptions;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Sector;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopTheme;

/**
 * The secretariat keeps the milestones of a process (mistakes first, then right), sees overdue ones marked on the
 * process page, and sends the assignment reminders by hand; a participant cannot.
 */
@ApplicationTest
class MilestoneJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Milestones milestones;

	@Autowired
	AuditTrail audit;

	@Autowired
	Organisations organisations;

	@Autowired
	Mailer mailer;

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

	void logIn(String username, String password) {
		Browser.logIn(page, url(""), username, password);
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	Locator status(String text) {
		return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
	}

	@Test
	void theSecretariatKeepsTheMilestonesOfAProcess() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Milepælsforløb " + suffix, "At prøve milepæle af.", 2025, 2026);
		logIn("secretariat", "demo");
		page.navigate(url("/secretariat/roundtables/" + process));
		assertThat(page.locator("#milestones-none")).hasText("Der er endnu ingen milepæle.");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret milepæle")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Milepæle: Milepælsforløb " + suffix);
		Browser.assertAccessible(page);

		// an empty form, then reached without a date: every mistake is named and nothing typed is lost
		click("Tilføj milepæl");
		assertThat(page.locator("#error-summary li")).hasCount(5);
		page.getByLabel("Iteration").selectOption("2025");
		page.getByLabel("Milepæl", new Page.GetByLabelOptions().setExact(true)).selectOption("MOBILISATION");
		page.getByLabel("Titel").fill("Alliancen samlet " + suffix);
		page.getByLabel("Frist").fill("29.08.2025");
		page.getByLabel("Ansvarlig").fill("Sekretariatet");
		Browser.check(page.getByLabel("Milepælen er nået"));
		click("Tilføj milepæl");
		assertThat(page.locator("#error-summary")).containsText("Skriv den dato, milepælen blev nået");
		assertThat(page.getByLabel("Titel")).hasValue("Alliancen samlet " + suffix);
		Browser.assertAccessible(page);
		page.getByLabel("Nået den").fill("27.08.2025");
		click("Tilføj milepæl");
		assertThat(status("Milepælen er tilføjet")).isVisible();
		assertThat(page.locator("#milestone-table")).containsText("Nået 27.08.2025");

		// a milestone past its due date is marked overdue, on the process page too
		page.getByLabel("Iteration").selectOption("2026");
		page.getByLabel("Milepæl", new Page.GetByLabelOptions().setExact(true)).selectOption("FINAL_REPORT");
		page.getByLabel("Titel").fill("Rapport " + suffix);
		page.getByLabel("Frist").fill("30.10.2025");
		page.getByLabel("Ansvarlig").fill("Sekretariatet");
		click("Tilføj milepæl");
		assertThat(page.locator("#milestone-table tr", new Page.LocatorOptions().setHasText("Rapport " + suffix)))
			.containsText("Over fristen");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-milestones");
		page.navigate(url("/secretariat/roundtables/" + process));
		assertThat(page.locator("#milestone-timeline li").nth(0)).containsText("Alliancen samlet " + suffix);
		assertThat(page.locator("#milestone-timeline li").nth(1)).containsText("Rapport " + suffix);
		assertThat(page.locator("#milestone-timeline li").nth(1)).containsText("Over fristen");
		assertThat(page.locator("#milestone-timeline li").nth(1)).containsText("Endelig rapport · iteration 2026");
		Browser.assertAccessible(page);

		// edit it: a day in the future is refused, then it is moved and later reached
		page.navigate(url("/secretariat/roundtables/" + process + "/milestones"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret milepælen Rapport " + suffix)).click();
		Browser.assertAccessible(page);
		page.getByLabel("Titel").fill("Endelig rapport " + suffix);
		Browser.check(page.getByLabel("Milepælen er nået"));
		page.getByLabel("Nået den").fill("01.01.2099");
		click("Gem milepæl");
		assertThat(page.locator("#error-summary")).containsText("må ikke ligge i fremtiden");
		assertThat(page.getByLabel("Titel")).hasValue("Endelig rapport " + suffix);
		page.getByLabel("Milepælen er nået").uncheck();
		page.getByLabel("Nået den").fill("");
		page.getByLabel("Frist").fill("30.10.2099");
		click("Gem milepæl");
		assertThat(status("Milepælen er gemt")).isVisible();
		Locator row = page.locator("#milestone-table tr", new Page.LocatorOptions().setHasText("Endelig rapport " + suffix));
		assertThat(row).containsText("30.10.2099");
		assertThat(row).not().containsText("Over fristen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markér Endelig rapport " + suffix + " som nået i dag")).click();
		assertThat(status("Milepælen er markeret som nået i dag")).isVisible();
		assertThat(row).containsText("Nået ");

		UUID id = milestones.timeline(process).stream().filter(m -> m.title().startsWith("Endelig rapport"))
			.findFirst().orElseThrow().id();
		assertThat(audit.eventsFor("roundtable-milestone", id.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("added", "changed", "done");
	}

	@Test
	void theSecretariatSendsRemindersNowAndAParticipantCannot() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Påmindelser nu " + suffix, "At sende påmindelser.", 2025, 2025);
		OrganisationId organisation = organisations.register(new Organisations.NewOrganisation("Nu-huset " + suffix,
				OrganisationType.CIVIL_SOCIETY, Sector.CIVIL_SOCIETY, null, null));
		String email = "nu-" + suffix + "@test.kulturpuls.invalid";
		UUID contact = organisations.addContact(organisation, "Nina Nu", null, email, null);
		roundtables.addActor(process, organisation, SystemLevel.MESO, 2, 4, null, null, true);
		UUID workshop = roundtables.planWorkshop(process, 2025, "Workshop " + suffix, LocalDate.of(2025, 3, 1),
				"Aalborg", WorkshopTheme.WHOLE_ECOSYSTEM, null);
		roundtables.assign(workshop, "Opgave over fristen " + suffix, contact, null, LocalDate.of(2025, 3, 20));

		logIn("secretariat", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Påmindelser").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Påmindelser om opgaver");
		Browser.assertAccessible(page);
		click("Send påmindelser nu");
		assertThat(page.locator("#reminders-result")).containsText(java.util.regex.Pattern.compile("Der blev sendt \\d+ påmindelse"));
		assertThat(page.locator("#reminder-table tr", new Page.LocatorOptions().setHasText("Opgave over fristen " + suffix)))
			.containsText("Over fristen");
		assertThat(mailer.to(email)).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Opgave over fristen " + suffix));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-reminders");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

		logIn("participant", "demo");
		String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
		assertThat(context.request().get(url("/secretariat/reminders"), RequestOptions.create().setMaxRedirects(0))
			.status()).isEqualTo(403);
		assertThat(context.request().post(url("/secretariat/reminders"), RequestOptions.create()
			.setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf)).setMaxRedirects(0))
			.status()).isEqualTo(403);
	}
}
