package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The grantee's side of a grant at the HTTP level: the list and the grant page with its plan and obligations, the
 * acceptance with its conditions (a missing tick is a translated error), declining and giving back (the money
 * returns to the pool, the public list and the API), a granted application that cannot be withdrawn, and nobody
 * else seeing the grant.
 */
@ApplicationTest
class GrantAcceptanceHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	dk.kulturpuls.funding.GrantDecisions funding;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	@Autowired
	Accounts accounts;

	@Test
	void theGranteeSeesThePlanAndAcceptsTheGrantWithItsConditions() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(300_000), Money.ofKroner(200_000),
				"Slutrapport med trivselsmålinger");
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		assertThat(grantee.page("/applicant/grants").select("#my-grants").text()).contains(granted.title())
			.contains("200.000 kr.").contains("Tilbudt, afventer accept");
		String path = "/applicant/grants/" + granted.grantId();
		Document page = grantee.page(path);
		assertThat(page.select("#grant-amount").text()).isEqualTo("200.000 kr.");
		assertThat(page.select("#grant-conditions").text()).isEqualTo("Slutrapport med trivselsmålinger");
		assertThat(page.select("#grant-next").text()).contains("Accepter bevillingen og dens vilkår senest");
		// signature pool: 40 % at acceptance, 40 % after the status report, 20 % after the final report
		assertThat(page.select("#instalments tbody tr").eachText()).containsExactly(
				"Rate 1 (40 %) 80.000 kr. Når bevillingen er accepteret Planlagt",
				"Rate 2 (40 %) 80.000 kr. Når statusrapport 1 er godkendt Planlagt",
				"Rate 3 (20 %) 40.000 kr. Når slutrapporten og regnskabet er godkendt Planlagt");
		assertThat(page.select("#obligations").text()).contains("Accept af bevillingen").contains("Statusrapport 1")
			.contains("Slutrapport").contains("Regnskab")
			.contains("Regnskab underskrevet af en regnskabskyndig");

		// someone else's grant does not exist; a reviewer is not in the applicant's area at all
		String other = fixture.otherApplicant();
		WebSession stranger = WebSession.loggedIn(port, other, "secret-" + other);
		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger.page("/applicant/grants").text()).doesNotContain(granted.title());
		assertThat(stranger.post(path + "/accept", stranger.page("/applicant/grants"), Map.of("acceptConditions", "true"))
			.statusCode()).isEqualTo(404);
		assertThat(stranger.get(path + "/decline").statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "reviewer", "demo").get(path).statusCode()).isEqualTo(403);
		String both = "ar" + java.util.UUID.randomUUID().toString().substring(0, 8);
		accounts.create(both, "Bedømmer og ansøger", both + "@test.kulturpuls.invalid", "secret-" + both,
				Set.of(Role.REVIEWER, Role.APPLICANT));
		assertThat(WebSession.loggedIn(port, both, "secret-" + both).get(path).statusCode())
			.as("a reviewer who also applies").isEqualTo(404);

		// accepting without the tick: a translated error on the page, nothing changed
		HttpResponse<String> unticked = grantee.post(path + "/accept", page, Map.of());
		assertThat(unticked.statusCode()).isEqualTo(200);
		assertThat(unticked.body()).contains("Sæt kryds ved, at du accepterer bevillingen og dens vilkår.");
		assertThat(grants.find(granted.grantId()).orElseThrow().status()).isEqualTo(GrantStatus.OFFERED);

		HttpResponse<String> accepted = grantee.post(path + "/accept", page, Map.of("acceptConditions", "true"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		Document after = grantee.page(path);
		assertThat(after.select("#grant-status").text()).isEqualTo("Accepteret");
		assertThat(after.select("#instalments tbody tr").first().text()).endsWith("Klar til frigivelse");
		assertThat(after.select("#grant-next").text()).contains("Indsend statusrapporten senest");
		assertThat(after.select("#accept-section")).isEmpty();
		assertThat(grantee.post(path + "/accept", page, Map.of("acceptConditions", "true")).body())
			.as("accepting twice").contains("Bevillingen afventer ikke længere accept.");
		assertThat(audit.eventsFor("grant", granted.grantId().toString()))
			.extracting(AuditTrail.AuditEvent::action).contains("created from decision", "accepted");

		// the officer sees the grant among the follow-up's obligations
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.page("/officer/grants?pool=" + granted.poolId()).select("#follow-up").text())
			.contains(granted.title()).contains("Statusrapport 1").contains("Slutrapport");
		assertThat(officer.page("/officer/grants/" + granted.grantId()).select("#grant-status").text())
			.isEqualTo("Accepteret");

		// filtered by its call and municipality it is there; by another call or municipality it is not
		java.util.UUID call = funding.awarded(granted.applicationId()).orElseThrow().callId();
		String municipality = funding.awarded(granted.applicationId()).orElseThrow().municipalities().iterator().next();
		String elsewhere = "0851".equals(municipality) ? "0813" : "0851";
		Document byCall = officer.page("/officer/grants?call=" + call + "&municipality=" + municipality);
		assertThat(byCall.select("#follow-up tbody tr")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.text()).contains(granted.title()));
		assertThat(byCall.select("#call option[selected]").attr("value")).isEqualTo(call.toString());
		assertThat(officer.page("/officer/grants?call=" + call + "&municipality=" + elsewhere).select("#follow-up"))
			.isEmpty();
		assertThat(officer.page("/officer/grants?call=" + java.util.UUID.randomUUID()).select("#follow-up-empty"))
			.hasSize(1);
		assertThat(officer.get("/officer/grants?call=not-a-call&municipality=x").statusCode())
			.as("a bad filter is ignored, not an error").isEqualTo(200);
	}

	@Test
	void aDeclinedGrantGivesItsMoneyBackToThePoolAndLeavesThePublicList() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(45_000), Money.ofKroner(30_000), null);
		assertThat(fixture.committed(granted.poolId())).isEqualTo(Money.ofKroner(30_000));
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		// small pool: one payment at acceptance, a sworn statement for the accounts
		Document page = grantee.page(path);
		assertThat(page.select("#instalments tbody tr").eachText())
			.containsExactly("Rate 1 (100 %) 30.000 kr. Når bevillingen er accepteret Planlagt");
		assertThat(page.select("#obligations").text()).contains("Tro- og loveerklæring");
		Document confirm = grantee.page(path + "/decline");
		assertThat(confirm.select("#confirm-warning").text()).contains("30.000 kr.");
		assertThat(grantee.post(path + "/decline", confirm, Map.of("reason", "Vi fik ikke lokalerne")).statusCode())
			.isEqualTo(302);
		assertThat(grants.find(granted.grantId()).orElseThrow().status()).isEqualTo(GrantStatus.DECLINED);
		assertThat(fixture.committed(granted.poolId())).isEqualTo(Money.ZERO);
		assertThat(grantee.page(path).select("#grant-status").text()).isEqualTo("Afslået af modtageren");
		WebSession anonymous = new WebSession(port);
		assertThat(anonymous.get("/public/grants").body()).doesNotContain(granted.title());
		assertThat(anonymous.get("/api/v1/grants").body()).doesNotContain(granted.title());
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("declined");
		assertThat(audit.eventsFor("application", granted.applicationId().toString()))
			.extracting(AuditTrail.AuditEvent::action).contains("grant given back to the pool");
	}

	@Test
	void aGrantedApplicationIsNotWithdrawnButItsGrantIsGivenBack() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(400_000), Money.ofKroner(150_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String application = "/applicant/applications/" + granted.applicationId();
		HttpResponse<String> withdraw = grantee.post(application + "/withdraw", grantee.page(application), Map.of());
		assertThat(withdraw.statusCode()).isEqualTo(302);
		assertThat(grantee.page(application).text()).contains("Ansøgningen er bevilget og kan ikke trækkes tilbage")
			.contains("giv bevillingen tilbage");

		String path = "/applicant/grants/" + granted.grantId();
		// giving back an offer that is not accepted is refused, and the reason typed is kept
		Document confirm = grantee.page(path + "/give-back");
		HttpResponse<String> early = grantee.post(path + "/give-back", confirm, Map.of("reason", "Projektlederen er syg"));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("Bevillingen er ikke i gang").contains("Projektlederen er syg");
		grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true"));
		HttpResponse<String> noReason = grantee.post(path + "/give-back", confirm, Map.of("reason", "  "));
		assertThat(noReason.body()).contains("Skriv, hvorfor I giver bevillingen tilbage.");
		assertThat(grantee.post(path + "/give-back", confirm, Map.of("reason", "Projektlederen er syg")).statusCode())
			.isEqualTo(302);
		Grants.GrantView grant = grants.find(granted.grantId()).orElseThrow();
		assertThat(grant.status()).isEqualTo(GrantStatus.RETURNED);
		assertThat(grant.statusReason()).isEqualTo("Projektlederen er syg");
		assertThat(fixture.committed(granted.poolId())).isEqualTo(Money.ZERO);
		assertThat(grantee.page(path).select("#instalments").text()).contains("Annulleret");
		Document publicList = new WebSession(port).page("/public/grants");
		assertThat(publicList.select("#grants tr:contains(" + granted.title() + ")").text()).contains("Givet tilbage");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("given back");
	}
}
