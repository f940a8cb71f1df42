package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * What a user of autofill, a screen reader or their own style sheet meets: the fields that ask for the user's own
 * name, e-mail, organisation and password say so to the browser (WCAG 1.3.5) while an administrator's form about
 * someone else does not offer the administrator's own details; result counts stay headings inside a live region;
 * and the WCAG 1.4.12 text spacing applied after load keeps every menu entry on the screen.
 */
@ApplicationTest
class AutofillAndTextSpacingTests {

	/** The text-spacing bookmarklet of WCAG 1.4.12 (line height 1.5, paragraphs 2em, letters 0.12em, words 0.16em). */
	static final String TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
			+ " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

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

	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	@Test
	void registrationAndConferenceFieldsTellTheBrowserTheirPurpose() {
		page.navigate(url("/public/register"));
		assertThat(field("Dit navn")).hasAttribute("autocomplete", "name");
		assertThat(field("E-mail")).hasAttribute("autocomplete", "email");
		assertThat(field("Organisationens navn")).hasAttribute("autocomplete", "organization");
		assertThat(field("Adgangskode")).hasAttribute("autocomplete", "new-password");
		Browser.assertAccessible(page);
		// a failed registration keeps the tokens on the fields it shows again
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret bruger")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(field("E-mail")).hasAttribute("autocomplete", "email");
		assertThat(field("Adgangskode")).hasAttribute("autocomplete", "new-password");
		Browser.assertAccessible(page);

		page.navigate(url("/login"));
		assertThat(field("Brugernavn")).hasAttribute("autocomplete", "username");
		assertThat(field("Adgangskode")).hasAttribute("autocomplete", "current-password");

		UUID conference = jdbc.sql("select id from roundtable_conference where status = 'REGISTRATION_OPEN'"
				+ " order by held_on limit 1").query(UUID.class).single();
		page.navigate(url("/public/conferences/" + conference));
		assertThat(field("Navn")).hasAttribute("autocomplete", "name");
		assertThat(field("E-mail")).hasAttribute("autocomplete", "email");
		assertThat(field("Organisation")).hasAttribute("autocomplete", "organization");
		Browser.assertAccessible(page);
	}

	@Test
	void anAdministratorsFormAboutSomeoneElseDoesNotOfferTheAdministratorsOwnDetails() {
		Browser.logIn(page, url(""), "admin", "demo");
		page.navigate(url("/admin/accounts/new"));
		assertThat(field("Brugernavn")).hasAttribute("autocomplete", "off");
		assertThat(field("Navn")).hasAttribute("autocomplete", "off");
		assertThat(field("E-mail (frivilligt)")).hasAttribute("autocomplete", "off");
		// a new password: the browser may suggest a strong one but never fills in the administrator's own
		assertThat(field("Adgangskode")).hasAttribute("autocomplete", "new-password");
		Browser.assertAccessible(page);
	}

	@Test
	void resultCountsAreHeadingsInsideALiveRegion() {
		for (String path : List.of("/public/knowledge", "/public/projects")) {
			page.navigate(url(path));
			Locator count = page.locator("#results-heading");
			assertThat(count).hasAttribute("class", java.util.regex.Pattern.compile("h3"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)
				.setName(java.util.regex.Pattern.compile("fundet")))).isVisible();
			assertThat(count).not().hasAttribute("role", java.util.regex.Pattern.compile(".*"));
			assertThat(page.locator("[role=status]:has(> #results-heading)")).hasCount(1);
		}
	}

	@Test
	void danishContentOnEnglishPagesIsMarkedDanish() {
		page.navigate(url("/public/knowledge?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#main-content ol h3 a").first()).hasAttribute("lang", "da");
		page.locator("#main-content ol h3 a").first().click();
		assertThat(page.locator("h1")).hasAttribute("lang", "da");
		Browser.assertAccessible(page);
		page.navigate(url("/?lang=en"));
		assertThat(page).hasTitle("Kulturpuls – art, culture and mental wellbeing");

		// a public project: its name, results and activities are the project's own Danish text
		UUID project = jdbc.sql("select p.id from projects_project p where p.publicly_visible and exists"
				+ " (select 1 from projects_activity a where a.project_id = p.id) order by p.name limit 1")
			.query(UUID.class).single();
		page.navigate(url("/public/projects/" + project + "?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasAttribute("lang", "da");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Activities")))
			.isVisible();
		assertThat(page.locator("table th[scope=row][lang=da]").first()).isVisible();
		Browser.assertAccessible(page);

		// the public conference: title, description and programme are the secretariat's Danish text
		UUID conference = jdbc.sql("select id from roundtable_conference where status = 'REGISTRATION_OPEN'"
				+ " order by held_on limit 1").query(UUID.class).single();
		page.navigate(url("/public/conferences/" + conference + "?lang=en"));
		assertThat(page.locator("h1")).hasAttribute("lang", "da");
		assertThat(page.locator("table th[scope=row][lang=da]").first()).isVisible();
		page.navigate(url("/public/conferences?lang=en"));
		assertThat(page.locator("#main-content h2 a[lang=da]").first()).isVisible();
	}

	@Test
	void textSpacingAfterLoadKeepsTheMenuOnTheScreen() {
		for (int[] size : new int[][] { { 1280, 900 }, { 1024, 800 }, { 375, 812 } }) {
			page.setViewportSize(size[0], size[1]);
			for (String user : List.of("officer", "admin")) {
				Browser.logIn(page, url(""), user, "demo");
				Browser.settle(page);
				applyTextSpacing();
				Browser.settle(page);
				String where = user + " at " + size[0] + " px";
				assertThat(offScreen()).as("menu entries off the screen for the %s", where).isEmpty();
				assertThat(((Number) page.evaluate(
						"() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue())
					.as("sideways scrolling for the %s", where).isLessThanOrEqualTo(0);
				Browser.screenshot(page, "text-spacing-" + user + "-" + size[0]);
				page.navigate(url("/"));
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
				page.waitForURL(u -> u.contains("loggedOut"));
			}
		}
	}

	/**
	 * Applies {@link #TEXT_SPACING} to the loaded page as a user's style sheet would. The platform's
	 * Content-Security-Policy refuses inline style elements, so the rules go in through a constructed style sheet
	 * (as extensions and bookmarklets do).
	 */
	void applyTextSpacing() {
		page.evaluate("""
				css => {
				  const sheet = new CSSStyleSheet();
				  sheet.replaceSync(css);
				  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
				}""", TEXT_SPACING);
		assertThat(page.evaluate("() => getComputedStyle(document.querySelector('header a')).letterSpacing"))
			.as("the text spacing is applied").isNotEqualTo("normal");
	}

	/** Every visible link or button of the header that sticks out of the window, with its box. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> offScreen() {
		return (List<Map<String, Object>>) page.evaluate("""
				() => Array.from(document.querySelectorAll('header a, header button'))
				  .filter(e => e.offsetParent !== null)
				  .map(e => ({ text: e.textContent.trim(), box: e.getBoundingClientRect() }))
				  .filter(e => e.box.width > 0 && (e.box.left < 0 || e.box.right > window.innerWidth + 0.5))
				  .map(e => ({ text: e.text, left: e.box.left, right: e.box.right, window: window.innerWidth }))
				""");
	}
}
