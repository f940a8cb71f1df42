package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The answers import as a project lead meets it: the page says what each planned questionnaire accepts, the template
 * has example rows that are never imported, and a bad file is reported by its real error, one line per row.
 */
@ApplicationTest
class AnswerImportPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	MeasurementPlans plans;

	@Autowired
	Participants participants;

	ProjectId project() {
		ProjectId id = projects.register(new Projects.NewProject("Sang " + UUID.randomUUID().toString().substring(0, 6),
				"Sang i otte uger.", "Testkommune", "import", Set.of("adults"), Set.of("0101"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true, Set.of("projectlead")));
		plans.replace(id, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null),
				new MeasurementPlans.Entry("UCLA-3", TimePoint.BASELINE, null)));
		return id;
	}

	@Test
	void thePageShowsEachPlannedInstrumentsAnswersAndDirectionAndTheTemplatesExamplesAreNeverImported() {
		ProjectId project = project();
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		String path = "/project-lead/outcomes/" + project.value() + "/import";
		Document page = lead.page(path);
		Element who5 = row(page, "WHO-5");
		assertThat(who5.text()).contains("5 spørgsmål: item1–item5", "Et helt tal fra 0 til 5", "0 = På intet tidspunkt",
				"5 = Hele tiden", "Score 0–100", "Højere score er bedre");
		Element ucla = row(page, "UCLA-3");
		assertThat(ucla.text()).contains("3 spørgsmål", "fra 1 til 3", "Score 3–9", "Højere score er dårligere");
		assertThat(page.select("#accepted tbody tr")).as("only the plan's instruments").hasSize(2);
		assertThat(page.selectFirst("#template-examples").text()).contains("EKSEMPEL-1", "Slet eksempelrækkerne");

		String template = lead.get(path + "/template.csv").body();
		List<String> lines = template.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("EKSEMPEL-"))
			.anySatisfy(line -> assertThat(line).matches("EKSEMPEL-\\d,WHO-5,BASELINE,[0-5],[0-5],[0-5],[0-5],[0-5],,.*"))
			.anySatisfy(line -> assertThat(line).matches("EKSEMPEL-\\d,WHO-5,END,.*"))
			.anySatisfy(line -> assertThat(line).matches("EKSEMPEL-\\d,UCLA-3,BASELINE,[1-3],[1-3],[1-3],,.*"));
		Document report = upload(lead, path, "skabelon.csv", template.getBytes(StandardCharsets.UTF_8));
		assertThat(report.select("#problems tbody tr")).hasSize(3).allSatisfy(r -> assertThat(r.text())
			.contains("Rækken er skabelonens eksempel", "Slet den"));
	}

	@Test
	void aRowWithAnInstrumentOutsideThePlanGetsThatOneProblemAndAMissingColumnIsSaidOnce() {
		ProjectId project = project();
		String code = participants.enrol(project, null, null, false).code();
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		String path = "/project-lead/outcomes/" + project.value() + "/import";
		String csv = "code,instrument,time_point,item1,item2,item3\n" + code + ",WEMWBS,BASELINE,3,3,3\n" + code
				+ ",WHO-5,BASELINE,3,3,3\n" + "KP-ZZZZZZZZ,UCLA-3,BASELINE,1,2,7\n";
		Document report = upload(lead, path, "svar.csv", csv.getBytes(StandardCharsets.UTF_8));
		List<String> rows = report.select("#problems tbody tr").stream().map(Element::text).toList();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("2 instrument").contains("WEMWBS").doesNotContain("item");
		assertThat(rows.get(1)).startsWith("3 item4, item5")
			.contains("WHO-5 har 5 spørgsmål, men filen mangler kolonnerne item4, item5");
		assertThat(rows.get(2)).startsWith("4 code, item3").contains("Ingen deltager i projektet har koden KP-ZZZZZZZZ",
				"Svaret \"7\" er ikke tilladt");
		assertThat(report.selectFirst("#import-problems").text()).contains("Filen har 3 problemer");
	}

	@Test
	void aSpreadsheetAPdfOrAnotherEncodingIsNamedAsSuchNotAsMissingColumns() {
		ProjectId project = project();
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		String path = "/project-lead/outcomes/" + project.value() + "/import";
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33 };
		assertThat(upload(lead, path, "svar.xlsx", xlsx).selectFirst("#problems").text())
			.contains("Filen er et regneark").doesNotContain("mangler");
		assertThat(upload(lead, path, "svar.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))
			.selectFirst("#problems").text()).contains("Filen er en PDF-fil");
		assertThat(upload(lead, path, "svar.csv", "code;instrument;time_point;item1\nKP-1;WHO-5;BASELINE;3 (Ærø)\n"
			.getBytes(StandardCharsets.ISO_8859_1)).selectFirst("#problems").text()).contains("ikke gemt i UTF-8");
		assertThat(upload(lead, path, "noter.csv", "Navn,Svar\nAnne,godt\n".getBytes(StandardCharsets.UTF_8))
			.select("#problems tbody tr")).singleElement().satisfies(r -> assertThat(r.text())
				.contains("Første række er ikke kolonnernes navne"));
	}

	private static Element row(Document page, String instrument) {
		return page.select("#accepted tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith(instrument))
			.findFirst().orElseThrow();
	}

	private static Document upload(WebSession lead, String path, String name, byte[] content) {
		HttpResponse<String> posted = lead.postMultipart(path, lead.page(path), Map.of(), "file", name, content);
		String job = posted.headers().firstValue("Location").orElseThrow();
		String jobPath = job.substring(job.indexOf("/project-lead/"));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
			.until(() -> lead.page(jobPath).selectFirst("#import-phase").text().startsWith("Intet er importeret"));
		return lead.page(jobPath);
	}
}
