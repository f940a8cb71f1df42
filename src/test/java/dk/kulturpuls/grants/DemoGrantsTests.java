package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/** The demo's grants in their stages, as the grantees and the officer see them. */
@ApplicationTest
class DemoGrantsTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoGrantsAreInDifferentStages() {
		WebSession paid = WebSession.loggedIn(port, "demo-signatur-1", "demo");
		Document list = paid.page("/applicant/grants");
		String href = list.select("#my-grants a").first().attr("href");
		Document grant = paid.page(href);
		assertThat(grant.select("#grant-status").text()).isEqualTo("I gang");
		assertThat(grant.select("#instalments tbody tr").first().text()).contains("Udbetalt");
		assertThat(grant.select("#grant-next").text()).contains("Indsend statusrapporten senest");

		WebSession offered = WebSession.loggedIn(port, "demo-signatur-2", "demo");
		Document offer = offered.page(offered.page("/applicant/grants").select("#my-grants a").first().attr("href"));
		assertThat(offer.select("#grant-status").text()).isEqualTo("Tilbudt, afventer accept");
		assertThat(offer.select("#accept-button")).isNotEmpty();

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document overdue = officer.page("/officer/grants?status=OVERDUE");
		assertThat(overdue.select("#follow-up").text()).contains("Statusrapport 1").contains("Accept af bevillingen");
		assertThat(officer.page("/officer/grants/payments").select("#payments tbody tr")).isNotEmpty();
		assertThat(officer.page("/officer/grants").select("#follow-up tbody tr").first().text()).contains("Overskredet");
		WebSession late = WebSession.loggedIn(port, "demo-lille-1", "demo");
		Document lapsed = late.page(late.page("/applicant/grants").select("#my-grants a").first().attr("href"));
		assertThat(lapsed.select("#grant-accept-by").text()).contains("Fristen er overskredet");

		// an overdue final report, a drawn sample, a closed grant with its final report in the knowledge base
		assertThat(overdue.select("#follow-up").text()).contains("Slutrapport").contains("Regnskab");
		assertThat(officer.page("/officer/grants/samples").select("[id^=sample-] h3")).hasSize(1);
		WebSession closed = WebSession.loggedIn(port, "demo-lille-5", "demo");
		Document done = closed.page(closed.page("/applicant/grants").select("#my-grants a").first().attr("href"));
		assertThat(done.select("#grant-status").text()).isEqualTo("Afsluttet");
		assertThat(new WebSession(port).page("/public/knowledge?q=Slutrapport").text()).contains("Slutrapport: ");
	}
}
