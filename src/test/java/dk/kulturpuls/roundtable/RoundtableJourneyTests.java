package dk.kulturpuls.roundtable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;

/**
 * The secretariat plans a workshop, records attendance and minutes and assigns a task; a participant delivers it;
 * a participant cannot do what only the secretariat may; the secretariat opens the report and downloads it as a
 * tagged PDF, whose text is checked. Plus the open-data API of the demo process's budget.
 */
@ApplicationTest
class RoundtableJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roundtables roundtables;

	@Autowired
	AuditTrail audit;

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

	void logIn(String username) {
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill("demo-adgangskode".equals(username) ? "" : passwordOf(username));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
	}

	static String passwordOf(String username) {
		return "secretariat".equals(username) ? "demo" : "en-lang-adgangskode";
	}

	void logOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	@Test
	void theSecretariatPlansAWorkshopAndAParticipantDeliversTheTask() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String participant = "deltager-" + suffix;
		accounts.create(participant, "Dorte Deltager " + suffix, participant + "@example.dk", "en-lang-adgangskode",
				Set.of(dk.kulturpuls.platform.Role.PARTICIPANT));

		page.navigate(url("/login"));
		logIn("secretariat");
		assertThat(page).hasURL(Pattern.compile(".*/secretariat$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rundbordet");
		Browser.assertAccessible(page);

		// a process of its own, with an empty budget
		page.getByLabel("Navn").fill("Testforløb " + suffix);
		page.getByLabel("Formål").fill("At prøve rundbordet af.");
		page.getByLabel("Første år").fill("2026");
		page.getByLabel("Sidste år").fill("2025");
		click("Opret forløb");
		assertThat(page.locator("#error-summary")).containsText("Det sidste år kan ikke ligge før det første.");
		assertThat(page.getByLabel("Navn")).hasValue("Testforløb " + suffix);
		page.getByLabel("Sidste år").fill("2027");
		click("Opret forløb");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Testforløb " + suffix);
		String processUrl = page.url();

		// an organisation with a wrong CVR number first, then the right one, and the participant as contact
		page.navigate(url("/secretariat/organisations"));
		page.getByLabel("Navn").fill("Testkulturhus " + suffix);
		page.getByLabel("Type").selectOption("CULTURAL_INSTITUTION");
		page.getByLabel("Sektor").selectOption("CULTURE");
		page.getByLabel("CVR-nummer").fill("29190926");
		click("Opret organisation");
		assertThat(page.locator("#error-summary")).containsText("CVR-nummeret er ikke gyldigt");
		assertThat(page.getByLabel("Navn")).hasValue("Testkulturhus " + suffix);
		Browser.assertAccessible(page);
		page.getByLabel("CVR-nummer").fill("29190925");
		click("Opret organisation");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Organisationen er oprettet"))).isVisible();
		page.locator("#name").fill("Dorte Deltager " + suffix);
		page.getByLabel("Brugernavn").fill(participant);
		click("Tilføj kontaktperson");
		assertThat(page.locator("table")).containsText(participant);
		Browser.assertAccessible(page);

		// on the actor map
		page.navigate(processUrl + "/actors");
		page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Testkulturhus " + suffix));
		Browser.check(page.getByLabel("Mikro"));
		page.getByLabel("Indflydelse", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
		page.getByLabel("Interesse", new Page.GetByLabelOptions().setExact(true)).selectOption("4");
		page.getByLabel("Incitamenter").fill("Flere besøgende.");
		click("Tilføj aktør");
		assertThat(page.locator("#actor-table")).containsText("Testkulturhus " + suffix);
		assertThat(page.locator("#isolated")).containsText("Testkulturhus " + suffix);
		assertThat(page.locator("#ecosystem-check")).containsText("Manglende systemniveauer");
		assertThat(page.locator("#grid-table")).containsText("Testkulturhus " + suffix);
		assertThat(page.locator("[data-rt-grid] canvas")).hasCount(1);
		assertThat(page.locator("[data-rt-grid]")).hasAttribute("aria-label",
				"Punktdiagram over aktørernes indflydelse og interesse. Samme oplysninger står i tabellen nedenfor.");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-actors");

		// plan a workshop: an empty form first
		page.navigate(processUrl);
		click("Planlæg workshop");
		assertThat(page.locator("#error-summary li")).hasCount(5);
		page.getByLabel("Iteration").selectOption("2026");
		page.getByLabel("Titel").fill("Workshop " + suffix);
		page.getByLabel("Dato").fill("10.09.2026");
		page.getByLabel("Sted").fill("Aalborg");
		Browser.check(page.getByLabel("Udfordr antagelser"));
		click("Planlæg workshop");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Workshop " + suffix);
		assertThat(page.getByText("10.09.2026")).isVisible();

		// invite, record attendance and minutes
		Browser.check(page.getByLabel("Dorte Deltager " + suffix));
		click("Gem invitationer");
		assertThat(page.getByText("Der er 1 inviterede. Et rundbord fungerer bedst med 8–10 ledende aktører."))
			.isVisible();
		Browser.check(page.locator("#attended-0"));
		click("Gem fremmøde");
		assertThat(page.getByText("1 af 1 inviterede deltog.")).isVisible();
		// minutes typed as plain text keep their paragraphs, line breaks and lists; markup is shown, never run
		page.getByLabel("Referat", new Page.GetByLabelOptions().setExact(true))
			.fill("Velkomst ved sekretariatet.\nOplæg om kulturvitaminer.\n\nAftaler:\n- Region Nordjylland deler data\n- KL inviterer kommunerne\n\n<script>alert(1)</script>");
		page.getByLabel("Resultater", new Page.GetByLabelOptions().setExact(true)).fill("- Et fælles udkast\n- En liste over aktører");
		click("Gem referat");
		assertThat(page.locator("#minutes-text p").first()).hasText("Velkomst ved sekretariatet.\nOplæg om kulturvitaminer.",
			new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setUseInnerText(true));
		assertThat(page.locator("#minutes-text p").first().locator("br")).hasCount(1);
		assertThat(page.locator("#minutes-text li")).hasText(new String[] { "Region Nordjylland deler data", "KL inviterer kommunerne" });
		assertThat(page.locator("#minutes-text")).containsText("<script>alert(1)</script>");
		assertThat(page.locator("#minutes-text script")).hasCount(0);
		assertThat(page.locator("#outputs-text li")).hasCount(2);
		assertThat(page.getByLabel("Referat", new Page.GetByLabelOptions().setExact(true))).hasValue(Pattern.compile("^Velkomst ved sekretariatet\\.\nOplæg"));

		// assign a task: without a later workshop the due date must be typed
		page.getByLabel("Opgave", new Page.GetByLabelOptions().setExact(true)).fill("Skriv en side om " + suffix);
		page.getByLabel("Ansvarlig").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Dorte Deltager " + suffix + " (Testkulturhus " + suffix + ")"));
		click("Giv opgaven");
		assertThat(page.locator("#error-summary")).containsText("Skriv en frist");
		assertThat(page.getByLabel("Opgave", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Skriv en side om " + suffix);
		page.getByLabel("Frist").fill("01.10.2026");
		click("Giv opgaven");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Opgaven er givet"))).isVisible();
		assertThat(page.locator("#assignments-heading ~ div table")).containsText("Åben");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-workshop");
		String workshopUrl = page.url().replaceAll("#.*$", "");
		logOut();

		// the participant logs in through their page and delivers
		page.navigate(url("/roundtable"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		logIn(participant);
		assertThat(page).hasURL(Pattern.compile(".*/roundtable(\\?continue)?$"));
		assertThat(page.locator("#my-workshops")).containsText("Workshop " + suffix);
		assertThat(page.getByText("Skriv en side om " + suffix)).isVisible();
		Browser.assertAccessible(page);
		click("Aflever");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv en kommentar eller vedhæft en fil");
		page.getByLabel("Kommentar til afleveringen").fill("Her er vores side.");
		page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload("side.txt", "text/plain",
				"Vores erfaringer".getBytes(StandardCharsets.UTF_8)));
		click("Aflever");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Opgaven er afleveret"))).isVisible();
		assertThat(page.getByText("Afleveret", new Page.GetByTextOptions().setExact(true))).isVisible();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-participant");

		// the participant cannot do what only the secretariat may, nor deliver another's task
		String token = page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse plan = context.request().post(processUrl + "/workshops", RequestOptions.create()
			.setForm(FormData.create().set("_csrf", token).set("iteration", "2026").set("title", "Ulovlig")
				.set("date", "01.11.2026").set("venue", "X").set("theme", "WHOLE_ECOSYSTEM"))
			.setMaxRedirects(0));
		assertThat(plan.status()).isEqualTo(403);
		APIResponse budget = context.request().get(processUrl + "/budget",
				RequestOptions.create().setMaxRedirects(0));
		assertThat(budget.status()).isEqualTo(403);
		UUID demoProcess = roundtables.findByName(DemoRoundtable.NAME).orElseThrow().id();
		UUID othersTask = roundtables.assignments(demoProcess).get(0).id();
		APIResponse deliverOthers = context.request().post(url("/roundtable/assignments/" + othersTask + "/delivery"),
				RequestOptions.create().setForm(FormData.create().set("_csrf", token).set("note", "Ikke min"))
					.setMaxRedirects(0));
		assertThat(deliverOthers.status()).isEqualTo(403);
		logOut();

		// the secretariat sees the delivery, downloads it and accepts it
		page.navigate(url("/login"));
		logIn("secretariat");
		page.navigate(workshopUrl);
		assertThat(page.getByText("Her er vores side.")).isVisible();
		APIResponse file = context.request().get(page.getByText("Hent side.txt").getAttribute("href").startsWith("http")
				? page.getByText("Hent side.txt").getAttribute("href")
				: url(page.getByText("Hent side.txt").getAttribute("href")));
		assertThat(file.text()).isEqualTo("Vores erfaringer");
		click("Godkend");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Afleveringen er godkendt"))).isVisible();
		UUID assignment = roundtables.assignments(roundtables.findByName("Testforløb " + suffix).orElseThrow().id())
			.get(0).id();
		assertThat(audit.eventsFor("roundtable-assignment", assignment.toString()))
			.extracting(AuditTrail.AuditEvent::action).contains("assigned", "delivered", "accepted");

		// the secretariat opens the process's report and downloads it as PDF
		page.navigate(processUrl);
		page.locator("#process-outputs").getByText("Slutrapport").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Rapport: Testforløb " + suffix);
		assertThat(page.locator("#report-workshop-table")).containsText("Workshop " + suffix);
		assertThat(page.locator("#report-actor-table")).containsText("Testkulturhus " + suffix);
		assertThat(page.locator("#report-incentive-table")).containsText("Flere besøgende.");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-report");
		Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
		assertThat(download.suggestedFilename()).endsWith(".pdf");
		String text = pdfText(download.path());
		assertThat(text).contains("Rapport: Testforløb " + suffix, "Workshop " + suffix, "Testkulturhus " + suffix,
				"Flere besøgende.", "Incitamentsstrukturer", "Aktørkortet", "Anbefalinger (0)");
		UUID testProcess = roundtables.findByName("Testforløb " + suffix).orElseThrow().id();
		assertThat(audit.eventsFor("roundtable", testProcess.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("report downloaded");
	}

	static String pdfText(java.nio.file.Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
			// a reader does not notice where a table cell wraps its text: compare words, not lines
			return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void theSecretariatEditsTheBudgetAndSeesTheRuleLive() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Budgetforløb " + suffix, "Budgettest", 2025, 2026);
		page.navigate(url("/login"));
		logIn("secretariat");
		page.navigate(url("/secretariat/roundtables/" + process + "/budget"));
		page.getByLabel("Tekst").fill("Workshops");
		click("Tilføj linje");
		page.locator("#line").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Workshops"));
		page.locator("#year").selectOption("2025");
		page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("100.000");
		page.getByLabel("Forbrug", new Page.GetByLabelOptions().setExact(true)).fill("abc");
		click("Gem beløb");
		assertThat(page.locator("#error-summary")).containsText("Skriv beløbet i hele kroner");
		assertThat(page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true))).hasValue("100.000");
		page.getByLabel("Forbrug", new Page.GetByLabelOptions().setExact(true)).fill("40.000");
		click("Gem beløb");
		assertThat(page.locator("#budget-lines tfoot")).containsText("100.000 kr.");
		assertThat(page.locator("#actual-table")).containsText("40.000 kr.");
		assertThat(page.locator("#actual-table")).containsText("60.000 kr.");
		Browser.assertAccessible(page);
	}

	@Test
	void theApiListsTheProcessesAndGivesTheDemoBudgetInWholeKroner() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String list = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/roundtables"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(list).contains(DemoRoundtable.NAME).contains("\"workshops\":6");
		UUID demo = roundtables.findByName(DemoRoundtable.NAME).orElseThrow().id();
		HttpResponse<String> budget = http.send(
				HttpRequest.newBuilder(URI.create(url("/api/v1/roundtables/" + demo + "/budget"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(budget.statusCode()).isEqualTo(200);
		assertThat(budget.body()).contains("\"plannedPerYear\":[953040,1173040]", "\"plannedTotal\":2126080",
				"\"required\":637824", "\"holds\":false", "\"missing\":0", "\"restMissing\":1488256");
		// the demo process runs: the committee's share is pledged (paid for a year gone by), money is spent
		assertThat(budget.body()).doesNotContain("\"status\":\"APPLIED\"").doesNotContain("\"actualTotal\":0,");
		String docs = http.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(docs).contains("/api/v1/roundtables", "/api/v1/roundtables/{id}/budget");
		assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/roundtables/" + UUID.randomUUID()
				+ "/budget"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}
}
