package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
import dk.kulturpuls.platform.Money;

/**
 * The applicant's journey on a phone-sized screen, from registration to the receipt, and the officer who finds
 * the application in the inbox and screens it. Every page is checked with axe-core.
 */
@ApplicationTest
class ApplicationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Calls calls;

	@Autowired
	dk.kulturpuls.organisations.OrganisationClaims claims;

	@Autowired
	ApplicantOrganisationRepository organisations;

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

	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	void check(String screenshot) {
		Browser.assertAccessible(page);
		Browser.screenshot(page, "funding-" + screenshot);
	}

	void logIn(String username, String password) {
		page.navigate(url("/login"));
		field("Brugernavn").fill(username);
		field("Adgangskode").fill(password);
		button("Log ind").click();
	}

	@Test
	void anApplicantRegistersDraftsReturnsUploadsAndSubmitsAndTheOfficerScreensIt() {
		page.setViewportSize(390, 844);
		String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		String password = "Tre blå ænder på Limfjorden";
		String title = "Sangstunder på hospitalet " + UUID.randomUUID().toString().substring(0, 4);
		Calls.CallView small = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow();

		// register
		page.navigate(url("/public/calls"));
		check("calls");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret dig som ansøger")).click();
		check("register");
		field("Dit navn").fill("Jonna Journey");
		field("E-mail").fill(email);
		Browser.check(field("Organisation med CVR-nummer"));
		field("Organisationens navn").fill("Koret Klang");
		field("CVR-nummer").fill(unusedCvr());
		field("Adgangskode").fill(password);
		button("Opret bruger").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tjek din e-mail");
		check("registered");

		// the outbox holds personal links: anonymous visitors do not see it, the administrator does
		org.assertj.core.api.Assertions.assertThat(context.request().get(url("/public/demo/outbox")).status())
			.isEqualTo(404);
		String mail;
		try (BrowserContext admin = Browser.newContext()) {
			Page adminPage = admin.newPage();
			Browser.logIn(adminPage, url(""), "admin", "demo");
			adminPage.navigate(url("/admin/outbox"));
			Browser.assertAccessible(adminPage);
			mail = adminPage.locator("article.kp-mail").filter(new Locator.FilterOptions().setHasText(email)).first()
				.locator("pre").textContent();
		}
		String link = mail.lines().filter(l -> l.contains("/public/register/verify")).findFirst().orElseThrow().trim();
		page.navigate(link);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Din e-mail er bekræftet");
		check("verified");

		// log in and start an application after the eligibility question
		logIn(email, password);
		assertThat(page).hasURL(Pattern.compile(".*/applicant$"));
		check("applicant-start");
		page.navigate(url("/public/calls/" + small.id().value()));
		check("call");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg nu")).click();
		check("eligibility");
		Browser.check(field("Nej"));
		button("Fortsæt til ansøgningen").click();

		// step 1: all errors at once, then corrected
		assertThat(page.getByText("Trin 1 af 8: Projekt")).isVisible();
		check("step-project");
		field("Projektets titel").fill(title);
		field("Startdato").fill("01.03.2027");
		field("Slutdato").fill("31.12.2027");
		button("Gem og fortsæt").click();
		assertThat(page.locator("#error-summary li")).hasCount(2);
		assertThat(page.locator("#error-summary")).containsText("Beskriv projektet kort.");
		assertThat(page.locator("#error-summary")).containsText("højst vare 6 måneder");
		assertThat(field("Projektets titel")).hasValue(title);
		check("step-project-errors");
		field("Kort beskrivelse af projektet").fill("Korsang med indlagte børn og deres forældre.");
		field("Slutdato").fill("31.08.2027");
		button("Gem og fortsæt").click();

		assertThat(page.getByText("Trin 2 af 8: Tilbud og målgrupper")).isVisible();
		check("step-offer");
		page.locator("#offerType").getByText("Eksperimenterende kunst og kultur", new Locator.GetByTextOptions()).click();
		Browser.check(field("Indlagte patienter"));
		button("Gem og fortsæt").click();

		assertThat(page.getByText("Trin 3 af 8: Kommuner")).isVisible();
		check("step-municipalities");
		Browser.check(field("Aalborg"));
		button("Gem og fortsæt").click();

		assertThat(page.getByText("Trin 4 af 8: Partnere")).isVisible();
		field("Partnerens navn").fill("Aalborg Universitetshospital, Børneafdelingen");
		field("Partnerens rolle").fill("rekrutterer deltagere");
		button("Tilføj partner").click();
		assertThat(page.getByText("Aalborg Universitetshospital, Børneafdelingen – rekrutterer deltagere")).isVisible();
		check("step-partners");
		button("Gem og fortsæt").click();

		assertThat(page.getByText("Trin 5 af 8: Budget")).isVisible();
		page.locator("#category").selectOption("fee");
		field("Beskrivelse af posten").fill("Honorar til korleder");
		page.locator("#year").selectOption("2027");
		page.locator("#amount").fill("42.000");
		button("Tilføj budgetpost").click();
		field("Finansieringskilde").fill("Egen forening");
		page.locator("#kind").selectOption("OWN");
		page.locator("#fundingYear").selectOption("2027");
		page.locator("#fundingAmount").fill("2.000");
		page.locator("#status").selectOption("COMMITTED");
		button("Tilføj medfinansiering").click();
		assertThat(page.locator("#requested-amount")).hasText("40.000 kr.");
		check("step-budget");
		button("Gem og fortsæt").click();

		assertThat(page.getByText("Trin 6 af 8: Dokumentation og evaluering")).isVisible();
		field("Plan for dokumentation og evaluering").fill("Deltagerne svarer før og efter forløbet.");
		field("Trivselsmål, I vil bruge").fill("WHO-5 ved første og sidste gang");
		check("step-evaluation");
		button("Gem og fortsæt").click();
		assertThat(page.getByText("Trin 7 af 8: Bilag")).isVisible();

		// leave, come back later: the draft is there with everything typed
		page.setViewportSize(1280, 900);
		button("Log ud").click();
		page.setViewportSize(390, 844);
		logIn(email, password);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(field("Projektets titel")).hasValue(title);
		String draft = page.url().replaceAll("/project$", "");
		page.navigate(draft + "/attachments");

		// upload an attachment, refused when it is not what it claims, accepted when it is a PDF
		field("Fil").setInputFiles(new FilePayload("budget.pdf",
				"application/pdf", "Dette er ikke en PDF".getBytes(StandardCharsets.UTF_8)));
		button("Læg bilaget op").click();
		assertThat(page.locator("#error-summary")).containsText("Typen bestemmes ud fra indholdet");
		check("step-attachments-error");
		field("Hvilket bilag er det?").selectOption("letter-of-intent");
		field("Fil").setInputFiles(new FilePayload(
				"hensigtserklaering.pdf", "application/pdf", dk.kulturpuls.platform.UploadsTests.PDF));
		button("Læg bilaget op").click();
		assertThat(page.locator("#attachment-list")).containsText("hensigtserklaering.pdf");
		check("step-attachments");

		// the attachment stays when the project is edited later
		page.navigate(draft + "/project");
		field("Projektets titel").fill(title + " for børn");
		button("Gem").click();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Ansøgningen er gemt")))
			.isVisible();
		page.navigate(draft + "/review");
		assertThat(page.getByText("Trin 8 af 8: Gennemse og indsend")).isVisible();
		assertThat(page.locator(".kp-summary")).containsText("hensigtserklaering.pdf");
		assertThat(page.locator(".kp-summary")).containsText("40.000 kr.");
		check("step-review");
		// the organisation is registered with a CVR number: the secretariat confirms the claim before it can submit
		// (the officer's claims page is walked in OrganisationClaimsBrowserTests)
		claims.confirm(claims.ofClaimant(email).orElseThrow().id(), "officer");
		button("Indsend ansøgningen").click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kvittering");
		assertThat(page.locator("#receipt")).containsText("Kvitteringsnummer: KP-");
		check("receipt");
		String receipt = page.locator("#receipt .alert-heading").textContent().replace("Kvitteringsnummer: ", "").trim();

		// the officer finds it in the inbox and screens it
		BrowserContext officerContext = Browser.newContext();
		page = officerContext.newPage();
		try {
			logIn("officer", "demo");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opslag og ansøgninger")).first().click();
			check("officer-calls");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nyt opslag")).click();
			check("officer-call-form");
			page.goBack();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(small.title().da())).click();
			field("Kommune").selectOption("0851");
			field("Målgrupper").selectOption("hospital-patients");
			button("Filtrér").click();
			Locator row = page.locator("#inbox tbody tr").filter(new Locator.FilterOptions().setHasText(receipt));
			assertThat(row).hasCount(1);
			check("inbox");
			row.getByRole(AriaRole.LINK).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title + " for børn");
			check("officer-application");
			Browser.check(field("Kan behandles"));
			button("Gem screening").click();
			assertThat(page.locator("#application-status")).hasText("Kan behandles");
			assertThat(page.locator("#audit")).containsText("Screenet");
			check("officer-screened");
		}
		finally {
			officerContext.close();
		}
	}

	String unusedCvr() {
		java.util.Random random = new java.util.Random();
		while (true) {
			String digits = String.valueOf(10_000_000 + random.nextInt(89_999_999));
			if (dk.kulturpuls.organisations.Cvr.isValid(digits) && !organisations.existsByCvr(digits)) {
				return digits;
			}
		}
	}
}
