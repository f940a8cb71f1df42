package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The committee member's conflict-of-interest declaration, ranking and portfolio as the member sees them: the
 * application's title and the grounds of forvaltningsloven § 3, stk. 1; "Inhabil" only where declared; the menu's
 * link to the ranking and the portfolio; and no figure from which a recused application's score can be derived.
 */
@ApplicationTest
class CommitteeConflictTests {

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Reviews reviews;

	private UUID assign(UUID application, String member) {
		return reviews.assign(application, member, "officer").id();
	}

	private void score(UUID application, String reviewer, int a, int b, int c) {
		UUID id = assign(application, reviewer);
		reviews.declare(reviewer, id, false, null, null);
		reviews.score(reviewer, id, Map.of(0, a, 1, b, 2, c), Map.of(), true);
	}

	@Test
	void theDeclarationShowsTheTitleAndTheGroundsOfTheLaw() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		String member = fixture.reviewer(Role.COMMITTEE);
		UUID assignment = assign(setup.applications().getFirst(), member);
		WebSession session = WebSession.loggedIn(port, member, "secret-" + member);
		for (String lang : List.of("da", "en")) {
			Document page = session.page("/committee/reviews/" + assignment + "?lang=" + lang);
			assertThat(page.selectFirst("#application-title").text()).isEqualTo(setup.titles().getFirst());
			assertThat(page.body().text()).doesNotContain("th:text").doesNotContain("<title");
			List<String> grounds = page.select("input[name=ground] + label").eachText();
			String law = String.join("\n", grounds);
			for (String nr : lang.equals("da") ? List.of("nr. 1)", "nr. 2)", "nr. 4)", "nr. 5)")
					: List.of("(i))", "(ii))", "(iv))", "(v))")) {
				assertThat(grounds.stream().filter(g -> g.endsWith(nr))).as(nr).hasSize(1);
			}
			String friendship = lang.equals("da") ? "venskab" : "friendship";
			assertThat(grounds).filteredOn(g -> g.contains(friendship)).singleElement()
				.satisfies(g -> assertThat(g).endsWith(lang.equals("da") ? "nr. 5)" : "(v))"));
			assertThat(law).contains(lang.equals("da") ? "besvogret" : "in-law");
		}
	}

	@Test
	void aMemberWhoDeclaredNothingSeesNoInhabilAndTheMenuLeadsToRankingAndPortfolio() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(100_000),
				Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		String reviewer = fixture.reviewer(Role.REVIEWER);
		score(setup.applications().get(0), reviewer, 5, 5, 10);
		score(setup.applications().get(1), reviewer, 3, 3, 5);
		String member = fixture.reviewer(Role.COMMITTEE);
		assign(setup.applications().get(0), member);
		WebSession session = WebSession.loggedIn(port, member, "secret-" + member);
		Document start = session.page("/committee");
		assertThat(start.select("a[href=/committee/calls]")).isNotEmpty();
		Document calls = session.page("/committee/calls");
		String id = setup.call().id().value().toString();
		assertThat(calls.select("a[href=/committee/calls/" + id + "/ranking]")).isNotEmpty();
		assertThat(calls.select("a[href=/committee/calls/" + id + "/portfolio]")).isNotEmpty();
		Document portfolio = session.page("/committee/calls/" + id + "/portfolio");
		assertThat(portfolio.select("#portfolio tbody tr")).hasSize(2);
		assertThat(portfolio.selectFirst("#portfolio").text()).doesNotContain("Inhabil");
		assertThat(portfolio.selectFirst("#portfolio-status").text()).contains("samlet score");
		Document ranking = session.page("/committee/calls/" + id + "/ranking");
		assertThat(ranking.select("#ranking tbody tr")).hasSize(2);
		assertThat(ranking.select("#ranking tbody tr").first().text()).startsWith("1 ")
			.contains(setup.titles().get(0)).contains("100,00");
	}

	@Test
	void aRecusedMemberSeesNoFigureFromWhichTheScoreCanBeDerived() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(100_000),
				Money.ofKroner(100_000), Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		String reviewer = fixture.reviewer(Role.REVIEWER);
		score(setup.applications().get(0), reviewer, 5, 5, 10);
		score(setup.applications().get(1), reviewer, 3, 3, 5);
		score(setup.applications().get(2), reviewer, 4, 4, 5);
		String member = fixture.reviewer(Role.COMMITTEE);
		UUID recused = assign(setup.applications().get(0), member);
		reviews.declare(member, recused, true, ConflictGround.OTHER, "Nær ven af formanden");
		WebSession session = WebSession.loggedIn(port, member, "secret-" + member);
		String id = setup.call().id().value().toString();
		Document portfolio = session.page("/committee/calls/" + id + "/portfolio");
		assertThat(portfolio.selectFirst("#portfolio-status")).isNull();
		assertThat(portfolio.selectFirst("#portfolio-recused")).isNotNull();
		assertThat(portfolio.text()).doesNotContain("samlet score").doesNotContain("Pris for at tage med")
			.doesNotContain("100,00");
		Element row = portfolio.select("#portfolio tbody tr").stream()
			.filter(r -> r.text().contains(setup.titles().get(0))).findFirst().orElseThrow();
		assertThat(row.text()).contains("Inhabil");
		assertThat(portfolio.select("#portfolio tbody tr").stream().filter(r -> r.text().contains("Inhabil")))
			.hasSize(1);
		Document ranking = session.page("/committee/calls/" + id + "/ranking");
		assertThat(ranking.text()).doesNotContain(setup.titles().get(0)).doesNotContain("100,00");
		assertThat(ranking.select("#ranking tbody tr td:first-child").eachText()).containsExactly("1", "2");
		assertThat(ranking.selectFirst("#ranking-recused")).isNotNull();
		// the officer still sees everything
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.page("/officer/calls/" + id + "/portfolio").selectFirst("#portfolio-status")).isNotNull();
	}
}
