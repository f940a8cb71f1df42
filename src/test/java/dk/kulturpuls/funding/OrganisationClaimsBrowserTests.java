package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.organisations.OrganisationClaims;
import dk.kulturpuls.platform.Mailer;

/** The claim pages walked in a browser with axe: the officer confirms, the administrator invites, the colleague joins. */
@ApplicationTest
class OrganisationClaimsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationClaims claims;

	@Autowired
	ApplicantOrganisationRepository organisations;

	@Autowired
	dk.kulturpuls.platform.Accounts accounts;

	@Autowired
	ApplicantRepository applicants;

	@Autowired
	Mailer mailer;

	@Test
	void theOfficerConfirmsAndTheAdministratorInvites() {
		String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		String cvr = freeCvr();
		ApplicantOrganisation party = organisations.save(ApplicantOrganisation.organisation("Foreningen Browser", cvr));
		accounts.create(email, "Bo Browser", email, OrganisationClaimsHttpTests.PASSWORD,
				Set.of(dk.kulturpuls.platform.Role.APPLICANT));
		Applicant applicant = new Applicant(email, "Bo Browser", email, party.id(), null, java.time.Instant.now());
		applicant.verify(java.time.Instant.now());
		applicants.save(applicant);
		claims.claim(cvr, "Foreningen Browser", party.id(), email, "Bo Browser", email, Locale.of("da"));

		BrowserContext context = Browser.newContext();
		try {
			Page page = context.newPage();
			String base = "http://127.0.0.1:" + port;
			Browser.logIn(page, base, "officer", "demo");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationer til bekræftelse")).first().click();
			assertThat(page.locator("h1")).hasText("Organisationer til bekræftelse");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "organisation-claims");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekræft Foreningen Browser, oprettet af Bo Browser")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Organisationen er bekræftet");
			Browser.assertAccessible(page);
			context.clearCookies();

			Browser.logIn(page, base, email, OrganisationClaimsHttpTests.PASSWORD);
			page.navigate(base + "/applicant/organisation");
			assertThat(page.locator("#organisation-status")).containsText("Bekræftet");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
			assertThat(page.locator("#error-summary")).isVisible();
			Browser.assertAccessible(page);
			String colleague = "kollega-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
			page.getByLabel("Kollegaens e-mail").fill(colleague);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitationen er sendt");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "organisation-mine");
			context.clearCookies();

			page.navigate(base + OrganisationClaimsHttpTests.link(mailer.to(colleague).getFirst().body()));
			assertThat(page.locator("h1")).hasText("Tag imod invitationen");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "organisation-invitation");
			page.getByLabel("Dit navn").fill("Kaj Kollega");
			page.getByLabel("Adgangskode").fill(OrganisationClaimsHttpTests.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret bruger")).click();
			assertThat(page.locator("h1")).hasText("Din bruger er oprettet");
			Browser.assertAccessible(page);
		}
		finally {
			context.close();
		}
	}

	String freeCvr() {
		java.util.Random random = new java.util.Random();
		while (true) {
			String digits = String.valueOf(10_000_000 + random.nextInt(89_999_999));
			if (dk.kulturpuls.organisations.Cvr.isValid(digits) && !organisations.existsByCvr(digits)) {
				return digits;
			}
		}
	}
}
