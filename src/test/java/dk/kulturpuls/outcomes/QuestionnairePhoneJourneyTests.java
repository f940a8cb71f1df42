package dk.kulturpuls.outcomes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * A participant opens the questionnaire on a phone (390 × 844): a compact header without the main menu, the page
 * says which project and time point, and sending with items unanswered names and marks every one of them.
 */
@ApplicationTest
class QuestionnairePhoneJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	MeasurementPlans plans;

	BrowserContext context;
	Page phone;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext();
		phone = context.newPage();
		phone.setViewportSize(390, 844);
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void thePhoneShowsACompactHeaderTheProjectAndTimePointAndMarksEveryUnansweredItem() {
		String name = "Dans på dagcentret " + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = projects.register(new Projects.NewProject(name, "Dans i otte uger.", "Testkommune", "phone",
				Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true,
				Set.of("projectlead")));
		plans.replace(project, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null)));
		Participants.Participant p = participants.enrol(project, null, null, false);
		String token = participants.issueLink(p.id(), "WHO-5", TimePoint.END);

		phone.navigate("http://127.0.0.1:" + port + "/public/q/" + token);
		assertThat(phone.locator("h1")).hasText("WHO-5 Trivselsindeks");
		assertThat(phone.locator("#questionnaire-context")).hasText("Projekt: " + name + ". Måling: Ved afslutning.");
		// compact: the platform name and the language switch, no main menu and no login, and the header is short
		assertThat(phone.locator("header .kp-navigation")).isHidden();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind"))).isHidden();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).isVisible();
		double header = ((Number) phone.evaluate("document.querySelector('header').getBoundingClientRect().height"))
			.doubleValue();
		assertThat(header).as("header height in px on an 844 px screen").isLessThan(844 / 8.0);
		assertThat(phone.locator("fieldset").first()).isInViewport();
		Browser.assertAccessible(phone);
		Browser.screenshot(phone, "outcomes-questionnaire-phone");

		// two of five answered: the summary names items 2, 4 and 5, and each is marked at its place
		phone.locator("label[for=item1-3]").click();
		phone.locator("label[for=item3-4]").click();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send besvarelsen")).click();
		assertThat(phone.locator("#error-summary li")).hasText(new String[] { "Spørgsmål 2 er ikke besvaret. Vælg et svar.",
				"Spørgsmål 4 er ikke besvaret. Vælg et svar.", "Spørgsmål 5 er ikke besvaret. Vælg et svar." });
		assertThat(phone.locator(".form-group.form-error")).hasCount(3);
		assertThat(phone.locator(".form-group.form-error .form-error-message")).hasCount(3);
		assertThat(phone.locator("#item1-3")).isChecked();
		assertThat(phone.locator("#questionnaire-context")).containsText(name);
		assertThat(phone.locator("header .kp-navigation")).isHidden();
		Browser.assertAccessible(phone);
		Browser.screenshot(phone, "outcomes-questionnaire-phone-errors");

		// the compact header is for the phone: on a wide screen the full menu is there
		phone.setViewportSize(1280, 900);
		assertThat(phone.locator("header .kp-navigation")).isVisible();
	}
}
