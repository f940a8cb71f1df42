package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/**
 * The error summary of every module's forms names the field of each line with the label shown beside the field
 * ("Projektets navn: Udfyld feltet."), links to it, and lists the lines in the order of the form.
 */
@ApplicationTest
class ErrorSummaryTests {

	@LocalServerPort
	int port;

	@Test
	void aProjectSentEmptyNamesEveryFieldItMisses() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = Jsoup.parse(officer.post("/officer/projects", officer.page("/officer/projects/new"),
				Map.of("name", "", "summary", "", "leadOrganisation", "")).body());
		assertThat(lines(page)).contains("Projektets navn: Udfyld feltet.", "Kort beskrivelse: Udfyld feltet.");
		assertEveryLineNamesItsField(page);
	}

	@Test
	void anOrganisationSentEmptyNamesTheField() {
		WebSession secretariat = WebSession.loggedIn(port, "secretariat", "demo");
		Document page = Jsoup.parse(secretariat.post("/secretariat/organisations",
				secretariat.page("/secretariat/organisations"), Map.of("name", "")).body());
		assertThat(lines(page)).contains("Navn: Udfyld feltet.");
		assertEveryLineNamesItsField(page);
	}

	@Test
	void theSummaryIsInEnglishWithTheEnglishLabels() {
		WebSession visitor = new WebSession(port);
		Document form = visitor.page("/public/register?lang=en");
		Document page = Jsoup.parse(visitor.post("/public/register", form, Map.of("name", "", "email", "", "kind",
				"INDIVIDUAL", "password", "")).body());
		assertThat(lines(page).getFirst()).startsWith("Your name: ");
		assertEveryLineNamesItsField(page);
	}

	private static java.util.List<String> lines(Document page) {
		return page.select("#error-summary li").stream().map(Element::text).toList();
	}

	/** Each line starts with the text of its field's label (or legend) and links to the field, in form order. */
	private static void assertEveryLineNamesItsField(Document page) {
		var links = page.select("#error-summary a");
		assertThat(links).isNotEmpty();
		int previous = -1;
		for (Element link : links) {
			String id = link.attr("href").substring(1);
			Element field = page.getElementById(id);
			assertThat(field).as("field " + id).isNotNull();
			Element label = page.selectFirst("label[for=" + id + "]");
			String name = label != null ? label.text() : field.selectFirst("legend").text();
			assertThat(link.text()).startsWith(name + ": ");
			assertThat(field.siblingIndex() >= 0 && position(page, field) > previous).as("in form order: " + id).isTrue();
			previous = position(page, field);
		}
	}

	private static int position(Document page, Element element) {
		return page.getAllElements().indexOf(element);
	}
}
