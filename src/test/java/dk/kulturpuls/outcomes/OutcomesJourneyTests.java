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
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * A participant answers WHO-5 on a phone by keyboard alone through a one-time link; the project's staff see the
 * score (and the read is audited); nobody else does; the public dashboard and the open-data API show a small
 * group as suppressed.
 */
@ApplicationTest
class OutcomesJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

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

	void login(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
	}

	ProjectId project(String offerType) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		return projects.register(new Projects.NewProject("Kor for trivsel " + suffix, "Korsang i otte uger.",
				"Testkommune", offerType, Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), true, Set.of("projectlead")));
	}

	@Test
	void aParticipantAnswersWho5ByKeyboardOnAPhoneAndStaffSeeTheScore() {
		ProjectId project = project("journey-" + UUID.randomUUID().toString().substring(0, 6));
		login(page, "projectlead");
		page.navigate(url("/project-lead/outcomes"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(projects.find(project).orElseThrow().name()))
			.click();
		Browser.assertAccessible(page);

		// consent is required
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld deltager")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sæt kryds ved samtykke");
		page.getByLabel("Aldersgruppe (frivilligt)").selectOption("65-79");
		page.getByLabel("Deltageren har givet samtykke").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld deltager")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("tilmeldt med koden KP-");
		String code = participants.ofProject(project).getFirst().code();
		assertThat(code).matches("KP-[" + Participants.CODE_ALPHABET + "]{8}");

		UUID participantId = participants.ofProject(project).getFirst().id();
		page.locator("#link-instrument-" + participantId).selectOption("WHO-5");
		page.locator("#link-timePoint-" + participantId).selectOption("BASELINE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav engangslink til " + code)).click();
		String link = page.locator("#issued-link").getAttribute("href");
		assertThat(link).contains("/public/q/");
		Browser.assertAccessible(page);

		// the participant, not logged in, on a phone
		BrowserContext phone = Browser.newContext();
		try {
			Page q = phone.newPage();
			q.setViewportSize(375, 740);
			q.navigate(link);
			assertThat(q.locator("h1")).hasText("WHO-5 Trivselsindeks");
			Browser.assertAccessible(q);

			// sending nothing keeps the link open and says what to fix
			q.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send besvarelsen")).click();
			assertThat(q.getByRole(AriaRole.ALERT)).containsText("Spørgsmål 1 er ikke besvaret");
			Browser.assertAccessible(q);

			// keyboard alone: tab into each item's radio group, choose with space and arrow keys
			for (int i = 0; i < 60 && !"item1".equals(q.evaluate("document.activeElement.name")); i++) {
				q.keyboard().press("Tab");
			}
			assertThat(q.evaluate("document.activeElement.name")).isEqualTo("item1");
			for (int item = 1; item <= 5; item++) {
				q.keyboard().press("Space"); // 5 = all of the time
				q.keyboard().press("ArrowDown"); // 4
				q.keyboard().press("ArrowDown"); // 3 = more than half of the time
				q.keyboard().press("Tab");
			}
			assertThat(q.locator("#item5-3")).isChecked();
			assertThat(q.evaluate("document.activeElement.type")).isEqualTo("submit");
			q.keyboard().press("Enter");
			assertThat(q.locator("h1")).hasText("Tak for dine svar");
			Browser.assertAccessible(q);
			Browser.screenshot(q, "outcomes-questionnaire-thanks");

			// the link works once
			Response again = q.navigate(link);
			assertThat(again.status()).isEqualTo(410);
			assertThat(q.locator("h1")).hasText("Linket kan ikke bruges");
		}
		finally {
			phone.close();
		}

		// staff see the score: raw 15, WHO-5 percentage 60; the read is in the audit trail
		long readsBefore = auditedReads(project);
		page.navigate(url("/project-lead/outcomes/" + project.value()));
		assertThat(page.locator("#scores")).containsText(code);
		assertThat(page.locator("#scores tbody tr").first()).containsText("60,00");
		assertThat(page.locator("#scores tbody tr").first()).containsText("15");
		assertThat(auditedReads(project)).isEqualTo(readsBefore + 1);
		Browser.assertAccessible(page);
	}

	long auditedReads(ProjectId project) {
		return jdbc.sql("""
				select count(*) from platform_audit_event
				where subject_type = 'project' and subject_id = :id and action = 'individual-scores-read'""")
			.param("id", project.value().toString()).query(Long.class).single();
	}

	@Test
	void nobodyButTheProjectsStaffSeesItsIndividualAnswers() {
		ProjectId project = project("privacy-" + UUID.randomUUID().toString().substring(0, 6));
		String other = "lead" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(other, "Anden Projektleder", other + "@example.org", "demo", Set.of(Role.PROJECT_LEAD));
		login(page, other);
		Response response = page.navigate(url("/project-lead/outcomes/" + project.value()));
		assertThat(response.status()).isEqualTo(404);

		Page officer = context.newPage();
		context.clearCookies();
		login(officer, "officer");
		Response forbidden = officer.navigate(url("/project-lead/outcomes/" + project.value()));
		assertThat(forbidden.status()).isEqualTo(403);
	}

	@Test
	void paperEntryKeepsWhatWasTypedOnAnErrorAndWithdrawalDeletesTheAnswers() {
		ProjectId project = project("paper-" + UUID.randomUUID().toString().substring(0, 6));
		Participants.Participant participant = participants.enrol(project, null, null, false);
		login(page, "projectlead");
		page.navigate(url("/project-lead/outcomes/" + project.value() + "/participants/" + participant.id()
				+ "/paper?instrument=UCLA-3&timePoint=BASELINE"));
		Browser.assertAccessible(page);
		page.locator("#item1-2").check();
		page.locator("#item3-3").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem svarene")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Spørgsmål 2 er ikke besvaret");
		assertThat(page.locator("#item1-2")).isChecked();
		assertThat(page.locator("#item3-3")).isChecked();
		page.locator("#item2-1").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem svarene")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(participant.code() + ": 6.0");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Tilbagetræk samtykke for " + participant.code() + " og slet svarene"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("er trukket tilbage");
		assertThat(jdbc.sql("select count(*) from outcomes_score where participant_id = :id")
			.param("id", participant.id()).query(Long.class).single()).isZero();
		assertThat(participants.find(participant.id()).orElseThrow().withdrawn()).isTrue();
	}

	@Test
	void theDashboardAndTheOpenDataApiShowASmallGroupAsSuppressed() {
		String small = "small-" + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = project(small);
		for (int i = 0; i < 2; i++) {
			Participants.Participant p = participants.enrol(project, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(2, 2, 2, 2, 2));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(3, 3, 3, 3, 3));
		}
		// a larger group beside it, so that the total is shown
		ProjectId large = project("large-" + UUID.randomUUID().toString().substring(0, 6));
		for (int i = 0; i < 6; i++) {
			Participants.Participant p = participants.enrol(large, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(1, 2, 2, 2, 2));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(3, 3, 4, 3, i % 5));
		}

		page.navigate(url("/public/outcomes?instrument=WHO-5&groupBy=offerType"));
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(small))).containsText("Skjult");
		Browser.assertAccessible(page);
		// the programme's offer types are shown by name, not by code
		assertThat(page.locator("tbody")).containsText("Næste niveau af sundhedsfremmende forløb");
		assertThat(page.locator("tbody")).not().containsText("health-promoting-courses");

		APIResponse api = page.request().get(url("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=offerType"));
		assertThat(api.status()).isEqualTo(200);
		String json = api.text();
		int at = json.indexOf("\"group\":\"" + small + "\"");
		assertThat(at).isPositive();
		String cell = json.substring(at, json.indexOf('}', at));
		assertThat(cell).contains("\"suppressed\":true").contains("\"n\":null").contains("\"meanChange\":null");

		assertThat(page.request().get(url("/api/v1/outcomes/summary?groupBy=nonsense")).status()).isEqualTo(400);
		assertThat(page.request().get(url("/v3/api-docs")).text()).contains("/api/v1/outcomes/summary");
	}
}
