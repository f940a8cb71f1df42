package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
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
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;

/**
 * Accounts at the HTTP level: the grantee enters the actual amounts against the grant's budget lines; wrong amounts,
 * a deviation without explanation and a missing declaration are named and nothing typed is lost; a line outside the
 * budget and a sworn statement for a grant above 100.000 kr. are refused; the actual amounts land in the budget;
 * the officer sends them back and approves them; the last instalment waits for both the final report and the
 * accounts; nobody else sees them.
 */
@ApplicationTest
class GrantAccountsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	Grants grants;

	@Autowired
	GrantDecisions funding;

	@Autowired
	AuditTrail audit;

	@Test
	void accountsAreEnteredAgainstTheBudgetExplainedDeclaredAndApproved() {
		// 80.000 kr.: a signature pool's grant (40/40/20) with a sworn statement
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(240_000), Money.ofKroner(80_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		assertThat(grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true")).statusCode())
			.isEqualTo(302);
		UUID accountsId = obligation(granted, ObligationKind.ACCOUNTS).id();
		String accounts = path + "/accounts/" + accountsId;
		Document granteeGrant = grantee.page(path);
		assertThat(granteeGrant.select("#obligations a[href$=" + accountsId + "]").text()).isEqualTo("Regnskab");
		assertThat(granteeGrant.select("#obligations tbody th").eachText()).as("each obligation named once")
			.contains("Accept af bevillingen", "Statusrapport 1", "Slutrapport");

		// nobody else sees them
		String other = fixture.otherApplicant();
		WebSession stranger = WebSession.loggedIn(port, other, "secret-" + other);
		assertThat(stranger.get(accounts).statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "reviewer", "demo").get("/officer/grants/" + granted.grantId()
				+ "/accounts/" + accountsId).statusCode()).isEqualTo(403);

		Document form = grantee.page(accounts);
		assertThat(form.select("#accounts-tier").text()).isEqualTo("Tro- og loveerklæring");
		assertThat(form.select("#accounts-planned").text()).isEqualTo("80.000 kr.");
		String amount = form.select("#accounts-table input[name^=a-]").attr("name");
		String line = amount.substring(2, 38);

		// a wrong amount, no declaration: each named, what was typed shown back
		Document errors = Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "mange", "signer", "",
				"action", "submit")).body());
		assertThat(errors.select("#error-summary li").eachText()).containsExactly(
				"Skriv beløbet i hele kroner eller med øre, fx 12.500 eller 12.500,50.",
				"Skriv navnet på den, der afgiver erklæringen.",
				"Sæt kryds ved tro- og loveerklæringen for at indsende regnskabet.");
		assertThat(errors.getElementById(amount).val()).isEqualTo("mange");
		assertThat(Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "-5", "action", "save")).body())
			.select("#error-summary").text()).contains("Et forbrug kan ikke være negativt");

		// a line that is not in the budget is refused outright
		HttpResponse<String> unknown = grantee.post(accounts, form,
				Map.of("a-" + UUID.randomUUID() + "-2030", "100", "action", "save"));
		assertThat(Jsoup.parse(unknown.body()).select("#accounts-error").text())
			.contains("en post eller et år, der ikke er i bevillingens budget");

		// 95.000 of 80.000 deviates 19 %: it must be explained; totals are computed
		Document deviating = Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "95.000", "signer", "Anne Kasserer",
				"sworn", "true", "action", "submit")).body());
		assertThat(deviating.select("#error-summary li").eachText())
			.containsExactly("Forklar, hvorfor posten afviger fra budgettet.");
		assertThat(deviating.select("#accounts-actual").text()).isEqualTo("95.000 kr.");
		assertThat(deviating.select("#accounts-deviation").text()).isEqualTo("15.000 kr.");
		assertThat(deviating.select("#line-" + line).text()).contains("(19 %)").contains("Skal forklares");
		assertThat(deviating.getElementById("signer").val()).isEqualTo("Anne Kasserer");
		assertThat(grantee.page(accounts).getElementById(amount).val()).as("the valid figures are kept as a draft")
			.isEqualTo("95.000");

		Map<String, String> complete = new HashMap<>(Map.of(amount, "95.000", "e-" + line,
				"Flere workshops end planlagt, fordi ventelisten var lang.", "signer", "Anne Kasserer", "sworn", "true",
				"action", "submit"));
		assertThat(grantee.post(accounts, form, complete).statusCode()).isEqualTo(302);
		assertThat(grantee.page(accounts).select("#accounts-status").text()).isEqualTo("Indsendt");
		assertThat(funding.budget(grantee(granted)).orElseThrow().actualTotal())
			.as("the actual amounts are the budget's").isEqualTo(Money.ofKroner(95_000));

		// the officer asks for changes, then approves
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String review = "/officer/grants/" + granted.grantId() + "/accounts/" + accountsId;
		Document reviewPage = officer.page(review);
		assertThat(reviewPage.select("#accounts-explanations").text()).contains("ventelisten var lang");
		assertThat(reviewPage.select("#accounts-declaration").text()).contains("Anne Kasserer").contains("Afgivet");
		assertThat(officer.post(review + "/changes", reviewPage, Map.of("message", "Vedlæg bilag for honorarerne."))
			.statusCode()).isEqualTo(302);
		Document back = grantee.page(accounts);
		assertThat(back.select("#officer-message").text()).contains("Vedlæg bilag for honorarerne.");
		assertThat(back.getElementById(amount).val()).isEqualTo("95.000");
		assertThat(grantee.post(accounts, back, complete).statusCode()).isEqualTo(302);
		assertThat(officer.post(review + "/approve", officer.page(review), Map.of()).statusCode()).isEqualTo(302);
		assertThat(grantee.page(accounts).select("#accounts-form")).as("read-only once approved").isEmpty();

		// the last instalment waits for the final report too
		String grantPage = "/officer/grants/" + granted.grantId();
		assertThat(officer.page(grantPage).select("#instalments tbody tr").get(2).text()).contains("Planlagt");
		String finalReport = path + "/reports/" + obligation(granted, ObligationKind.FINAL_REPORT).id();
		assertThat(grantee.post(finalReport, grantee.page(finalReport), Map.of("done", "Forløbet er gennemført",
				"results", "Deltagerne sang mere", "participants", "40", "action", "submit")).statusCode())
			.isEqualTo(302);
		String finalReview = "/officer/grants/" + granted.grantId() + "/reports/"
				+ obligation(granted, ObligationKind.FINAL_REPORT).id();
		assertThat(officer.post(finalReview + "/approve", officer.page(finalReview), Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(officer.page(grantPage).select("#instalments tbody tr").get(2).text())
			.contains("Klar til frigivelse");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("accounts saved", "accounts submitted", "accounts changes requested", "accounts approved");
	}

	@Test
	void aGrantAbove100000KronerTakesNoSwornStatement() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(600_000), Money.ofKroner(200_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true"));
		String accounts = path + "/accounts/" + obligation(granted, ObligationKind.ACCOUNTS).id();
		Document form = grantee.page(accounts);
		assertThat(form.select("#accounts-tier").text()).isEqualTo("Regnskab underskrevet af en regnskabskyndig");
		assertThat(form.select("#sworn")).isEmpty();
		String amount = form.select("#accounts-table input[name^=a-]").attr("name");
		Document refused = Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "200.000", "signer", "Bo Bogholder",
				"sworn", "true", "action", "submit")).body());
		assertThat(refused.select("#accounts-error").text()).contains("en tro- og loveerklæring er ikke nok");
		assertThat(refused.getElementById("signer").val()).isEqualTo("Bo Bogholder");
		assertThat(grantee.page(accounts).select("#accounts-status").text()).isEqualTo("Åben");

		// the signed accounts are required, checked by content, and kept for the officer
		Document missing = Jsoup.parse(grantee.post(accounts, form, Map.of(amount, "200.000", "signer", "Bo Bogholder",
				"action", "submit")).body());
		assertThat(missing.select("#error-summary li").eachText()).containsExactly("Læg det underskrevne regnskab op.");
		Document notPdf = Jsoup.parse(grantee.postMultipart(accounts, form, Map.of(amount, "200.000", "signer",
				"Bo Bogholder", "action", "submit"), "document", "regnskab.pdf", new byte[] { 'M', 'Z', 0, 1, 2, 3 })
			.body());
		assertThat(notPdf.select("#accounts-error").text()).contains("Filen er ikke en PDF");
		assertThat(notPdf.getElementById("signer").val()).isEqualTo("Bo Bogholder");
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(grantee.postMultipart(accounts, form, Map.of(amount, "200.000", "signer", "Bo Bogholder", "action",
				"submit"), "document", "regnskab underskrevet.pdf", pdf).statusCode()).isEqualTo(302);
		String review = "/officer/grants/" + granted.grantId() + "/accounts/"
				+ obligation(granted, ObligationKind.ACCOUNTS).id();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.page(review).select("#accounts-declaration a").text()).isEqualTo("regnskab underskrevet.pdf");
		HttpResponse<byte[]> download = officer.bytes(review + "/document");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String other = fixture.otherApplicant();
		assertThat(WebSession.loggedIn(port, other, "secret-" + other).bytes(accounts + "/document").statusCode())
			.isEqualTo(404);
	}

	private UUID grantee(GrantFixture.Granted granted) {
		return granted.applicationId();
	}

	private Grants.ObligationView obligation(GrantFixture.Granted granted, ObligationKind kind) {
		return grants.obligations(granted.grantId()).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
	}
}
