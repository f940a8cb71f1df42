package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Money;

/**
 * The programme officer's start page and inbox as the officer reads them: the applications waiting, counts in
 * proper Danish, the amount asked of the pool, sorting, search, and an export with names instead of codes.
 */
@ApplicationTest
class OfficerInboxTests {

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Test
	void theStartPageCountsTheApplicationsWaiting() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document start = officer.page("/officer");
		assertThat(start.selectFirst("#officer-empty")).isNull();
		assertThat(start.selectFirst("#officer-work").text()).contains("indsendte ansøgninger")
			.contains("venter på screening");
		assertThat(start.select("#officer-calls-work a[href=/officer/calls/" + setup.call().id().value()
				+ "/applications?status=SUBMITTED]").text()).isEqualTo("1");
	}

	@Test
	void theInboxCountsInDanishShowsTheAmountSortsSearchesAndExportsNames() {
		ReviewFixture.Setup one = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String oneInbox = "/officer/calls/" + one.call().id().value() + "/applications";
		Document single = officer.page(oneInbox);
		assertThat(single.text()).contains("1 ansøgning ").doesNotContain("1 ansøgninger");
		assertThat(single.selectFirst("#inbox tbody tr").text()).contains("100.000 kr.");

		ReviewFixture.Setup three = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(50_000),
				Money.ofKroner(250_000), Money.ofKroner(120_000));
		String inbox = "/officer/calls/" + three.call().id().value() + "/applications";
		Document page = officer.page(inbox);
		assertThat(page.text()).contains("3 ansøgninger");
		assertThat(page.select("#inbox thead th").eachText()).contains("Søgt beløb");
		Document byAmount = officer.page(inbox + "?sort=requested&dir=desc");
		assertThat(byAmount.select("#inbox tbody tr th a").eachText()).containsExactly(three.titles().get(1),
				three.titles().get(2), three.titles().get(0));
		assertThat(byAmount.selectFirst("#inbox th[aria-sort]").text()).isEqualTo("Søgt beløb");
		assertThat(officer.page(inbox + "?sort=title&dir=asc").select("#inbox tbody tr th a").eachText())
			.containsExactlyElementsOf(three.titles());
		Document found = officer.page(inbox + "?q=" + three.titles().get(2).replace(" ", "+"));
		assertThat(found.select("#inbox tbody tr th a").eachText()).containsExactly(three.titles().get(2));
		assertThat(found.selectFirst("#filter-query").val()).isEqualTo(three.titles().get(2));
		assertThat(officer.page(inbox + "?page=x&sort=nonsense").select("#inbox tbody tr")).hasSize(3);

		String csv = new String(officer.bytes(inbox + ".csv").body(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).contains("Søgt beløb");
		String row = lines.stream().filter(l -> l.contains(three.titles().get(0))).findFirst().orElseThrow();
		assertThat(row).contains("\"Børn\"").contains("Frederikshavn").contains("50.000 kr.")
			.doesNotContain("\"children\"").doesNotContain("0813");
	}
}
