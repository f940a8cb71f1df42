package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * The project's own analysis page as its staff see it: the Wilcoxon test as R reports it (zeros dropped before
 * ranking, the convention named), each participant's reliable change index with the shares reliably improved and
 * deteriorated, the intention-to-treat analysis with the baseline carried forward, and the CSV export. The expected
 * figures are R's (R 4.2.2: wilcox.test, t.test, sd) on the same data.
 */
@ApplicationTest
class ProjectAnalysisTests {

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	MeasurementPlans plans;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** WHO-5 answers with the given raw total (percentage score = raw × 4). */
	static List<Integer> who5(int raw) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answers.add(raw / 5 + (i < raw % 5 ? 1 : 0));
		}
		return answers;
	}

	/**
	 * Eight complete pairs (percentage scores) 40→60, 40→40, 48→48, 32→56, 60→44, 36→64, 44→44, 56→80: three without
	 * change and a tie; two more with a baseline only (24 and 52).
	 */
	ProjectId projectWithMeasurements() {
		ProjectId project = projects.register(new Projects.NewProject(
				"Dans og trivsel " + UUID.randomUUID().toString().substring(0, 6), "Dans for voksne.", "Testkommune",
				"analysis", Set.of("adults"), Set.of("0101"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				true, Set.of("projectlead")));
		plans.replace(project, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null)));
		int[][] scores = { { 40, 60 }, { 40, 40 }, { 48, 48 }, { 32, 56 }, { 60, 44 }, { 36, 64 }, { 44, 44 },
				{ 56, 80 }, { 24, -1 }, { 52, -1 } };
		for (int[] pair : scores) {
			Participants.Participant p = participants.enrol(project, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, who5(pair[0] / 4));
			if (pair[1] >= 0) {
				participants.recordPaper(p.id(), "WHO-5", TimePoint.END, who5(pair[1] / 4));
			}
		}
		return project;
	}

	@Test
	void staffSeeWilcoxonAsRReportsItTheReliableChangeAndTheIntentionToTreatAnalysis() {
		ProjectId project = projectWithMeasurements();
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/outcomes/" + project.value() + "/analysis");

		// R: wilcox.test(after, before, paired = TRUE) gives V = 14, p = 0.1041 (Pratt's method would give 26)
		String wilcoxon = page.select("#results tr").stream().filter(r -> r.text().startsWith("Wilcoxon"))
			.findFirst().orElseThrow().text();
		assertThat(wilcoxon).contains("W = 14,0", "p = 0,104");
		assertThat(page.selectFirst("#wilcoxon-convention").text()).contains("3 par uden ændring udelades",
				"ikke Pratts", "bygger på 5 par", "normalfordelingstilnærmelsen med kontinuitetskorrektion");

		// RCI: SD before 9.6658, r_xx 0.81, SE 4.2132, √2·SE 5.9584; smallest reliable change 11.7
		assertThat(page.selectFirst("#rci-reliability").text()).contains("r_xx = 0,81", "ikke er efterprøvet");
		assertThat(page.selectFirst("#reliable-change caption").text()).contains("11,7");
		assertThat(row(page, "#reliable-change", "Pålideligt forbedret")).contains("4", "50,0 %");
		assertThat(row(page, "#reliable-change", "Pålideligt forværret")).contains("1", "12,5 %");
		assertThat(row(page, "#reliable-change", "Ingen pålidelig ændring")).contains("3", "37,5 %");
		List<String> rci = page.select("#rci tbody tr").eachText();
		assertThat(rci).hasSize(8);
		assertThat(rci).anyMatch(r -> r.contains("40,00 60,00 20,00 3,36 Forbedret"));
		assertThat(rci).anyMatch(r -> r.contains("60,00 44,00 -16,00 -2,69 Forværret"));
		assertThat(rci).anyMatch(r -> r.contains("40,00 40,00 0,00 0,00 Ingen pålidelig ændring"));

		// intention to treat, baseline carried forward: 10 with a baseline, 2 carried; R: mean 8, CI −2.54 to
		// 18.54, t = 1.72, df = 9, p = 0.120
		assertThat(page.selectFirst("#itt").text()).contains("10", "8,0 (14,7)", "t = 1,72, df = 9, p = 0,120");
		assertThat(row(page, "#itt", "Heraf med før-målingen fremført")).endsWith("2");
	}

	@Test
	void staffDownloadTheirAnalysisAsCsvAndNobodyElseCan() {
		ProjectId project = projectWithMeasurements();
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/outcomes/" + project.value() + "/analysis");
		String href = page.selectFirst("#analysis-csv").attr("href");
		assertThat(href).isEqualTo("/project-lead/outcomes/" + project.value() + "/analysis.csv?instrument=WHO-5&after=END");
		long exportsBefore = audited(project, "individual-scores-exported");

		HttpResponse<String> csv = lead.get(href);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
				"analyse-who-5-end.csv");
		String body = csv.body();
		assertThat(body).startsWith("\uFEFF\"Statistik\";\"Værdi\"\r\n");
		assertThat(body).contains("\"Komplette par: W (Wilcoxon)\";\"14,0\"", "\"Komplette par: p (Wilcoxon)\";\"0,1041\"",
				"\"Komplette par: Par uden ændring (udeladt før rangordning)\";\"3\"",
				"\"Andel pålideligt forbedret (%)\";\"50,0\"", "\"Andel pålideligt forværret (%)\";\"12,5\"",
				"\"Intention-to-treat: heraf før-måling fremført\";\"2\"",
				"\"Intention-to-treat (før-måling fremført): Gennemsnitlig ændring\";\"8,00\"");
		// one row per participant with a baseline; a negative change stays a number, a missing after is carried
		String[] lines = body.split("\r\n");
		assertThat(java.util.Arrays.stream(lines).filter(l -> l.startsWith("\"KP-")).count()).isEqualTo(10);
		assertThat(body).contains("\"60,00\";\"44,00\";\"-16,00\";\"-2,69\";\"Forværret\";\"44,00\"");
		assertThat(body).contains("\"24,00\";\"\";\"\";\"\";\"\";\"24,00\"");
		assertThat(audited(project, "individual-scores-exported")).isEqualTo(exportsBefore + 1);

		String other = "lead" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(other, "Anden Projektleder", other + "@example.org", PASSWORD, Set.of(Role.PROJECT_LEAD));
		assertThat(WebSession.loggedIn(port, other, PASSWORD).get(href).statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "officer", "demo").get(href).statusCode()).isEqualTo(403);
		assertThat(new WebSession(port).get(href).statusCode()).isIn(302, 401);
	}

	static String row(Document page, String table, String heading) {
		return page.select(table + " tr").stream().filter(r -> r.selectFirst("th") != null
				&& r.selectFirst("th").text().equals(heading)).findFirst().orElseThrow().text();
	}

	long audited(ProjectId project, String action) {
		return jdbc.sql("""
				select count(*) from platform_audit_event
				where subject_type = 'project' and subject_id = :id and action = :action""")
			.param("id", project.value().toString()).param("action", action).query(Long.class).single();
	}
}
