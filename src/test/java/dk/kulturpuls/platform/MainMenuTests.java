package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/**
 * Whoever is logged in, and with however many roles, the main menu marks exactly one entry as the current page:
 * the entry the user followed (a role's start page and a page below it never both light up).
 */
@ApplicationTest
class MainMenuTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void everyEntryOfEveryRolesMenuIsTheOnlyCurrentEntryOnItsPage() {
		String everything = "menu-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(everything, "Alle Roller", everything + "@example.org", "demo-Menu-2026",
				EnumSet.allOf(Role.class));
		List<WebSession> users = List.of(new WebSession(port), WebSession.loggedIn(port, "officer", "demo"),
				WebSession.loggedIn(port, "reviewer", "demo"), WebSession.loggedIn(port, "committee", "demo"),
				WebSession.loggedIn(port, "applicant", "demo"), WebSession.loggedIn(port, "projectlead", "demo"),
				WebSession.loggedIn(port, "secretariat", "demo"), WebSession.loggedIn(port, "participant", "demo"),
				WebSession.loggedIn(port, "admin", "demo"), WebSession.loggedIn(port, everything, "demo-Menu-2026"));
		for (WebSession user : users) {
			List<Element> entries = user.page("/").select("nav.nav a.nav-link");
			assertThat(entries).hasSizeGreaterThan(5);
			for (Element entry : entries) {
				String href = entry.attr("href");
				HttpResponse<String> response = user.get(href);
				assertThat(response.statusCode()).as(href).isEqualTo(200);
				Document page = Jsoup.parse(response.body());
				assertThat(page.select("nav.nav a[aria-current=page]").eachText()).as(href)
					.containsExactly(entry.text());
				assertThat(page.select("nav.nav li.current").size()).as(href).isEqualTo(1);
			}
		}
	}
}
