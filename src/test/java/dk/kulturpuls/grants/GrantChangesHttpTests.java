package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/**
 * Change requests at the HTTP level: wrong input is named and kept; an extension approved moves the end date and the
 * final report and accounts; money moved between lines lands in the budget; a refusal needs a note the grantee sees;
 * a request is decided once; another applicant sees nothing.
 */
@ApplicationTest
class GrantChangesHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	Grants grants;

	@Autowired
	GrantDecisions funding;

	@Autowired
	dk.kulturpuls.budget.Budgets budgets;

	@Autowired
	AuditTrail audit;

	@Test
	void theGranteeAsksTheOfficerDecidesAndTheChangeIsMade() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(280_000), Money.ofKroner(200_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId() + "/changes";
		assertThat(grantee.page("/applicant/grants/" + granted.grantId()).select("#changes-link").attr("href"))
			.isEqualTo(path);
		String other = fixture.otherApplicant();
		assertThat(WebSession.loggedIn(port, other, "secret-" + other).get(path).statusCode()).isEqualTo(404);

		// wrong input: each named, nothing lost
		Document form = grantee.page(path);
		LocalDate end = grants.find(granted.grantId()).orElseThrow().endDate();
		Document errors = Jsoup.parse(grantee.post(path, form, Map.of("kind", "PERIOD", "newEndDate", "31.02.2030",
				"reason", "")).body());
		assertThat(errors.select("#error-summary li").eachText()).containsExactly(
				"Skriv den nye slutdato som dd.mm.åååå, fx 31.12.2027.", "Skriv, hvorfor ændringen er nødvendig.");
		assertThat(errors.getElementById("newEndDate").val()).isEqualTo("31.02.2030");
		assertThat(Jsoup.parse(grantee.post(path, form, Map.of("kind", "PERIOD", "newEndDate", Formats.date(end),
				"reason", "x")).body()).select("#error-summary").text()).contains("skal ligge efter den nuværende");

		// an extension of three months, approved: the end and the final report and accounts move
		LocalDate later = end.plusMonths(3);
		assertThat(grantee.post(path, form, Map.of("kind", "PERIOD", "newEndDate", Formats.date(later), "reason",
				"Koret kan først optræde efter sommerferien.")).statusCode()).isEqualTo(302);
		UUID extension = changeIds(granted)[0];
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String review = "/officer/grants/" + granted.grantId() + "/changes";
		Document decide = officer.page(review);
		assertThat(decide.select("#decide-" + extension)).hasSize(1);
		assertThat(officer.post(review + "/" + extension + "/approve", decide, Map.of()).statusCode()).isEqualTo(302);
		assertThat(grants.find(granted.grantId()).orElseThrow().endDate()).isEqualTo(later);
		assertThat(grants.obligations(granted.grantId()).stream()
			.filter(o -> o.kind() == ObligationKind.FINAL_REPORT).findFirst().orElseThrow().dueDate())
			.isEqualTo(later.plusMonths(3));
		assertThat(officer.page(review).select("[role=status]").text()).contains("Ændringen er godkendt");
		officer.post(review + "/" + extension + "/refuse", decide, Map.of("note", "For sent"));
		assertThat(officer.page(review).select("#change-error").text()).contains("allerede afgjort");

		// money moved between lines: more than the line has is refused; the amount lands in the budget
		BudgetView budget = funding.budget(granted.applicationId()).orElseThrow();
		UUID fees = budget.lines().getFirst().id();
		int year = budget.years().getFirst();
		UUID venue = budgets.addLine(budget.id(), "venue", "Lokaler");
		Document moveForm = grantee.page(path);
		assertThat(Jsoup.parse(grantee.post(path, moveForm, Map.of("kind", "BUDGET", "fromLine", fees.toString(),
				"toLine", venue.toString(), "year", String.valueOf(year), "amount", "900.000", "reason", "Dyrere lokaler"))
			.body()).select("#error-summary").text()).contains("Der er ikke så mange penge på posten");
		assertThat(grantee.post(path, moveForm, Map.of("kind", "BUDGET", "fromLine", fees.toString(), "toLine",
				venue.toString(), "year", String.valueOf(year), "amount", "12.500", "reason", "Dyrere lokaler"))
			.statusCode()).isEqualTo(302);
		UUID move = changeIds(granted)[0];
		assertThat(officer.post(review + "/" + move + "/approve", officer.page(review), Map.of()).statusCode())
			.isEqualTo(302);
		officer.page(review);
		BudgetView after = funding.budget(granted.applicationId()).orElseThrow();
		assertThat(after.lines().stream().filter(l -> l.id().equals(venue)).findFirst().orElseThrow().plannedTotal())
			.isEqualTo(Money.ofKroner(12_500));
		assertThat(after.plannedTotal()).as("moved, not added").isEqualTo(budget.plannedTotal());

		// a refusal needs a note, which the grantee sees
		assertThat(grantee.post(path, grantee.page(path), Map.of("kind", "PARTNER", "partner", "Musikskolen",
				"reason", "Biblioteket trækker sig")).statusCode()).isEqualTo(302);
		UUID partner = changeIds(granted)[0];
		officer.post(review + "/" + partner + "/refuse", officer.page(review), Map.of("note", " "));
		assertThat(officer.page(review).select("#change-error").text()).contains("Skriv, hvorfor ændringen afvises");
		officer.post(review + "/" + partner + "/refuse", officer.page(review),
				Map.of("note", "Musikskolen er allerede støttet i samme pulje."));
		Document history = grantee.page(path);
		assertThat(history.select("#change-" + partner).text()).contains("Afvist")
			.contains("Musikskolen er allerede støttet i samme pulje.");
		assertThat(history.select("#change-" + extension).text()).contains("Godkendt");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("change requested", "change approved", "change refused");
	}

	private UUID[] changeIds(GrantFixture.Granted granted) {
		return grants.find(granted.grantId()).map(g -> changesOf(g.id())).orElseThrow();
	}

	@Autowired
	GrantChanges changes;

	private UUID[] changesOf(UUID grant) {
		return changes.of(grant).stream().map(GrantChanges.Change::id).toArray(UUID[]::new);
	}
}
