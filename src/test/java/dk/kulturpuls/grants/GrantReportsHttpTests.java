package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;

/**
 * Status and final reports at the HTTP level: the grantee saves a draft, a submission with missing answers is kept
 * as a draft with a translated message per field, the officer asks for changes (a message is required) which the
 * grantee sees above the text they wrote, the approved status report makes the next instalment due, the approved
 * final report the last; nobody else sees a report, and a grant given back takes no more reports.
 */
@ApplicationTest
class GrantReportsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	@Test
	void aStatusReportIsSentBackCorrectedApprovedAndReleasesTheNextInstalment() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(300_000), Money.ofKroner(200_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		assertThat(grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true")).statusCode())
			.isEqualTo(302);
		Grants.ObligationView status = obligation(granted, ObligationKind.STATUS_REPORT);
		Grants.ObligationView last = obligation(granted, ObligationKind.FINAL_REPORT);
		String report = path + "/reports/" + status.id();
		Document start = grantee.page(path);
		assertThat(start.select("#next-report").attr("href")).isEqualTo(report);

		// nobody else sees it: another applicant gets 404, the officer's address is not the grantee's
		String other = fixture.otherApplicant();
		WebSession stranger = WebSession.loggedIn(port, other, "secret-" + other);
		assertThat(stranger.get(report).statusCode()).isEqualTo(404);
		assertThat(stranger.post(report, stranger.page("/applicant/grants"), Map.of("done", "x", "action", "submit"))
			.statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "reviewer", "demo").get("/officer/grants/" + granted.grantId()
				+ "/reports/" + status.id()).statusCode()).isEqualTo(403);
		assertThat(grantee.get(path + "/reports/" + obligation(granted, ObligationKind.ACCOUNTS).id()).statusCode())
			.as("accounts are not a report").isEqualTo(404);

		// a submission with missing answers is kept as a draft, each missing answer named
		Document form = grantee.page(report);
		HttpResponse<String> missing = grantee.post(report, form,
				Map.of("done", "Tre workshops på plejecentret", "participants", "mange", "action", "submit"));
		assertThat(missing.statusCode()).isEqualTo(200);
		Document errors = org.jsoup.Jsoup.parse(missing.body());
		assertThat(errors.select("#error-summary li").eachText()).containsExactly(
				"Skriv, hvad I laver frem til næste rapport.",
				"Skriv antallet af deltagere som et helt tal, fx 120.");
		assertThat(errors.select("#done").text()).isEqualTo("Tre workshops på plejecentret");
		assertThat(errors.select("#participants").val()).isEqualTo("mange");
		assertThat(grantee.page(report).select("#done").text()).as("saved as a draft")
			.isEqualTo("Tre workshops på plejecentret");
		assertThat(grants.obligations(granted.grantId()).stream().filter(o -> o.id().equals(status.id()))
			.findFirst().orElseThrow().status()).isEqualTo(ObligationStatus.OPEN);

		assertThat(grantee.post(report, form, Map.of("done", "Tre workshops på plejecentret", "participants", "42",
				"nextSteps", "Udstilling i foråret", "action", "submit")).statusCode()).isEqualTo(302);
		assertThat(grantee.page(report).select("#report-status").text()).isEqualTo("Indsendt");
		assertThat(grantee.page(report).select("#report-form")).as("no changes once submitted").isEmpty();

		// the officer asks for changes: a message is required, and the grantee sees it above their text
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String review = "/officer/grants/" + granted.grantId() + "/reports/" + status.id();
		Document reviewPage = officer.page(review);
		assertThat(reviewPage.select("#report-text").text()).contains("Tre workshops på plejecentret").contains("42");
		HttpResponse<String> noMessage = officer.post(review + "/changes", reviewPage, Map.of("message", " "));
		assertThat(noMessage.body()).contains("Skriv, hvad modtageren skal rette.");
		assertThat(officer.post(review + "/changes", reviewPage,
				Map.of("message", "Beskriv afvigelsen fra tidsplanen.")).statusCode()).isEqualTo(302);
		Document corrected = grantee.page(report);
		assertThat(corrected.select("#officer-message").text()).contains("Beskriv afvigelsen fra tidsplanen.");
		assertThat(corrected.select("#done").text()).isEqualTo("Tre workshops på plejecentret");
		assertThat(grantee.post(report, corrected, Map.of("done", "Tre workshops på plejecentret", "participants",
				"42", "deviations", "Den sidste workshop blev flyttet en måned", "nextSteps", "Udstilling i foråret",
				"action", "submit")).statusCode()).isEqualTo(302);

		// approving releases the next instalment; approving twice is told
		String grantPage = "/officer/grants/" + granted.grantId();
		Document second = officer.page(review);
		assertThat(officer.post(review + "/approve", second, Map.of()).statusCode()).isEqualTo(302);
		assertThat(officer.page(grantPage).select("#instalments tbody tr").get(1).text())
			.contains("Klar til frigivelse");
		officer.post(review + "/approve", second, Map.of());
		assertThat(officer.page(review).select("#report-error").text())
			.contains("Rapporten er ikke indsendt, eller den er allerede behandlet.");
		assertThat(grantee.page(path).select("#obligations").text()).contains("Godkendt");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("report submitted", "report changes requested", "report approved");

		// the final report asks for results and participants; once given back, no report is taken
		String finalReport = path + "/reports/" + last.id();
		Document finalForm = grantee.page(finalReport);
		assertThat(finalForm.select("h1").text()).isEqualTo("Slutrapport");
		Document finalErrors = org.jsoup.Jsoup.parse(grantee.post(finalReport, finalForm,
				Map.of("done", "Forløbet er gennemført", "action", "submit")).body());
		assertThat(finalErrors.select("#error-summary li").eachText()).containsExactly(
				"Skriv projektets resultater og erfaringer.", "Skriv, hvor mange deltagere projektet har nået.");
		Document giveBack = grantee.page(path + "/give-back");
		assertThat(grantee.post(path + "/give-back", giveBack, Map.of("reason", "Lokalerne lukkede")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> afterReturn = grantee.post(finalReport, finalForm,
				Map.of("done", "Forløbet er gennemført", "action", "save"));
		assertThat(afterReturn.body()).contains("Bevillingen er ikke længere i gang");
	}

	private Grants.ObligationView obligation(GrantFixture.Granted granted, ObligationKind kind) {
		return grants.obligations(granted.grantId()).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
	}
}
