package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The application form's steps with the keyboard and without colour: Enter in a checkbox saves and continues,
 * the attachment step's buttons move on instead of posting to the upload, the step indicator says in words which
 * steps have errors, and the error summary names each field in the form's order.
 */
@ApplicationTest
class ApplicationStepsBrowserTests {

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicantOrganisationRepository organisations;

	@Autowired
	ApplicantRepository applicants;

	@Autowired
	Applications applications;

	@Autowired
	Calls calls;

	@Autowired
	Clock clock;

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

	@Test
	void theStepsWorkWithTheKeyboardAndSayWhereTheErrorsAre() {
		UUID organisation = organisations.save(ApplicantOrganisation.artist("Tastaturkunstner " + UUID.randomUUID()))
			.id();
		String user = "steps-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		accounts.create(user, "Test Ansøger", user, PASSWORD, Set.of(Role.APPLICANT));
		Applicant applicant = new Applicant(user, "Test Ansøger", user, organisation, null, clock.instant());
		applicant.verify(clock.instant());
		applicants.save(applicant);
		Calls.CallView call = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow();
		UUID id = applications.start(user, call.id(), Map.of(0, false)).applicationId();
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		applications.describeProject(user, id, applications.get(user, id).application().version(), "Tastefortællinger",
				"Fortælleværksteder", start, start.plusMonths(3).minusDays(1));
		String draft = url("/applicant/applications/" + id);
		Browser.logIn(page, url(""), user, PASSWORD);

		// Enter in a checkbox of step 2 saves and continues to step 3, not back to step 1
		page.navigate(draft + "/offer");
		Browser.check(page.locator("input[name=offerType]").first());
		Browser.check(page.locator("input[name=targetGroups]").first());
		page.locator("input[name=targetGroups]").first().press("Enter");
		page.waitForURL(Pattern.compile(".*/municipalities$"));
		Browser.assertAccessible(page);

		// step 7: "Gem og fortsæt" moves on to the review instead of asking for a file
		page.navigate(draft + "/attachments");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem og fortsæt").setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/review$"));
		assertThat(page.locator("body")).not().containsText("Vælg en fil at lægge op");

		// the step indicator says which earlier steps have errors, in words
		assertThat(page.locator(".step-indicator li.error").first().locator(".kp-step-problem"))
			.containsText("skal rettes");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "funding-steps-problems");

		// the error summary names each field, in the form's order
		page.navigate(draft + "/project");
		page.getByLabel("Startdato", new Page.GetByLabelOptions().setExact(true)).fill("31.02.2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem og fortsæt").setExact(true)).click();
		assertThat(page.locator("#error-summary li").first()).containsText("Startdato: Den dato findes ikke");
		page.getByLabel("Startdato", new Page.GetByLabelOptions().setExact(true))
			.fill(dk.kulturpuls.platform.Formats.date(start));
		page.getByLabel("Projektets titel", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.locator("#summary").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem og fortsæt").setExact(true)).click();
		assertThat(page.locator("#error-summary li").first()).containsText("Projektets titel: ");
		assertThat(page.locator("#error-summary li").nth(1)).containsText(": ");
		assertThat(page.locator("#error-summary li")).hasCount(2);
		Browser.assertAccessible(page);
	}
}
