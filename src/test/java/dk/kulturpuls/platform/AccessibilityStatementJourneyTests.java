package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * The accessibility statement as a visitor reads it, with the sections of a statement made in the WAS-Tool: status,
 * the deviations still open, how and when it was made, whom to write to and where to complain.
 */
@ApplicationTest
class AccessibilityStatementJourneyTests {

	@LocalServerPort
	int port;

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
		return "http://localhost:" + port + path;
	}

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void theStatementSaysWhatIsNotAccessibleWhomToWriteToAndWhereToComplain() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tilgængelighedserklæring")).click();
		assertThat(page).hasURL(url("/accessibility"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Tilgængelighedserklæring");
		assertThat(page.locator("#statement-commitment")).containsText("Region Nordjylland forpligter sig");
		// the demo programme has no statement in the WAS-Tool, and the page says so
		assertThat(page.locator("#statement-was")).containsText("endnu ikke offentliggjort");

		for (String heading : List.of("Overholdelsesstatus", "Indhold, der ikke er tilgængeligt",
				"Sådan er erklæringen lavet", "Feedback og kontaktoplysninger", "Håndhævelsesprocedure")) {
			assertThat(page.getByRole(AriaRole.HEADING, named(heading))).isVisible();
		}
		assertThat(page.locator("#statement-status")).containsText("overholder standarden delvist");
		assertThat(page.locator("main")).not().containsText("ingen kendte afvigelser");
		assertThat(page.locator("#statement-deviations li")).hasCount(3);
		assertThat(page.locator("#statement-deviations")).containsText("WCAG 1.4.5");
		assertThat(page.locator("#statement-dates")).containsText("udarbejdet den 04.12.2026");
		assertThat(page.locator("#statement-dates")).containsText("senest den 04.12.2027");

		assertThat(page.getByRole(AriaRole.LINK, named("tilgaengelighed@kulturpuls.example")))
			.hasAttribute("href", "mailto:tilgaengelighed@kulturpuls.example");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^Sådan henvender du dig til Digitaliseringsstyrelsen"))))
			.hasAttribute("href", "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "accessibility-statement");

		page.navigate(url("/accessibility?lang=en"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Accessibility statement");
		assertThat(page.locator("#statement-status")).containsText("partially compliant");
		assertThat(page.getByRole(AriaRole.HEADING, named("Enforcement procedure"))).isVisible();
		assertThat(page.locator("#statement-complaint")).hasAttribute("hreflang", "da");
		Browser.assertAccessible(page);
	}

	@Test
	void theShortAddressWasLeadsToTheStatement() {
		page.navigate(url("/was"));
		assertThat(page).hasURL(url("/accessibility"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Tilgængelighedserklæring");
	}

	@Test
	void theRoundtableReportNamesEachColumnOnce() {
		UUID process = jdbc.sql("select id from roundtable_process order by name limit 1").query(UUID.class).single();
		Browser.logIn(page, url(""), "secretariat", "demo");
		page.navigate(url("/secretariat/roundtables/" + process + "/report"));
		List<String> headings = page.locator("#report-workshop-table thead th").allInnerTexts();
		assertThat(headings).contains("Inviterede", "Fremmødte", "Andel fremmødt").doesNotHaveDuplicates();
	}
}
