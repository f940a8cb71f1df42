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
 * score (and the read is audited); nobody else does; the public dashboard and the open-data API show released
 * figures, with a small project left out.
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

	@Autowired
	MeasurementPlans plans;

	@Autowired
	InstrumentSettings settings;

	@Autowired
	OutcomeReleases releases;

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
		Browser.logIn(page, url(""), username, "demo");
	}

	/** A project whose plan holds WHO-5 and UCLA-3 at baseline and end. */
	ProjectId project(String offerType) {
		ProjectId id = unplannedProject(offerType);
		plans.replace(id, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null),
				new MeasurementPlans.Entry("UCLA-3", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("UCLA-3", TimePoint.END, null)));
		return id;
	}

	ProjectId unplannedProject(String offerType) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		return projects.register(new Projects.NewProject("Kor for trivsel " + suffix, "Korsang i otte uger.",
				"Testkommune", offerType, Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), true, Set.of("projectlead")));
	}

	@Test
	void aParticipantAnswersWho5ByKeyboardOnAPhoneAndStaffSeeTheScore() {
		ProjectId project = unplannedProject("journey-" + UUID.randomUUID().toString().substring(0, 6));
		login(page, "projectlead");
		page.navigate(url("/project-lead/outcomes"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(projects.find(project).orElseThrow().name()))
			.click();
		Browser.assertAccessible(page);

		// the measurement plan first: errors say what to fix, and what was ticked and typed stays
		assertThat(page.locator("main")).containsText("Lav måleplanen først");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigér måleplanen")).click();
		Browser.assertAccessible(page);
		Browser.check(page.getByLabel("WHO-5 ved tidspunktet Ved afslutning"));
		Browser.check(page.getByLabel("WHO-5 ved tidspunktet Opfølgning"));
		page.getByLabel("Måneder efter afslutning for WHO-5").fill("60");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem måleplanen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("WHO-5 har ingen førmåling");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("et helt tal fra 1 til 36");
		assertThat(page.getByLabel("WHO-5 ved tidspunktet Ved afslutning")).isChecked();
		assertThat(page.getByLabel("Måneder efter afslutning for WHO-5")).hasValue("60");
		Browser.assertAccessible(page);
		Browser.check(page.getByLabel("WHO-5 ved tidspunktet Før (baseline)"));
		page.getByLabel("Måneder efter afslutning for WHO-5").fill("6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem måleplanen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Måleplanen for");
		assertThat(page.locator("#plan-summary")).containsText("WHO-5: Opfølgning, 6 måneder efter afslutning");
		assertThat(plans.of(project)).hasSize(3);

		// consent is required
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld deltager")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sæt kryds ved samtykke");
		page.getByLabel("Aldersgruppe (frivilligt)").selectOption("65-79");
		Browser.check(page.getByLabel("Deltageren har givet samtykke"));
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
			String csrf = q.locator("input[name=_csrf]").inputValue();
			q.keyboard().press("Enter");
			assertThat(q.locator("h1")).hasText("Tak for dine svar");
			Browser.assertAccessible(q);
			Browser.screenshot(q, "outcomes-questionnaire-thanks");

			// the same answers sent again (a lost connection, a second click) are acknowledged, not refused
			com.microsoft.playwright.APIResponse repeat = phone.request().post(link,
					com.microsoft.playwright.options.RequestOptions.create()
						.setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf)
							.set("item1", "3").set("item2", "3").set("item3", "3").set("item4", "3").set("item5", "3")));
			assertThat(repeat.status()).isEqualTo(200);
			assertThat(repeat.text()).contains("Dine svar er allerede modtaget");

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
		Browser.check(page.locator("#item1-2"));
		Browser.check(page.locator("#item3-3"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem svarene")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Spørgsmål 2 er ikke besvaret");
		assertThat(page.locator("#item1-2")).isChecked();
		assertThat(page.locator("#item3-3")).isChecked();
		Browser.check(page.locator("#item2-1"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem svarene")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(participant.code() + ": 6,00");

		// withdrawal asks first, saying what will be deleted
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Tilbagetræk samtykke for " + participant.code() + " …"))
			.click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der slettes 1 svar");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Tilbagetræk samtykke for " + participant.code() + " og slet svarene"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("er trukket tilbage");
		assertThat(jdbc.sql("select count(*) from outcomes_score where participant_id = :id")
			.param("id", participant.id()).query(Long.class).single()).isZero();
		assertThat(participants.find(participant.id()).orElseThrow().withdrawn()).isTrue();
	}

	@Test
	void theDashboardAndTheOpenDataApiLeaveASmallProjectOutOfTheRelease() {
		String small = "small-" + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = project(small);
		for (int i = 0; i < 2; i++) {
			Participants.Participant p = participants.enrol(project, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(2, 2, 2, 2, 2));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(3, 3, 3, 3, 3));
		}
		// a larger group beside it, so that the total is shown
		String largeOffer = "large-" + UUID.randomUUID().toString().substring(0, 6);
		ProjectId large = project(largeOffer);
		for (int i = 0; i < 6; i++) {
			Participants.Participant p = participants.enrol(large, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(1, 2, 2, 2, 2));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(3, 3, 4, 3, i % 5));
		}

		releases.publish("test");

		page.navigate(url("/public/outcomes?instrument=WHO-5&groupBy=offerType"));
		// the small project is in no figure; the large one is
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(small)))
			.containsText("Ingen projekter med tal i denne udgivelse");
		assertThat(page.locator("#release-info")).containsText("Udgivelse nr.");
		assertThat(page.locator("#excluded")).containsText("færre end 5 deltagere");
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
		assertThat(cell).contains("\"n\":null").contains("\"meanChange\":null");
		int atLarge = json.indexOf("\"group\":\"" + largeOffer + "\"");
		assertThat(json.substring(atLarge, json.indexOf('}', atLarge))).contains("\"n\":6");

		assertThat(page.request().get(url("/api/v1/outcomes/summary?groupBy=nonsense")).status()).isEqualTo(400);
		assertThat(page.request().get(url("/v3/api-docs")).text()).contains("/api/v1/outcomes/summary");
	}

	@Test
	void staffPrintQrCodesImportAnswersAllOrNothingAndSeeTheAnalysis() {
		ProjectId project = project("qr-" + UUID.randomUUID().toString().substring(0, 6));
		Participants.Participant a = participants.enrol(project, null, null, false);
		Participants.Participant b = participants.enrol(project, null, null, false);
		participants.recordPaper(a.id(), "WHO-5", TimePoint.BASELINE, List.of(2, 2, 2, 2, 2)); // 40
		participants.recordPaper(b.id(), "WHO-5", TimePoint.BASELINE, List.of(1, 1, 1, 1, 1)); // 20
		login(page, "projectlead");
		page.navigate(url("/project-lead/outcomes/" + project.value()));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udskriv QR-koder til deltagerne")).click();
		Browser.assertAccessible(page);

		// QR codes: choose a planned measurement, get one card per participant with the link written out
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav QR-koderne")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vælg et spørgeskema og tidspunkt");
		page.getByLabel("Spørgeskema og tidspunkt").selectOption("WHO-5/END");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav QR-koderne")).click();
		assertThat(page.locator(".kp-qr-card")).hasCount(2);
		assertThat(page.getByAltText("QR-kode med engangslinket til deltager " + a.code() + " for WHO-5, Ved afslutning"))
			.isVisible();
		String printed = page.locator(".kp-qr-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(a.code())).locator(".kp-qr-link a").getAttribute("href");
		assertThat(printed).contains("/public/q/");
		assertThat(page.locator("img[alt*='" + a.code() + "']").getAttribute("src")).startsWith("data:image/png;base64,");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "outcomes-qr-sheet");
		// printed, the cards keep the design system's font and the written link is legible (at least 10 pt)
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> link = (java.util.Map<String, Object>) page.locator(".kp-qr-link a").first()
			.evaluate("a => ({ font: getComputedStyle(a).fontFamily, pt: parseFloat(getComputedStyle(a).fontSize) * 0.75 })");
		assertThat((String) link.get("font")).startsWith("\"IBM Plex Sans\"");
		assertThat(((Number) link.get("pt")).doubleValue()).isGreaterThanOrEqualTo(10);
		assertThat((Boolean) page.evaluate("() => document.fonts.check('11pt \"IBM Plex Sans\"')")).isTrue();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

		// CSV import: one bad row and nothing is imported; the report names row, column and what to fix
		page.navigate(url("/project-lead/outcomes/" + project.value() + "/import"));
		Browser.assertAccessible(page);
		APIResponse template = page.request().get(url("/project-lead/outcomes/" + project.value() + "/import/template.csv"));
		assertThat(template.text()).startsWith("code,instrument,time_point,item1,");
		String bad = "code,instrument,time_point,item1,item2,item3,item4,item5\n" + a.code() + ",WHO-5,END,4,4,4,4,4\n"
				+ "KP-ZZZZZZZZ,WHO-5,END,4,4,4,4,9\n";
		page.getByLabel("CSV-fil").setInputFiles(new com.microsoft.playwright.options.FilePayload("svar.csv", "text/csv",
				bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontrollér og importér")).click();
		assertThat(page.locator("#import-phase")).containsText("Intet er importeret");
		assertThat(page.locator("#problems")).containsText("Ingen deltager i projektet har koden KP-ZZZZZZZZ");
		// one line per rejected CSV row, naming every column to fix on it
		assertThat(page.locator("#problems tbody tr")).hasCount(1);
		assertThat(page.locator("#problems tbody tr th")).hasText("3");
		assertThat(page.locator("#problems tbody tr td").nth(0)).containsText("code");
		assertThat(page.locator("#problems tbody tr td").nth(0)).containsText("item5");
		assertThat(page.locator("#problems tbody tr td").nth(1)).containsText("Svaret \"9\" er ikke tilladt");
		assertThat(endScores(project)).isZero();
		Browser.assertAccessible(page);

		// the corrected file, semicolon-separated as Danish spreadsheets save it, imports every row
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload en rettet fil")).click();
		String good = "code;instrument;time_point;item1;item2;item3;item4;item5\n" + a.code() + ";WHO-5;END;4;4;4;4;4\n"
				+ b.code() + ";WHO-5;END;3;3;3;3;2\n";
		page.getByLabel("CSV-fil").setInputFiles(new com.microsoft.playwright.options.FilePayload("svar.csv", "text/csv",
				good.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontrollér og importér")).click();
		assertThat(page.locator("#import-phase")).containsText("Færdig: 2 besvarelser er importeret");
		assertThat(page.locator("#import-progress")).hasAttribute("value", "100");
		assertThat(endScores(project)).isEqualTo(2);
		Browser.assertAccessible(page);

		// the project's own analysis: 2 complete pairs, changes +40 and +36, each pair shown; the read is audited
		long readsBefore = auditedReads(project);
		page.navigate(url("/project-lead/outcomes/" + project.value() + "/analysis?instrument=WHO-5&after=END"));
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Med begge (komplette par, analyseret)")))
			.containsText("2");
		assertThat(page.locator("#results")).containsText("38,0 (2,8)");
		assertThat(page.locator("#results")).containsText("100,0 %");
		assertThat(page.locator("#pairs")).containsText(a.code());
		assertThat(page.locator("[data-kp-outcomes-chart=slope] canvas")).hasCount(1);
		// both charts have a legend and titled axes, in the page's language
		assertThat(chartTexts("distribution")).containsExactly("Før (baseline)", "Ved afslutning", "Score (WHO-5)",
				"Antal deltagere");
		assertThat(chartTexts("slope")).containsExactly("Højere score efter", "Lavere score efter", "Gennemsnit",
				"Måletidspunkt", "Score (WHO-5)");
		assertThat(auditedReads(project)).isEqualTo(readsBefore + 1);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "outcomes-project-analysis");
	}

	/** What a chart writes beside its data: its legend's entries, then its x and y axis titles. */
	@SuppressWarnings("unchecked")
	List<String> chartTexts(String chart) {
		return (List<String>) page.evaluate("""
				kind => {
				  const option = echarts.getInstanceByDom(document.querySelector('[data-kp-outcomes-chart=' + kind + ']'))
				    .getOption();
				  const legend = option.legend[0].data && option.legend[0].data.length
				    ? option.legend[0].data.map(d => d.name || d) : option.series.map(s => s.name);
				  return [...legend, option.xAxis[0].name, option.yAxis[0].name];
				}""", chart);
	}

	long endScores(ProjectId project) {
		return jdbc.sql("""
				select count(*) from outcomes_score s join outcomes_participant p on p.id = s.participant_id
				where p.project_id = :p and s.time_point = 'END'""").param("p", project.value()).query(Long.class).single();
	}

	@Test
	void theOfficerReleasesTheFiguresAndTheAdministratorSwitchesWemwbsOff() {
		String name = "Lille kor " + UUID.randomUUID().toString().substring(0, 6);
		ProjectId small = projects.register(new Projects.NewProject(name, "Korsang.", "Testkommune", "small-choir",
				Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true,
				Set.of("projectlead")));
		plans.replace(small, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null)));
		for (int i = 0; i < 2; i++) {
			Participants.Participant p = participants.enrol(small, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(2, 2, 2, 2, 2));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(3, 3, 3, 3, 3));
		}
		login(page, "officer");
		page.navigate(url("/officer/outcomes/analysis?instrument=WHO-5&after=END&groupBy=project"));
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv tallene nu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tallene er udgivet");
		// the officer sees the released figures only: the small project has none, the demo projects have theirs
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name)))
			.containsText("Ingen projekter med tal i denne udgivelse");
		assertThat(page.locator("#summary tfoot")).not().containsText("Ingen projekter med tal");
		assertThat(page.locator("#pairs")).hasCount(0);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "outcomes-programme-analysis");

		// the officer edits a project's plan too
		page.navigate(url("/officer/outcomes/plans/" + small.value()));
		Browser.assertAccessible(page);
		Browser.check(page.getByLabel("UCLA-3 ved tidspunktet Før (baseline)"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem måleplanen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Måleplanen for " + name + " er gemt");
		assertThat(plans.of(small)).extracting(MeasurementPlans.Entry::instrument).contains("UCLA-3");

		// the administrator switches WEMWBS off: it cannot be planned, and the switch is audited
		context.clearCookies();
		login(page, "admin");
		try {
			page.navigate(url("/admin/outcomes/instruments"));
			assertThat(page.locator("#licensed")).containsText("Warwick Medical School");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå WEMWBS fra")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("WEMWBS er slået fra");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå WEMWBS til"))).isVisible();
			assertThat(jdbc.sql("""
					select count(*) from platform_audit_event
					where subject_type = 'outcomes-instrument' and subject_id = 'WEMWBS' and action = 'instrument-disabled'""")
				.query(Long.class).single()).isPositive();

			context.clearCookies();
			login(page, "officer");
			page.navigate(url("/officer/outcomes/plans/" + small.value()));
			assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(
					java.util.regex.Pattern.compile("^Warwick-Edinburgh Mental Wellbeing Scale")))).containsText("Slået fra");
			Browser.check(page.getByLabel("WEMWBS ved tidspunktet Før (baseline)", new Page.GetByLabelOptions().setExact(true)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem måleplanen")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("WEMWBS er slået fra af administratoren");
			assertThat(plans.of(small)).extracting(MeasurementPlans.Entry::instrument).doesNotContain("WEMWBS");
		}
		finally {
			settings.switchTo("WEMWBS", true, "test");
		}
	}
}
