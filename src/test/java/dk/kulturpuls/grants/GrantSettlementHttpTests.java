package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.Money;

/**
 * The settlement of a grant (afregning): approved accounts that show less spent than budgeted reduce the unpaid
 * instalments, last first, and give the money back to the pool; what was paid beyond the entitlement is claimed back
 * by mail, recorded as received by an officer (the grant then closes) or lowered/waived with a reason; a grant given
 * back claims what was paid.
 */
@ApplicationTest
class GrantSettlementHttpTests {

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
	Mailer mailer;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Test
	void unspentMoneyIsTakenOffTheLastInstalmentsAndGoesBackToThePool() {
		// 80.000 kr. of a signature pool: 32.000 at acceptance, 32.000 after the status report, 16.000 at the end
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(260_000), Money.ofKroner(80_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		steps.release("officer", granted.grantId(), 1);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");

		// the accounts show 60.000 kr. spent of the 80.000 kr. budget
		submitAndApproveAccounts(granted, grantee, officer, "60.000");

		Document page = officer.page("/officer/grants/" + granted.grantId());
		assertThat(page.select("#settlement-actual").text()).isEqualTo("60.000 kr.");
		assertThat(page.select("#settlement-entitled").text()).isEqualTo("60.000 kr.");
		assertThat(page.select("#settlement-reduced").text()).isEqualTo("20.000 kr.");
		assertThat(page.select("#settlement-claim").text()).isEqualTo("0 kr.");
		assertThat(page.select("#claim-actions")).as("nothing to claim").isEmpty();
		List<String> rows = page.select("#instalments tbody tr").eachText();
		assertThat(rows.get(1)).contains("28.000 kr.");
		assertThat(rows.get(2)).contains("0 kr.").contains("Annulleret");
		assertThat(funding.committed(granted.poolId())).as("the unspent 20.000 kr. are back in the pool")
			.isEqualTo(Money.ofKroner(60_000));
		assertThat(grantee.page("/applicant/grants/" + granted.grantId()).select("#settlement-reduced").text())
			.isEqualTo("20.000 kr.");

		// approving again settles nothing twice
		assertThat(audit.eventsFor("grant", granted.grantId().toString()).stream()
			.filter(e -> e.action().equals("settled")).count()).isEqualTo(1);
	}

	@Test
	void moneyPaidBeyondTheSpendingIsClaimedBackAndTheGrantClosesWhenItIsReceived() {
		// a small pool's 20.000 kr., paid in full at acceptance
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(44_000), Money.ofKroner(20_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		steps.release("officer", granted.grantId(), 1);
		steps.markPaid("officer", grants.instalments(granted.grantId()).stream().map(Grants.InstalmentView::id).toList());
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String path = "/applicant/grants/" + granted.grantId();
		String finalReport = path + "/reports/" + obligation(granted, ObligationKind.FINAL_REPORT).id();
		grantee.post(finalReport, grantee.page(finalReport), Map.of("done", "Seks fortælleaftener", "results",
				"Deltagerne mødtes igen bagefter", "participants", "22", "action", "submit"));
		String finalReview = "/officer/grants/" + granted.grantId() + "/reports/"
				+ obligation(granted, ObligationKind.FINAL_REPORT).id();
		officer.post(finalReview + "/approve", officer.page(finalReview), Map.of());

		submitAndApproveAccounts(granted, grantee, officer, "15.000");

		Document mine = grantee.page(path);
		assertThat(mine.select("#grant-status").text()).as("an open claim keeps the grant open").isNotEqualTo("Afsluttet");
		assertThat(mine.select("#settlement-claim").text()).isEqualTo("5.000 kr. – ikke betalt");
		String reference = mine.select("#settlement-reference").text();
		assertThat(reference).startsWith("KP-").endsWith("-R");
		assertThat(mine.select("#settlement-how").text()).contains(reference);
		String email = accounts.find(granted.applicant()).orElseThrow().email();
		assertThat(mailer.to(email).stream().filter(m -> m.subject().startsWith("Krav om tilbagebetaling")).toList())
			.singleElement().satisfies(mail -> {
				assertThat(mail.body()).contains("5.000 kr. skal betales tilbage").contains(reference)
					.contains("/applicant/grants/" + granted.grantId());
			});

		// the grantee cannot record it; an officer's impossible date is named and kept
		String received = "/officer/grants/" + granted.grantId() + "/settlement/received";
		Document officerPage = officer.page("/officer/grants/" + granted.grantId());
		assertThat(grantee.post(received, mine, Map.of("receivedOn", Formats.date(LocalDate.now()))).statusCode())
			.isEqualTo(403);
		Document wrong = Jsoup.parse(officer.post(received, officerPage, Map.of("receivedOn", "31.02.2026")).body());
		assertThat(wrong.select("#receivedOn-error").text()).contains("dd.mm.åååå");
		assertThat(wrong.getElementById("receivedOn").val()).isEqualTo("31.02.2026");
		Document future = Jsoup.parse(officer.post(received, officerPage,
				Map.of("receivedOn", Formats.date(LocalDate.now().plusDays(3)))).body());
		assertThat(future.select("#receivedOn-error").text()).contains("mellem afregningen og i dag");

		assertThat(officer.post(received, officerPage, Map.of("receivedOn", Formats.date(LocalDate.now())))
			.statusCode()).isEqualTo(302);
		Document done = officer.page("/officer/grants/" + granted.grantId());
		assertThat(done.select("#settlement-claim").text()).isEqualTo("5.000 kr. – betalt");
		assertThat(done.select("#grant-status").text()).isEqualTo("Afsluttet");
		assertThat(funding.committed(granted.poolId())).isEqualTo(Money.ofKroner(15_000));
	}

	@Test
	void aGrantGivenBackClaimsWhatWasPaidUnlessTheOfficerAcceptsDocumentedExpenses() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(46_000), Money.ofKroner(30_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		// above the small pool's 25.000 kr.: two officers release it
		steps.release("officer", granted.grantId(), 1);
		steps.release("officer2", granted.grantId(), 1);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		grantee.post(path + "/give-back", grantee.page(path + "/give-back"), Map.of("reason", "Spillestedet lukkede"));

		assertThat(grantee.page(path).select("#settlement-claim").text()).isEqualTo("30.000 kr. – ikke betalt");
		assertThat(funding.committed(granted.poolId())).as("what was released stays committed until repaid")
			.isEqualTo(Money.ofKroner(30_000));

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String page = "/officer/grants/" + granted.grantId();
		String lower = page + "/settlement/lower";
		var missingResponse = officer.post(lower, officer.page(page), Map.of("amount", "12.000,50"));
		assertThat(missingResponse.statusCode()).as(missingResponse.body()).isEqualTo(200);
		Document missing = Jsoup.parse(missingResponse.body());
		assertThat(missing.select("#claimAmount-error").text()).contains("hele kroner uden øre");
		assertThat(missing.select("#claimReason-error").text()).contains("Skriv, hvorfor kravet nedsættes");
		assertThat(missing.getElementById("claimAmount").val()).isEqualTo("12.000,50");
		Document tooHigh = Jsoup.parse(officer.post(lower, officer.page(page),
				Map.of("amount", "40.000", "reason", "Bilag")).body());
		assertThat(tooHigh.select("#claimAmount-error").text()).contains("mindre end det nuværende krav på 30.000 kr.");

		assertThat(officer.post(lower, officer.page(page), Map.of("amount", "12.000", "reason",
				"Honorarer for to afholdte aftener er dokumenteret")).statusCode()).isEqualTo(302);
		assertThat(officer.page(page).select("#settlement-claim").text()).isEqualTo("12.000 kr. – ikke betalt");
		assertThat(officer.post(lower, officer.page(page), Map.of("amount", "0", "reason", "Alle udgifter dokumenteret"))
			.statusCode()).isEqualTo(302);
		Document waived = officer.page(page);
		assertThat(waived.select("#settlement-claim").text()).isEqualTo("12.000 kr. – frafaldet");
		assertThat(waived.select("#settlement").text()).contains("Alle udgifter dokumenteret");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("repayment claim lowered", "repayment claim waived");
	}

	private void submitAndApproveAccounts(GrantFixture.Granted granted, WebSession grantee, WebSession officer,
			String spent) {
		UUID accountsId = obligation(granted, ObligationKind.ACCOUNTS).id();
		String accounts = "/applicant/grants/" + granted.grantId() + "/accounts/" + accountsId;
		Document form = grantee.page(accounts);
		String amount = form.select("#accounts-table input[name^=a-]").attr("name");
		String line = amount.substring(2, 38);
		assertThat(grantee.post(accounts, form, Map.of(amount, spent, "e-" + line, "Færre arrangementer end planlagt",
				"signer", "Anne Kasserer", "sworn", "true", "action", "submit")).statusCode()).isEqualTo(302);
		String review = "/officer/grants/" + granted.grantId() + "/accounts/" + accountsId;
		assertThat(officer.post(review + "/approve", officer.page(review), Map.of()).statusCode()).isEqualTo(302);
	}

	private Grants.ObligationView obligation(GrantFixture.Granted granted, ObligationKind kind) {
		return grants.obligations(granted.grantId()).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
	}
}
