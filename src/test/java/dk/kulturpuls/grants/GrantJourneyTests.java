package dk.kulturpuls.grants;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Money;

/**
 * The grant's follow-up in a real browser, as its two users run it: the grantee accepts the grant, follows "what to
 * do now" to the status report, is told what is missing without losing what was written, and submits; the officer
 * finds the report in the follow-up table, approves it, and the second instalment is ready for release. Every page on
 * the way passes axe.
 */
@ApplicationTest
class GrantJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	Grants grants;

	@Autowired
	GrantReports reports;

	@Autowired
	GrantAccounts accounts;

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

	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void theGranteeReportsAndTheOfficerApprovesSoTheNextInstalmentIsReady() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(400_000), Money.ofKroner(200_000), null);

		Browser.logIn(page, url(""), granted.applicant(), granted.password());
		link("Mine bevillinger").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(granted.title())).click();
		assertThat(page.locator("h1")).containsText(granted.title());
		Browser.assertAccessible(page);

		// accepting without the tick says what to do; with it, the grant is accepted
		button("Accepter bevillingen").click();
		assertThat(page.locator("#acceptConditions-error")).containsText("accept");
		Browser.check(page.getByLabel("Jeg accepterer bevillingen og dens vilkår"));
		button("Accepter bevillingen").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Bevillingen er accepteret");
		Browser.assertAccessible(page);

		// "what to do now" leads to the status report
		link("Skriv rapporten").click();
		assertThat(page.locator("h1")).hasText("Statusrapport 1");
		Browser.assertAccessible(page);
		page.getByLabel("Hvad har I lavet?").fill("Seks sangworkshops på plejecentret med beboere og pårørende.");
		page.getByLabel("Antal deltagere nået").fill("mange");
		button("Indsend rapporten").click();

		// kept as a draft, every missing answer named, nothing typed lost
		assertThat(page.locator("#error-summary")).containsText("Rapporten er gemt som kladde");
		assertThat(page.locator("#error-summary li")).hasCount(2);
		assertThat(page.getByLabel("Hvad har I lavet?"))
			.hasValue("Seks sangworkshops på plejecentret med beboere og pårørende.");
		assertThat(page.getByLabel("Antal deltagere nået")).hasValue("mange");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "grant-report-errors");

		// the error summary's links lead to the fields, by keyboard
		page.locator("#error-summary a").first().focus();
		page.keyboard().press("Enter");
		page.keyboard().type("Flere workshops i foråret og en koncert på biblioteket.");
		page.getByLabel("Antal deltagere nået").fill("84");
		button("Indsend rapporten").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Rapporten er indsendt");
		assertThat(page.locator("#obligations tr").filter(new Locator.FilterOptions().setHasText("Statusrapport 1")))
			.containsText("Indsendt");
		Browser.assertAccessible(page);
		link("Statusrapport 1").click();
		assertThat(page.locator("#report-status")).hasText("Indsendt");
		assertThat(page.locator("#report-read")).containsText("Flere workshops i foråret");
		Browser.assertAccessible(page);
		button("Log ud").click();

		// the officer finds it in the follow-up table and approves it
		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer/grants?status=SUBMITTED"));
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(granted.title()));
		assertThat(row).containsText("Statusrapport 1");
		Browser.assertAccessible(page);
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Statusrapport 1")).click();
		assertThat(page.locator("main")).containsText("Seks sangworkshops på plejecentret");
		Browser.assertAccessible(page);
		button("Godkend rapporten").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Rapporten er godkendt");

		assertThat(page.locator("#instalments tbody tr").nth(1)).containsText("Klar til frigivelse");
		Browser.assertAccessible(page);
	}

	@Test
	void theGranteeEntersTheAccountsAgainstTheBudgetAndTheOfficerReadsThem() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(420_000), Money.ofKroner(80_000), null);
		Browser.logIn(page, url(""), granted.applicant(), granted.password());
		page.navigate(url("/applicant/grants/" + granted.grantId()));
		Browser.check(page.getByLabel("Jeg accepterer bevillingen og dens vilkår"));
		button("Accepter bevillingen").click();
		page.locator("#obligations").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Regnskab")).click();
		assertThat(page.locator("h1")).hasText("Regnskab");
		Browser.assertAccessible(page);

		Locator actual = page.locator("#accounts-table input").first();
		actual.fill("95.000");
		button("Indsend regnskabet").click();
		assertThat(page.locator("#error-summary li")).hasCount(3);
		assertThat(page.locator("#accounts-actual")).hasText("95.000 kr.");
		assertThat(page.locator("#accounts-table tbody tr").first()).containsText("Skal forklares");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "grant-accounts-errors");

		page.locator("#error-summary a").first().click();
		page.keyboard().type("Flere workshops end planlagt, fordi ventelisten var lang.");
		page.getByLabel("Navn på den, der afgiver erklæringen").fill("Anne Kasserer");
		Browser.check(page.getByLabel("Jeg erklærer på tro og love", new Page.GetByLabelOptions().setExact(false)));
		button("Indsend regnskabet").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Regnskabet er indsendt");
		button("Log ud").click();

		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer/grants?status=SUBMITTED"));
		page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(granted.title()))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Regnskab")).click();
		assertThat(page.locator("#accounts-explanations")).containsText("ventelisten var lang");
		assertThat(page.locator("#accounts-declaration")).containsText("Anne Kasserer");
		Browser.assertAccessible(page);
		button("Godkend regnskabet").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Regnskabet er godkendt");

		// the samples of sworn statements, reached from the follow-up table
		page.navigate(url("/officer/grants"));
		link("Stikprøver af tro- og loveerklæringer").click();
		assertThat(page.locator("h1")).hasText("Stikprøver af tro- og loveerklæringer");
		Browser.assertAccessible(page);
		page.navigate(url("/officer/grants"));
		link("Dokumenter til sletning").click();
		assertThat(page.locator("h1")).hasText("Bevillingsdokumenter til sletning");
		Browser.assertAccessible(page);
	}

	@Test
	void theGranteeAsksForALaterEndAndTheOfficerApprovesIt() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(430_000), Money.ofKroner(150_000), null);
		Browser.logIn(page, url(""), granted.applicant(), granted.password());
		page.navigate(url("/applicant/grants/" + granted.grantId()));
		Browser.check(page.getByLabel("Jeg accepterer bevillingen og dens vilkår"));
		button("Accepter bevillingen").click();
		link("Bed om en ændring").click();
		assertThat(page.locator("h1")).hasText("Ændringer af bevillingen");
		Browser.assertAccessible(page);

		button("Send anmodningen").click();
		assertThat(page.locator("#error-summary li")).hasCount(2);
		Browser.assertAccessible(page);
		Browser.check(page.getByLabel("Forlænge projektperioden"));
		page.getByLabel("Ny slutdato (ved forlængelse)").fill("31.12.2030");
		page.getByLabel("Begrundelse").fill("Koret kan først optræde efter sommerferien.");
		button("Send anmodningen").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Anmodningen er sendt");
		assertThat(page.locator("#change-history")).containsText("Afventer sagsbehandleren");
		button("Log ud").click();

		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer/grants/" + granted.grantId()));
		link("Ændringsanmodninger").click();
		Browser.assertAccessible(page);
		button("Godkend ændringen").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Ændringen er godkendt");
		assertThat(page.locator("#change-history")).containsText("Godkendt");
		assertThat(page.locator("#change-history")).containsText("31.12.2030");
		Browser.assertAccessible(page);
	}

	@Test
	void theOfficerSettlesAClaimForMoneyPaidBeyondTheSpendingAndTheGrantCloses() {
		// a small grant of 20.000 kr. paid at acceptance; the final report approved; the accounts show 15.000 kr.
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(48_000), Money.ofKroner(20_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		steps.release("officer", granted.grantId(), 1);
		steps.markPaid("officer", grants.instalments(granted.grantId()).stream().map(Grants.InstalmentView::id).toList());
		java.util.UUID finalReport = obligation(granted, ObligationKind.FINAL_REPORT);
		reports.save(granted.applicant(), granted.grantId(), finalReport, new GrantReports.ReportForm(
				"Fem fortælleaftener", "Én aften aflyst", "Deltagerne mødtes igen", "18", "", false), true);
		reports.approve("officer", granted.grantId(), finalReport);
		java.util.UUID accountsId = obligation(granted, ObligationKind.ACCOUNTS);
		GrantAccounts.Accounts entered = accounts.forGrantee(granted.applicant(), granted.grantId(), accountsId);
		java.util.Map<String, String> fields = new java.util.HashMap<>();
		entered.lines().forEach(line -> {
			fields.put("a-" + line.id() + "-" + entered.years().getFirst(), "15.000");
			fields.put("e-" + line.id(), "Én aften blev aflyst");
		});
		fields.put("signer", "Anne Kasserer");
		fields.put("sworn", "true");
		accounts.save(granted.applicant(), granted.grantId(), accountsId, GrantAccounts.AccountsForm.of(fields), null,
				true);
		accounts.approve("officer", granted.grantId(), accountsId);

		Browser.logIn(page, url(""), granted.applicant(), granted.password());
		page.navigate(url("/applicant/grants/" + granted.grantId()));
		assertThat(page.locator("#settlement-claim")).hasText("5.000 kr. – ikke betalt");
		Browser.assertAccessible(page);
		button("Log ud").click();

		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer/grants/" + granted.grantId()));
		assertThat(page.locator("#settlement-entitled")).hasText("15.000 kr.");
		Browser.assertAccessible(page);
		page.getByLabel("Modtaget den").fill("31.02.2026");
		button("Registrér 5.000 kr. modtaget").click();
		assertThat(page.locator("#receivedOn-error")).containsText("dd.mm.åååå");
		assertThat(page.getByLabel("Modtaget den")).hasValue("31.02.2026");
		Browser.assertAccessible(page);
		page.getByLabel("Modtaget den").fill(dk.kulturpuls.platform.Formats.date(java.time.LocalDate.now()));
		page.getByLabel("Modtaget den").press("Enter");
		assertThat(page.locator("#settlement-claim")).hasText("5.000 kr. – betalt");
		assertThat(page.locator("#grant-status")).hasText("Afsluttet");
		Browser.screenshot(page, "grant-settlement-received");
	}

	private java.util.UUID obligation(GrantFixture.Granted granted, ObligationKind kind) {
		return grants.obligations(granted.grantId()).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow()
			.id();
	}
}
