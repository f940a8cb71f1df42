package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * Withdrawal of consent asks first and says what will be deleted (without JavaScript: a page, then a form); parallel
 * submits of one questionnaire link store one answer and acknowledge every other as already received.
 */
@ApplicationTest
class ConsentAndSubmissionTests {

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

	ProjectId project() {
		ProjectId project = projects.register(new Projects.NewProject(
				"Fællessang " + UUID.randomUUID().toString().substring(0, 6), "Sang for alle.", "Testkommune",
				"consent", Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), true,
				Set.of("projectlead")));
		plans.replace(project, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null)));
		return project;
	}

	long scores(UUID participant) {
		return jdbc.sql("select count(*) from outcomes_score where participant_id = :id").param("id", participant)
			.query(Long.class).single();
	}

	@Test
	void withdrawalAsksForConfirmationSayingWhatWillBeDeleted() {
		ProjectId project = project();
		Participants.Participant participant = participants.enrol(project, null, null, false);
		participants.recordPaper(participant.id(), "WHO-5", TimePoint.BASELINE, List.of(3, 3, 3, 3, 3));
		participants.recordPaper(participant.id(), "WHO-5", TimePoint.END, List.of(4, 4, 4, 4, 4));
		participants.issueLink(participant.id(), "WHO-5", TimePoint.END);
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		String projectPage = "/project-lead/outcomes/" + project.value();

		// the row holds a link to the confirmation step, not a button that deletes
		Document page = lead.page(projectPage);
		Element link = page.select("a").stream()
			.filter(a -> a.text().equals("Tilbagetræk samtykke for " + participant.code() + " …")).findFirst()
			.orElseThrow();
		assertThat(page.select("form[action$=/withdraw]")).isEmpty();

		Document confirm = lead.page(link.attr("href"));
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Tilbagetræk samtykke for " + participant.code());
		assertThat(confirm.selectFirst("#withdraw-warning").text()).contains("slettes for altid",
				"Der slettes 2 svar og 1 åbne engangslinks");
		assertThat(confirm.select("#answers-to-delete tbody tr").eachText()).hasSize(2)
			.anyMatch(r -> r.startsWith("WHO-5 Før (baseline) Papir"))
			.anyMatch(r -> r.startsWith("WHO-5 Ved afslutning"));
		assertThat(confirm.select("a").eachAttr("href")).contains(projectPage);
		assertThat(scores(participant.id())).isEqualTo(2);

		// a post without the confirmation deletes nothing and shows the confirmation step
		String action = "/project-lead/outcomes/" + project.value() + "/participants/" + participant.id() + "/withdraw";
		HttpResponse<String> unconfirmed = lead.post(action, confirm, Map.of());
		assertThat(unconfirmed.statusCode()).isEqualTo(302);
		assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith(action);
		assertThat(scores(participant.id())).isEqualTo(2);
		assertThat(participants.find(participant.id()).orElseThrow().withdrawn()).isFalse();

		// confirmed: deleted, withdrawn, audited as before
		Element form = confirm.selectFirst("form[action$=/withdraw]");
		HttpResponse<String> done = lead.post(form.attr("action"), confirm,
				Map.of("confirm", form.selectFirst("input[name=confirm]").val()));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(projectPage);
		assertThat(lead.page(projectPage).text()).contains(participant.code() + " er trukket tilbage");
		assertThat(scores(participant.id())).isZero();
		assertThat(jdbc.sql("select count(*) from outcomes_link where participant_id = :id")
			.param("id", participant.id()).query(Long.class).single()).isZero();
		assertThat(participants.find(participant.id()).orElseThrow().withdrawn()).isTrue();
		assertThat(jdbc.sql("""
				select detail from platform_audit_event
				where subject_type = 'outcomes-participant' and subject_id = :id and action = 'consent-withdrawn'""")
			.param("id", participant.id().toString()).query(String.class).list()).containsExactly("2 answers deleted");
	}

	@Test
	void parallelSubmitsOfOneLinkStoreOneAnswerAndAcknowledgeTheRest() throws Exception {
		for (int round = 0; round < 3; round++) {
			ProjectId project = project();
			Participants.Participant participant = participants.enrol(project, null, null, false);
			String token = participants.issueLink(participant.id(), "WHO-5", TimePoint.BASELINE);
			WebSession phone = new WebSession(port);
			Document form = phone.page("/public/q/" + token);
			Map<String, String> answers = new LinkedHashMap<>();
			for (int i = 1; i <= 5; i++) {
				answers.put("item" + i, "3");
			}
			List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				posts.add(phone.postAsync("/public/q/" + token, form, answers));
			}
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				responses.add(post.get());
			}
			assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
			assertThat(responses.stream().filter(r -> r.body().contains("Dine svar er gemt.")).count()).isEqualTo(1);
			assertThat(responses.stream().filter(r -> r.body().contains("Dine svar er allerede modtaget")).count())
				.isEqualTo(7);
			assertThat(scores(participant.id())).isEqualTo(1);
		}
	}
}
