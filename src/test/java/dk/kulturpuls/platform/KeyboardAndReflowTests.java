package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
import dk.kulturpuls.projects.Projects;

/**
 * What axe does not see: the page reflows at 320 px without scrolling sideways (WCAG 1.4.10), Escape in the
 * "Mere" menu gives focus back to its button, the start page has a title of its own, a result count is a heading
 * that is also announced, and Danish content on an English page says it is Danish.
 */
@ApplicationTest
class KeyboardAndReflowTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

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

	/** How far the page scrolls sideways beyond the window, in CSS pixels. */
	double sidewaysOverflow() {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
	}

	@Test
	void pagesReflowAt320PixelsWithoutScrollingSideways() {
		page.setViewportSize(320, 800);
		UUID own = projects.forStaff("projectlead").getFirst().id().value();
		Browser.logIn(page, url(""), "projectlead", "demo");
		page.navigate(url("/project-lead/outcomes/" + own + "/import"));
		Browser.settle(page);
		assertThat(sidewaysOverflow()).as("the import page at 320 px").isLessThanOrEqualTo(0);
		page.navigate(url("/project-lead/projects/" + own));
		Browser.settle(page);
		assertThat(sidewaysOverflow()).as("the project page at 320 px").isLessThanOrEqualTo(0);
		Browser.screenshot(page, "reflow-project-320");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

		Browser.logIn(page, url(""), "officer", "demo");
		UUID call = jdbc.sql("select id from funding_call order by opens_at limit 1").query(UUID.class).single();
		page.navigate(url("/officer/calls/" + call + "/reviews"));
		Browser.settle(page);
		assertThat(sidewaysOverflow()).as("the review board at 320 px").isLessThanOrEqualTo(0);
	}

	@Test
	void escapeInTheMoreMenuGivesFocusBackToItsButton() {
		page.setViewportSize(1024, 800);
		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer"));
		Browser.settle(page);
		var more = page.locator(".more-option:not(.d-none) .more-button");
		assertThat(more).isVisible();
		more.focus();
		page.keyboard().press("Enter");
		assertThat(more).hasAttribute("aria-expanded", "true");
		page.keyboard().press("Tab");
		page.keyboard().press("Escape");
		assertThat(more).hasAttribute("aria-expanded", "false");
		assertThat(more).isFocused();
	}

	@Test
	void titlesHeadingsAndLanguagesReadRight() {
		page.navigate(url("/"));
		assertThat(page).hasTitle("Kulturpuls – kunst, kultur og mental trivsel");
		page.navigate(url("/public/projects"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)
			.setName(java.util.regex.Pattern.compile("projekt")))).isVisible();
		assertThat(page.locator("[role=status] #results-heading")).hasCount(1);
		page.navigate(url("/public/projects?lang=en"));
		var firstName = page.locator("#main-content ol a").first();
		assertThat(firstName).hasAttribute("lang", "da");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}
}
