package dk.kulturpuls.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.AuditTrail;

/**
 * A project's page at HTTP level: project leads edit their own projects only (403 for others), officers every
 * project, every change is audited, and the public sees public documentation of public projects only.
 */
@ApplicationTest
class ProjectWorkHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectWork work;

	@Autowired
	AuditTrail audit;

	ProjectId project(String staff, boolean publiclyVisible) {
		return projects.register(new Projects.NewProject("Maleværksted " + UUID.randomUUID().toString().substring(0, 8),
				"Maleværksted for ældre.", "Læsø Kommune", "vulnerable-citizens", Set.of("elderly"), Set.of("0825"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), publiclyVisible,
				staff == null ? Set.of() : Set.of(staff)));
	}

	@Test
	void aProjectLeadEditsTheirOwnProjectAndEveryChangeIsAudited() {
		ProjectId id = project("projectlead", true);
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/projects/" + id);
		assertThat(page.select("h1").text()).startsWith("Maleværksted");

		HttpResponse<String> added = lead.post("/project-lead/projects/" + id + "/partners", page,
				Map.of("organisation", "Læsø Museum", "role", "Kulturpartner", "sector", "CULTURE"));
		assertThat(added.statusCode()).isEqualTo(302);
		HttpResponse<String> activity = lead.post("/project-lead/projects/" + id + "/activities", page,
				Map.of("activityTitle", "Maling i det fri", "heldOn", "12.05.2026", "place", "Byrum", "_digital", "on", "participants", "9"));
		assertThat(activity.statusCode()).isEqualTo(302);
		HttpResponse<String> outcome = lead.post("/project-lead/projects/" + id + "/outcome", page,
				Map.of("results", "Ni faste deltagere.", "lessons", "Mal udenfor, når vejret tillader det.",
						"status", "ACTIVE", "publiclyVisible", "true", "_publiclyVisible", "on"));
		assertThat(outcome.statusCode()).isEqualTo(302);

		Document after = lead.page("/project-lead/projects/" + id);
		assertThat(after.text()).contains("Læsø Museum", "Kulturpartner", "Kultur", "Maling i det fri", "12.05.2026",
				"Ni faste deltagere.");
		assertThat(audit.eventsFor("project", id.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("registered", "partner-added", "activity-added", "outcome-described");
	}

	@Test
	void theProjectPageLinksToItsMeasurementsForTheLeadAndTheOfficer() {
		ProjectId id = project("projectlead", false);
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Element link = lead.page("/project-lead/projects/" + id).selectFirst("#project-measurements-link");
		assertThat(link.text()).isEqualTo("Se projektets trivselsmålinger: deltagere, svar og analyse");
		Document measurements = lead.page(link.attr("href"));
		assertThat(measurements.select("h1").text()).contains("Maleværksted");
		assertThat(measurements.select("nav.nav a[aria-current=page]").eachText()).containsExactly("Trivselsmålinger");

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Element officerLink = officer.page("/officer/projects/" + id).selectFirst("#project-measurements-link");
		assertThat(officerLink.text()).isEqualTo("Se projektets måleplan for trivselsmålingerne");
		assertThat(officer.page(officerLink.attr("href")).select("h1").text()).contains("Maleværksted");
	}

	@Test
	void aProjectLeadMayNotSeeOrEditAnotherProject() {
		ProjectId own = project("projectlead", true);
		ProjectId other = project(null, true);
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/projects/" + own);

		assertThat(lead.get("/project-lead/projects/" + other).statusCode()).isEqualTo(403);
		assertThat(lead.post("/project-lead/projects/" + other + "/partners", page,
				Map.of("organisation", "Nogen", "role", "Ingen", "sector", "OTHER")).statusCode()).isEqualTo(403);
		assertThat(lead.post("/project-lead/projects/" + other + "/outcome", page,
				Map.of("status", "CANCELLED", "_publiclyVisible", "on")).statusCode()).isEqualTo(403);
		// the officers' routes are closed to project leads
		assertThat(lead.get("/officer/projects/" + own).statusCode()).isEqualTo(403);
		assertThat(projects.details(other).orElseThrow().partners()).isEmpty();
		assertThat(projects.details(other).orElseThrow().project().status()).isNotEqualTo(ProjectStatus.CANCELLED);
	}

	@Test
	void anOfficerEditsAnyProject() {
		ProjectId other = project(null, true);
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/projects/" + other);
		assertThat(officer.post("/officer/projects/" + other + "/partners", page,
				Map.of("organisation", "Læsø Kommune", "role", "Projektejer", "sector", "SOCIAL")).statusCode())
			.isEqualTo(302);
		assertThat(projects.details(other).orElseThrow().partners()).extracting(Partner::organisation)
			.containsExactly("Læsø Kommune");
	}

	@Test
	void badInputIsAClearErrorAndKeepsWhatWasTyped() {
		ProjectId id = project("projectlead", true);
		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/projects/" + id);
		HttpResponse<String> response = lead.post("/project-lead/projects/" + id + "/activities", page,
				Map.of("activityTitle", "Koncert", "heldOn", "31.02.2026", "_digital", "on", "participants", "-3"));
		assertThat(response.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(response.body());
		assertThat(errors.select("#error-summary").text()).contains("Den dato findes ikke",
				"Skriv hvor aktiviteten foregår, eller markér at den er digital.");
		assertThat(errors.select("#activityTitle").val()).isEqualTo("Koncert");
		assertThat(errors.select("#heldOn").val()).isEqualTo("31.02.2026");

		HttpResponse<String> link = lead.post("/project-lead/projects/" + id + "/documents", page,
				Map.of("kind", "VIDEO", "documentTitle", "Film", "link", "javascript:alert(1)", "_publicItem", "on"));
		assertThat(Jsoup.parse(link.body()).select("#error-summary").text())
			.contains("Skriv et fuldt link, der begynder med https://.");
		assertThat(Jsoup.parse(link.body()).select("#documentTitle").val()).isEqualTo("Film");
	}

	@Test
	void thePublicSeesPublicDocumentationOfPublicProjectsOnly() {
		ProjectId id = project("projectlead", true);
		ProjectId hidden = project("projectlead", false);
		ProjectWork.Editor lead = new ProjectWork.Editor("projectlead", false);
		work.addDocument(id, lead, new ProjectWork.NewDocument(DocumentKind.REPORT, "Offentlig rapport", "", true,
				"https://example.org/rapport", null, null));
		UUID internal = work.addDocument(id, lead, new ProjectWork.NewDocument(DocumentKind.REPORT, "Intern rapport", "",
				false, null, "intern.pdf", dk.kulturpuls.knowledge.TestDocumentsAccess.pdf("Intern tekst")));

		work.addDocument(id, lead, new ProjectWork.NewDocument(DocumentKind.EVALUATION, "Offentlig evaluering", "", true,
				null, "evaluering.pdf", dk.kulturpuls.knowledge.TestDocumentsAccess.pdf("Offentlig tekst")));

		WebSession visitor = new WebSession(port);
		Document page = visitor.page("/public/projects/" + id);
		assertThat(page.text()).contains("Offentlig rapport", "Offentlig evaluering").doesNotContain("Intern rapport");
		String download = page.selectFirst("a:contains(Offentlig evaluering)").attr("href");
		assertThat(download).endsWith("/evaluering.pdf");
		HttpResponse<String> file = visitor.get(download);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(visitor.get("/public/projects/" + id + "/documents/" + internal + "/intern.pdf").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/public/projects/" + hidden).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/public/projects/not-a-project").statusCode()).isEqualTo(404);
	}

	@Test
	void aPublicEvaluationUploadedOnAPublicProjectIsFoundInTheKnowledgeBaseUntilItIsRemoved() {
		ProjectId id = project("projectlead", true);
		ProjectWork.Editor lead = new ProjectWork.Editor("projectlead", false);
		String marker = "midtvejs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		UUID document = work.addDocument(id, lead, new ProjectWork.NewDocument(DocumentKind.EVALUATION,
				"Midtvejsevaluering " + marker, "Hvad deltagerne fortalte undervejs.", true, null, "evaluering.pdf",
				dk.kulturpuls.knowledge.TestDocumentsAccess.pdf("Deltagerne beskrev mere ro i hverdagen.")));
		ProjectId hidden = project("projectlead", false);
		String hiddenMarker = "skjult" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		work.addDocument(hidden, lead, new ProjectWork.NewDocument(DocumentKind.EVALUATION,
				"Evaluering " + hiddenMarker, "", true, null, "evaluering.pdf",
				dk.kulturpuls.knowledge.TestDocumentsAccess.pdf("Intern tekst")));

		WebSession visitor = new WebSession(port);
		Document results = visitor.page("/public/knowledge?q=" + marker);
		assertThat(results.select("main a:contains(Midtvejsevaluering " + marker + ")")).hasSize(1);
		// the publication names its project and links back to it, and offers the file
		Document publication = visitor.page(results.selectFirst("main a:contains(Midtvejsevaluering " + marker + ")")
			.attr("href"));
		assertThat(publication.selectFirst("#publication-project a").attr("href")).isEqualTo("/public/projects/" + id);
		assertThat(publication.select("a[href$=/file]")).hasSize(1);
		// a document of a project that is not public stays out of the knowledge base
		assertThat(visitor.page("/public/knowledge?q=" + hiddenMarker).select("main a:contains(" + hiddenMarker + ")"))
			.isEmpty();

		work.removeDocument(id, lead, document);
		assertThat(visitor.page("/public/knowledge?q=" + marker).select("main a:contains(" + marker + ")")).isEmpty();
		assertThat(audit.eventsFor("project", id.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("document-added", "document-published", "document-removed");
	}
}
