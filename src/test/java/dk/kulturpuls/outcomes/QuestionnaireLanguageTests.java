package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * A questionnaire is in the participant's language, and says so where it cannot be: a licensed scale without a
 * loaded Danish wording is English text marked {@code lang="en"} on a Danish page, the project lead is told before
 * making a link, and an administrator loads the licensed Danish wording. Unanswered items are all named and marked.
 */
@ApplicationTest
class QuestionnaireLanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	MeasurementPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	ProjectId project(String name, String... instruments) {
		ProjectId project = projects.register(new Projects.NewProject(name, "Sang for alle.", "Testkommune",
				"language", Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
				true, Set.of("projectlead")));
		plans.replace(project, java.util.Arrays.stream(instruments)
			.map(i -> new MeasurementPlans.Entry(i, TimePoint.BASELINE, null)).toList());
		return project;
	}

	@Test
	void aScaleWithoutDanishWordingIsMarkedEnglishAndTheLeadIsToldBeforeALinkIsMade() {
		String name = "Sangkor " + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = project(name, "SWEMWBS", "WHO-5");
		Participants.Participant p = participants.enrol(project, null, null, false);

		Document lead = WebSession.loggedIn(port, "projectlead", "demo").page("/project-lead/outcomes/" + project.value());
		assertThat(lead.select(".kp-english-only").eachText()).containsExactly(
				"SWEMWBS har endnu ingen godkendt dansk ordlyd i platformen. Deltagerne får spørgsmålene på engelsk, "
						+ "indtil en administrator indlæser programmets licenserede danske oversættelse under "
						+ "Licenserede spørgeskemaer.");

		Document swemwbs = new WebSession(port).page("/public/q/" + participants.issueLink(p.id(), "SWEMWBS", TimePoint.BASELINE));
		assertThat(swemwbs.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(swemwbs.selectFirst("#questionnaire-context").text())
			.isEqualTo("Projekt: " + name + ". Måling: Før (baseline).");
		assertThat(swemwbs.selectFirst("legend span[lang=en]").text()).startsWith("I've been feeling optimistic");
		assertThat(swemwbs.select("fieldset ul[lang=en]")).hasSize(7);
		assertThat(swemwbs.selectFirst("label[for=item1-1]").text()).isEqualTo("None of the time");
		// the page's own text stays Danish and unmarked
		assertThat(swemwbs.selectFirst(".font-lead").closest("[lang=en]")).isNull();

		Document who5 = new WebSession(port).page("/public/q/" + participants.issueLink(p.id(), "WHO-5", TimePoint.BASELINE));
		assertThat(who5.select("fieldset ul[lang=da]")).hasSize(5);
		assertThat(who5.select("main [lang=en]")).isEmpty();
	}

	@Test
	void anAdministratorLoadsTheLicensedDanishWordingAndATypingErrorLosesNothing() {
		String name = "Dansekor " + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = project(name, "WEMWBS");
		Participants.Participant p = participants.enrol(project, null, null, false);
		WebSession admin = WebSession.loggedIn(port, "admin", "demo");
		Document page = admin.page("/admin/outcomes/instruments");
		assertThat(page.selectFirst("#wording-WEMWBS").text()).contains("Ingen dansk ordlyd endnu");
		String items = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 14)
			.mapToObj(i -> "Jeg har følt mig godt tilpas " + i).toList());
		try {
			// four answer lines for a five-point scale: refused, with what was typed kept
			HttpResponse<String> refused = admin.post("/admin/outcomes/instruments/WEMWBS/wording", page,
					Map.of("instruction", "Sæt kryds", "answers", "Aldrig\nSjældent\nNogle gange\nOfte", "items", items));
			assertThat(refused.statusCode()).isEqualTo(422);
			Document again = Jsoup.parse(refused.body());
			assertThat(again.selectFirst("#error-summary").text())
				.contains("Skalaen har 5 svarmuligheder; der står 4 linjer.");
			assertThat(again.selectFirst("#wording-answers-WEMWBS").wholeText()).isEqualTo("Aldrig\nSjældent\nNogle gange\nOfte");
			assertThat(again.selectFirst("#wording-items-WEMWBS").wholeText()).isEqualTo(items);

			HttpResponse<String> loaded = admin.post("/admin/outcomes/instruments/WEMWBS/wording", again,
					Map.of("instruction", "Sæt kryds", "answers", "Aldrig\nSjældent\nNogle gange\nOfte\nHele tiden",
							"items", items));
			assertThat(loaded.statusCode()).isEqualTo(302);
			assertThat(admin.page("/admin/outcomes/instruments").selectFirst("#wording-WEMWBS").text())
				.contains("Dansk ordlyd indlæst");
			assertThat(audit.eventsFor("outcomes-instrument", "WEMWBS")).extracting(AuditTrail.AuditEvent::action)
				.contains("wording-loaded");

			Document form = new WebSession(port).page("/public/q/" + participants.issueLink(p.id(), "WEMWBS", TimePoint.BASELINE));
			assertThat(form.select("fieldset ul[lang=da]")).hasSize(14);
			assertThat(form.selectFirst("label[for=item1-5]").text()).isEqualTo("Hele tiden");
			assertThat(form.selectFirst("legend span[lang=da]").text()).isEqualTo("Jeg har følt mig godt tilpas 1");
			assertThat(WebSession.loggedIn(port, "projectlead", "demo").page("/project-lead/outcomes/" + project.value())
				.select(".kp-english-only")).isEmpty();
			// the English page keeps the English wording
			assertThat(new WebSession(port).page("/public/q/" + participants.issueLink(p.id(), "WEMWBS", TimePoint.BASELINE)
					+ "?lang=en").selectFirst("label[for=item1-5]").text()).isEqualTo("All of the time");
		}
		finally {
			jdbc.sql("delete from outcomes_instrument_wording where instrument = 'WEMWBS'").update();
		}
	}

	@Test
	void everyUnansweredItemIsNamedInTheSummaryAndMarkedAtItsPlace() {
		ProjectId project = project("Maleværksted " + UUID.randomUUID().toString().substring(0, 6), "WHO-5");
		Participants.Participant p = participants.enrol(project, null, null, false);
		String path = "/public/q/" + participants.issueLink(p.id(), "WHO-5", TimePoint.BASELINE);
		WebSession respondent = new WebSession(port);
		Document form = respondent.page(path);
		HttpResponse<String> sent = respondent.post(path, form, Map.of("item1", "3", "item3", "4"));
		assertThat(sent.statusCode()).isEqualTo(422);
		Document again = Jsoup.parse(sent.body());
		assertThat(again.select("#error-summary li").eachText()).containsExactly(
				"Spørgsmål 2 er ikke besvaret. Vælg et svar.", "Spørgsmål 4 er ikke besvaret. Vælg et svar.",
				"Spørgsmål 5 er ikke besvaret. Vælg et svar.");
		assertThat(again.select("#error-summary a").eachAttr("href")).containsExactly("#item2-5", "#item4-5", "#item5-5");
		assertThat(again.select(".form-group.form-error fieldset").eachAttr("aria-describedby"))
			.containsExactly("item2-error", "item4-error", "item5-error");
		assertThat(again.selectFirst("#item1-3").hasAttr("checked")).isTrue();
		assertThat(again.selectFirst("#item3-4").hasAttr("checked")).isTrue();
		assertThat(List.of(again.select("#item2-error").text())).containsExactly("Fejl: Spørgsmål 2 er ikke besvaret. Vælg et svar.");
	}
}
