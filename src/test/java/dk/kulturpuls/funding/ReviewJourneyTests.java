package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The review journey in a real browser: a reviewer declares no conflict and scores, another declares a conflict
 * and is shut out, the officer proposes the portfolio and decides, and the applicant reads the decision and letter.
 */
@ApplicationTest
class ReviewJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Reviews reviews;

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	Page login(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		Browser.logIn(page, url(""), username, password);
		page.waitForURL(Pattern.compile(".*/(reviewer|committee|officer|applicant)$"));
		return page;
	}

	@Test
	void reviewersDeclareAndScoreTheOfficerProposesAndDecidesAndTheApplicantReadsTheLetter() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(200_000),
				Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID first = setup.applications().get(0);
		UUID second = setup.applications().get(1);
		String good = fixture.reviewer(Role.REVIEWER);
		String conflicted = fixture.reviewer(Role.REVIEWER);
		reviews.assign(first, good, "officer");
		reviews.assign(first, conflicted, "officer");
		ReviewAssignment other = reviews.assign(second, good, "officer");
		reviews.declare(good, other.id(), false, null, null);
		reviews.score(good, other.id(), Map.of(0, 3, 1, 3, 2, 6), Map.of(), true);

		try (BrowserContext context = Browser.newContext()) {
			Page page = login(context, good, "secret-" + good);
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(setup.titles().get(0))).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Habilitetserklæring");
			Browser.assertAccessible(page);
			Browser.check(page.getByLabel("Nej, jeg er ikke inhabil"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afgiv erklæring")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Din bedømmelse")))
				.isVisible();
			page.locator("#score0").fill("5");
			page.locator("#score1").fill("4");
			page.locator("#score2").fill("9");
			page.locator("#comment0").fill("Tydelig effekt for de unge");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflever bedømmelse")).click();
			assertThat(page.getByText("Din bedømmelse er afleveret.")).isVisible();
			// 50 + 24 + 18
			assertThat(page.locator("#weighted-total")).containsText("92,00");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "review-scored");
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = login(context, conflicted, "secret-" + conflicted);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(setup.titles().get(0))).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Habilitetserklæring");
			Browser.check(page.getByLabel("Ja, jeg er inhabil og forlader sagen"));
			Browser.check(page.getByLabel("Jeg er gift med, i familie med eller besvogret med en part eller dens repræsentant (§ 3, stk. 1, nr. 2)"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afgiv erklæring")).click();
			assertThat(page.getByText("Du har erklæret dig inhabil.")).isVisible();
			assertThat(page.locator("#queue")).containsText("Inhabil – har forladt sagen");
			Browser.assertAccessible(page);
			UUID assignment = reviews.forApplication(first).stream().filter(a -> a.reviewer().equals(conflicted))
				.findFirst().orElseThrow().id();
			assertThat(page.navigate(url("/reviewer/reviews/" + assignment)).status()).isEqualTo(403);
			assertThat(page.navigate(url("/reviewer/applications/" + first + "/scores")).status()).isEqualTo(403);
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = login(context, "officer", "demo");
			page.navigate(url("/officer/calls/" + setup.call().id().value() + "/reviews"));
			assertThat(page.locator("#score-board")).containsText("92,00");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Habilitetsregister til referatet")).click();
			assertThat(page.locator("#register")).containsText("Bedømmer " + conflicted);
			Browser.assertAccessible(page);
			page.goBack();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Porteføljeforslag")).click();
			page.getByLabel("Mindst antal kommuner, der skal nås").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beregn forslag")).click();
			// 200.000 + 100.000 fit the 300.000 and reach both municipalities
			assertThat(page.locator("#portfolio-status")).containsText("Bevist optimalt");
			assertThat(page.locator("#portfolio-municipalities caption")).hasText("Forslaget når 2 af 11 kommuner");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "review-portfolio");

			page.navigate(url("/officer/applications/" + first + "/decision"));
			Browser.check(page.getByLabel("Bevilget", new Page.GetByLabelOptions().setExact(true)));
			page.getByLabel("Bevilget beløb").fill("175.000");
			page.getByLabel("Vilkår").fill("Slutrapport senest 1. marts");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Træf afgørelse")).click();
			// less than the request: the letter must say why, and nothing typed is lost
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bevillingen er mindre end det ansøgte");
			assertThat(page.locator("#reason-error")).containsText("Skriv i begrundelsen");
			assertThat(page.getByLabel("Begrundelse", new Page.GetByLabelOptions().setExact(true)))
				.hasAttribute("aria-invalid", "true");
			assertThat(page.getByLabel("Bevilget beløb")).hasValue("175.000");
			assertThat(page.getByLabel("Vilkår")).hasValue("Slutrapport senest 1. marts");
			Browser.assertAccessible(page);
			page.getByLabel("Begrundelse", new Page.GetByLabelOptions().setExact(true))
				.fill("Honoraret til musikerne er sat ned til puljens takst.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Træf afgørelse")).click();
			assertThat(page.locator("#granted-amount")).hasText("175.000 kr.");
			Browser.assertAccessible(page);
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = login(context, setup.applicant(), "secret-" + setup.applicant());
			page.navigate(url("/applicant/applications/" + first));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Læs afgørelsen")).click();
			assertThat(page.locator("#decision-outcome")).hasText("Bevilget");
			Browser.assertAccessible(page);
			var letter = page.request().get(url("/applicant/applications/" + first + "/decision.pdf"));
			assertThat(letter.status()).isEqualTo(200);
			assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(new String(letter.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		}
	}
}
