package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;

/**
 * The random sample of sworn statements: the officer draws a pool's share among its running grants with a sworn
 * statement; the draw shows its seed and population and can be drawn again to the same result; a drawn grant must
 * upload full accounts; a grant is in one draw only; only officers draw.
 */
@ApplicationTest
class GrantSamplesHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	GrantSamples samples;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	@Test
	void aSampleIsDrawnReproduciblyAndTheDrawnGrantMustSubmitFullAccounts() {
		Money each = Money.ofKroner(20_000);
		List<GrantFixture.Granted> granted = fixture.grants(Money.ofKroner(333_000), each, each, each, each, each);
		// four accepted, one still offered: only running grants are drawn from
		granted.subList(0, 4).forEach(g -> steps.accept(g.applicant(), g.grantId(), true));
		UUID pool = granted.getFirst().poolId();

		assertThat(WebSession.loggedIn(port, "reviewer", "demo").get("/officer/grants/samples").statusCode())
			.isEqualTo(403);
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/grants/samples");
		Element row = page.select("#sample-pools tbody tr").stream()
			.filter(r -> r.select("form[action$=" + pool + "/draw]").size() == 1).findFirst().orElseThrow();
		assertThat(row.select("td").get(0).text()).isEqualTo("10 %");
		assertThat(row.select("td").get(1).text()).isEqualTo("4");

		assertThat(officer.post("/officer/grants/samples/" + pool + "/draw", page, Map.of()).statusCode())
			.isEqualTo(302);
		GrantSamples.Sample sample = samples.samples(pool).getFirst();
		Document after = officer.page("/officer/grants/samples");
		Element shown = after.getElementById("sample-" + sample.id());
		assertThat(shown.text()).contains(String.valueOf(sample.seed())).contains("1 af 4 tilskud udtaget (10 %)");
		assertThat(shown.select("tbody tr")).hasSize(4);

		// anyone can draw it again from the population, the seed and the share, and get the same grant
		List<UUID> population = sample.members().stream().map(GrantSamples.Member::grantId).toList();
		assertThat(population).isSortedAccordingTo(java.util.Comparator.comparing(UUID::toString)).doesNotContain(granted.get(4).grantId());
		assertThat(GrantSamples.draw(population, sample.seed(), 10))
			.containsExactlyElementsOf(sample.selected().stream().map(GrantSamples.Member::grantId).toList());

		// the drawn grant must upload the full accounts besides the sworn statement
		GrantFixture.Granted drawn = granted.stream()
			.filter(g -> g.grantId().equals(sample.selected().getFirst().grantId())).findFirst().orElseThrow();
		WebSession grantee = WebSession.loggedIn(port, drawn.applicant(), drawn.password());
		String accounts = "/applicant/grants/" + drawn.grantId() + "/accounts/" + grants.obligations(drawn.grantId())
			.stream().filter(o -> o.kind() == ObligationKind.ACCOUNTS).findFirst().orElseThrow().id();
		Document form = grantee.page(accounts);
		assertThat(form.select("#accounts-sampled").text()).contains("udtaget til stikprøvekontrol");
		String amount = form.select("#accounts-table input[name^=a-]").attr("name");
		Document refused = Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "20.000", "signer", "Anne Kasserer",
				"sworn", "true", "action", "submit")).body());
		assertThat(refused.select("#error-summary li").eachText()).containsExactly(
				"Tilskuddet er udtaget til stikprøvekontrol: læg det fulde regnskab med bilag op.");

		// a grant is in one draw only: nothing is left to draw from
		Document again = officer.page("/officer/grants/samples");
		assertThat(again.select("form[action$=" + pool + "/draw]")).isEmpty();
		officer.post("/officer/grants/samples/" + pool + "/draw", again, Map.of());
		assertThat(officer.page("/officer/grants/samples").select("#sample-error").text())
			.contains("Der er ingen tilskud med tro- og loveerklæring i puljen");
		assertThat(samples.samples(pool)).hasSize(1);
		assertThat(audit.eventsFor("grant sample", sample.id().toString())).extracting(AuditTrail.AuditEvent::action)
			.containsExactly("drawn");
		assertThat(audit.eventsFor("grant", drawn.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("drawn for full accounts");
	}
}
