package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * The project staff's outcomes page shows participants and individual scores 50 at a time, each list with its own
 * page links that keep the other list where it was.
 */
@ApplicationTest
class ProjectOutcomesPagingTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	MeasurementPlans plans;

	static int rows(Document page, String table) {
		return page.select(table + " tbody tr").size();
	}

	static String pageLink(Document page, String label, String number) {
		Element nav = page.selectFirst("nav[aria-label=" + label + "]");
		assertThat(nav).as(label).isNotNull();
		return nav.select("a").stream().filter(a -> a.text().equals(number)).findFirst().orElseThrow().attr("href");
	}

	@Test
	void participantsAndScoresAreShownFiftyAtATime() {
		ProjectId project = projects.register(new Projects.NewProject(
				"Sangcafé " + UUID.randomUUID().toString().substring(0, 6), "Sang for ældre.", "Testkommune", "paging",
				Set.of("elderly"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), true,
				Set.of("projectlead")));
		plans.replace(project, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null)));
		for (int i = 0; i < 55; i++) {
			Participants.Participant participant = participants.enrol(project, null, null, false);
			if (i < 51) {
				participants.recordPaper(participant.id(), "WHO-5", TimePoint.BASELINE, List.of(3, 3, 3, 3, 3));
			}
		}
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		String address = "/project-lead/outcomes/" + project.value();

		Document first = lead.page(address);
		assertThat(rows(first, "table:not(#scores)")).isEqualTo(50);
		assertThat(rows(first, "#scores")).isEqualTo(50);
		assertThat(first.text()).contains("Viser 1–50 af 55.", "Viser 1–50 af 51.");

		Document participantsTwo = lead.page(pageLink(first, "Sider med deltagere", "2"));
		assertThat(rows(participantsTwo, "table:not(#scores)")).isEqualTo(5);
		assertThat(participantsTwo.text()).contains("Viser 51–55 af 55.");
		assertThat(rows(participantsTwo, "#scores")).isEqualTo(50);

		Document bothSecond = lead.page(pageLink(participantsTwo, "Sider med individuelle scorer", "2"));
		assertThat(rows(bothSecond, "#scores")).isEqualTo(1);
		assertThat(rows(bothSecond, "table:not(#scores)")).as("the participants stay on their second page")
			.isEqualTo(5);

		// a page past the end shows the last page
		assertThat(rows(lead.page(address + "?participantsPage=99"), "table:not(#scores)")).isEqualTo(5);
	}
}
