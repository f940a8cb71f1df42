package dk.kulturpuls.outcomes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * A project lead registers a participant and hands out a one-time link; the participant answers WHO-5 on a
 * phone-sized screen with the keyboard alone; the staff see the score; the link works once; nobody outside the
 * project's staff sees the answers.
 */
@ApplicationTest
class QuestionnaireJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	BrowserContext staff;
	BrowserContext participant;

	@BeforeEach
	void openBrowsers() {
		staff = Browser.newContext();
		participant = Browser.newContext();
	}

	@AfterEach
	void closeBrowsers() {
		staff.close();
		participant.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	Page login(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		return page;
	}

	ProjectView demoProject() {
		return projects.forStaff("projectlead").stream().filter(p -> p.name().startsWith("Kulturvitaminer"))
			.findFirst().orElseThrow();
	}

	@Test
	void aParticipantAnswersWhoFiveThroughAOneTimeLinkByKeyboardOnAPhone() {
		ProjectView project = demoProject();
		Page page = login(staff, "projectlead", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Målinger for " + project.name())).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Trivselsmålinger: " + project.name());
		Browser.assertAccessible(page);

		// consent is required
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér deltager")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("samtykket er givet");
		page.getByLabel("Deltageren har givet samtykke").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér deltager")).click();
		String status = page.getByRole(AriaRole.STATUS).allTextContents().toString();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("KP-[0-9A-Z]{8}").matcher(status);
		org.assertj.core.api.Assertions.assertThat(matcher.find()).as(status).isTrue();
		String code = matcher.group();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav engangslink for " + code)).click();
		String link = page.locator("#link-url").textContent().trim();
		org.assertj.core.api.Assertions.assertThat(link).contains("/public/q/");

		Page phone = participant.newPage();
		phone.setViewportSize(390, 844);
		phone.navigate(link);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("WHO-5 Trivselsindeks");
		assertThat(phone.locator("body")).not().containsText(code);
		Browser.assertAccessible(phone);
		Browser.screenshot(phone, "questionnaire-phone");

		// keyboard alone: the first radio of each group, then arrow keys choose within the group
		phone.locator("#item1-5").focus();
		phone.keyboard().press("Space");
		for (int item = 2; item <= 5; item++) {
			phone.keyboard().press("Tab");
			phone.keyboard().press("Space");
			if (item % 2 == 0) {
				phone.keyboard().press("ArrowDown");
			}
		}
		phone.keyboard().press("Tab");
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svar"))).isFocused();
		phone.keyboard().press("Enter");
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tak for dine svar");
		Browser.assertAccessible(phone);

		// the link works once
		phone.navigate(link);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Linket virker ikke længere");

		// 5 + 4 + 5 + 4 + 5 = 23 → 92
		page.reload();
		assertThat(page.locator("#responses")).containsText(code);
		assertThat(page.locator("#responses tr", new Page.LocatorOptions().setHasText(code))).containsText("92");
		assertThat(page.locator("#responses tr", new Page.LocatorOptions().setHasText(code))).containsText("5 4 5 4 5");
		Browser.assertAccessible(page);

		// reading the individual answers was audited
		long reads = jdbc.sql("select count(*) from platform_audit_event where subject_id = :p and action = 'individual answers read' and actor = 'projectlead'")
			.param("p", project.id().toString()).query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(reads).isPositive();
	}

	@Test
	void aPaperResponseWithAMissingItemIsRefusedAndKeepsTheAnswersGiven() {
		ProjectView project = demoProject();
		Page page = login(staff, "projectlead", "demo");
		page.navigate(url("/project-lead/projects/" + project.id() + "/outcomes"));
		page.getByLabel("Deltageren har givet samtykke").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér deltager")).click();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("KP-[0-9A-Z]{8}")
			.matcher(page.getByRole(AriaRole.STATUS).allTextContents().toString());
		matcher.find();
		String code = matcher.group();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indtast papirsvar for " + code)).click();
		page.locator("#item1-3").check();
		page.locator("#item2-3").check();
		page.locator("#item4-2").check();
		page.locator("#item5-1").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem besvarelsen")).click();

		assertThat(page.locator("#error-summary")).containsText("Spørgsmål 3 er ikke besvaret");
		assertThat(page.locator("#item1-3")).isChecked();
		assertThat(page.locator("#item5-1")).isChecked();
		Browser.assertAccessible(page);
		page.locator("#item3-2").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem besvarelsen")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Besvarelsen er gemt");
		// 3 + 3 + 2 + 2 + 1 = 11 → 44
		assertThat(page.locator("#responses tr", new Page.LocatorOptions().setHasText(code))).containsText("44");
	}

	@Test
	void onlyTheProjectsStaffSeeItsMeasurements() {
		String other = "lead-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(other, "Anden Projektleder", null, "another-long-password", EnumSet.of(Role.PROJECT_LEAD));
		Page page = login(staff, other, "another-long-password");
		var response = page.navigate(url("/project-lead/projects/" + demoProject().id() + "/outcomes"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("main")).containsText("Du har ikke adgang");

		Page officer = login(participant, "officer", "demo");
		var officerResponse = officer.navigate(url("/project-lead/projects/" + demoProject().id() + "/outcomes"));
		org.assertj.core.api.Assertions.assertThat(officerResponse.status()).isEqualTo(403);
	}
}
