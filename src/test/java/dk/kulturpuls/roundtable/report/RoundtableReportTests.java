package dk.kulturpuls.roundtable.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The demo process's final report and mid-term evaluation, as web pages (axe-checked) and as tagged PDF: the
 * mission, the recommendations by type and level (without those set aside), the shortlist, the incentives, the
 * actor map, the workshops and the budget; and who may read them.
 */
@ApplicationTest
class RoundtableReportTests {

	static final String DEMO = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	BrowserContext context;
	Page page;

	@BeforeEach
	void logIn() {
		context = Browser.newContext();
		page = context.newPage();
		Browser.logIn(page, url(""), "secretariat", "demo");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/secretariat$"));
	}

	@AfterEach
	void close() {
		context.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	UUID demo() {
		return roundtables.findByName(DEMO).orElseThrow().id();
	}

	@Test
	void theReportShowsTheWholeProcessOnTheWebAndInATaggedPdf() throws IOException {
		page.navigate(url("/secretariat/roundtables/" + demo() + "/report"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rapport: " + DEMO);
		assertThat(page.locator("#report-mission ~ h3").first()).hasText("Kunst og kultur som en fast del af mental sundhed");
		assertThat(page.locator("#report-endorsements")).containsText("Jens Region (demo), kontorchef");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Politisk handling"))).isVisible();
		assertThat(page.getByText("Kultur på recept som en del af sundhedsaftalerne")).isVisible();
		assertThat(page.getByText("Borgernes egne fortællinger i formidlingen")).hasCount(0);
		assertThat(page.locator("#report-shortlist li").first()).containsText("Kulturvitaminer (demo)");
		assertThat(page.locator("#report-incentive-table")).containsText("Forebyggelse og aflastning af psykiatrien.");
		assertThat(page.locator("#report-actor-table")).containsText("Region Nordjylland");
		assertThat(page.locator("main")).containsText("2.126.080 kr.");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-demo-report");
		page.setViewportSize(390, 844);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-demo-report-phone");
		page.setViewportSize(1280, 900);

		APIResponse pdf = context.request().get(url("/secretariat/roundtables/" + demo() + "/report.pdf"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport: " + DEMO);
			String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
			assertThat(text).contains("Missionen og fremtidsbilledet", "Kultur på recept som en del af",
					"Kulturvitaminer (demo)", "Incitamentsstrukturer og forudsætninger", "Aktørkortet",
					"Workshop 3: Missionen visualiseret", "2.126.080 kr.", "Sundhedsudvalget");
			assertThat(text).doesNotContain("Borgernes egne fortællinger");
		}
	}

	@Test
	void theMidTermEvaluationCountsWorkshopsAssignmentsVersionsAndSpending() throws IOException {
		page.navigate(url("/secretariat/roundtables/" + demo()));
		page.locator("#process-outputs").getByText("Midtvejsevaluering").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Midtvejsevaluering: " + DEMO);
		assertThat(page.locator("#evaluation-held")).containsText("af 6 workshops er afholdt");
		assertThat(page.locator("#evaluation-assignment-table")).containsText("Opgaver i alt");
		assertThat(page.locator("#evaluation-recommendation-table")).containsText("Vedtaget");
		assertThat(page.locator("#evaluation-budget-table")).containsText("953.040 kr.");
		assertThat(page.locator("#evaluation-budget-table")).containsText("1.173.040 kr.");
		// the milestones of both iterations, reached or not
		assertThat(page.locator("#milestone-timeline")).containsText("Missionen visualiseret (kortfilm og visual)");
		assertThat(page.locator("#milestone-timeline")).containsText("Endelig rapport med anbefalinger og modne initiativer");
		Browser.assertAccessible(page);

		APIResponse pdf = context.request().get(url("/secretariat/roundtables/" + demo() + "/evaluation.pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
			assertThat(text).contains("Midtvejsevaluering", "Workshops og fremmøde", "Opgaver mellem workshops",
					"3 versioner og 5 tilslutninger.", "2.126.080 kr.", "Milepæle", "Missionen visualiseret");
		}
	}

	@Test
	void onlyTheSecretariatReadsTheReport() {
		BrowserContext anonymous = Browser.newContext();
		try {
			APIResponse response = anonymous.request().get(url("/secretariat/roundtables/" + demo() + "/report.pdf"),
					RequestOptions.create().setMaxRedirects(0));
			assertThat(response.status()).isEqualTo(302);
			assertThat(context.request().get(url("/secretariat/roundtables/" + UUID.randomUUID() + "/report")).status())
				.isEqualTo(404);
		}
		finally {
			anonymous.close();
		}
	}
}
