package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
 * The payment plan at the HTTP level: an instalment is released only once the grant is accepted; above the pool's
 * four-eyes amount a second officer approves; two clicks or two officers at once make one release; released
 * payments are exported as CSV in whole kroner and marked paid, and the paid figure reaches the grantee and the API.
 */
@ApplicationTest
class GrantPaymentsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	@Autowired
	Accounts accounts;

	String secondOfficer() {
		String username = "of" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Anden sagsbehandler", username + "@test.kulturpuls.invalid", "secret-" + username,
				Set.of(Role.PROGRAMME_OFFICER));
		return username;
	}

	void accept(GrantFixture.Granted granted) {
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		assertThat(grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true")).statusCode())
			.isEqualTo(302);
	}

	@Test
	void aLargeInstalmentIsReleasedByTwoOfficersExportedAndMarkedPaid() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(700_000), Money.ofKroner(600_000), null);
		String page = "/officer/grants/" + granted.grantId();
		String release = page + "/instalments/1/release";
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document before = officer.page(page);
		assertThat(before.select("#release-1")).as("nothing to release before acceptance").isEmpty();
		officer.post(release, before, Map.of());
		assertThat(officer.page(page).select("#grant-error").text()).contains("Bevillingen er ikke i gang");

		accept(granted);
		Document accepted = officer.page(page);
		assertThat(accepted.text()).contains("Rater over 200.000 kr. skal godkendes af en anden sagsbehandler");
		assertThat(officer.post(release, accepted, Map.of()).statusCode()).isEqualTo(302);
		Document awaiting = officer.page(page);
		assertThat(awaiting.select("#instalments tbody tr").first().text()).contains("240.000 kr.")
			.contains("Afventer godkendelse af anden sagsbehandler").contains("officer");
		officer.post(release, awaiting, Map.of());
		assertThat(officer.page(page).select("#grant-error").text())
			.contains("skal godkendes af en anden sagsbehandler end den, der bad om frigivelsen");

		String other = secondOfficer();
		WebSession second = WebSession.loggedIn(port, other, "secret-" + other);
		Document approve = second.page(page);
		assertThat(approve.select("#release-1").text()).isEqualTo("Godkend frigivelse af rate 1");
		assertThat(second.post(release, approve, Map.of()).statusCode()).isEqualTo(302);
		Document released = second.page(page);
		assertThat(released.select("#instalments tbody tr").first().text()).contains("Frigivet til udbetaling");
		assertThat(released.select("#grant-status").text()).isEqualTo("I gang");
		second.post(release, approve, Map.of());
		assertThat(second.page(page).select("#grant-error").text()).contains("Raten er allerede frigivet.");
		assertThat(second.page(page).select("#release-2")).as("instalment 2 waits for the status report").isEmpty();
		second.post(page + "/instalments/2/release", approve, Map.of());
		assertThat(second.page(page).select("#grant-error").text()).contains("Raten kan ikke frigives endnu");
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("instalment release requested", "instalment released");

		// the finance system's file: CVR, whole kroner, reference, grant
		Document payments = officer.page("/officer/grants/payments");
		String reference = grants.instalments(granted.grantId()).getFirst().reference();
		assertThat(payments.select("#payments").text()).contains(reference).contains("240.000 kr.");
		HttpResponse<byte[]> csv = officer.bytes("/officer/grants/payments.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"CVR\";\"Beløb (kr.)\";\"Reference\";\"Bevilling\"")
			.contains("\"240000\";\"" + reference + "\";\"" + granted.title() + "\"");
		UUID instalment = grants.instalments(granted.grantId()).getFirst().id();
		assertThat(officer.post("/officer/grants/payments/paid", payments, Map.of("instalment", List.of(instalment)))
			.statusCode()).isEqualTo(302);
		assertThat(grants.find(granted.grantId()).orElseThrow().paidToDate()).isEqualTo(Money.ofKroner(240_000));
		assertThat(officer.page("/officer/grants/payments").select("#payments").text()).doesNotContain(reference);
		officer.post("/officer/grants/payments/paid", payments, Map.of("instalment", List.of(instalment)));
		assertThat(grants.find(granted.grantId()).orElseThrow().paidToDate()).as("paid once")
			.isEqualTo(Money.ofKroner(240_000));
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		assertThat(grantee.page("/applicant/grants/" + granted.grantId()).select("#grant-paid").text())
			.isEqualTo("240.000 kr.");
		assertThat(officer.get("/officer/grants/payments.csv").statusCode()).isEqualTo(200);
		tools.jackson.databind.JsonNode api = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(new WebSession(port).get("/api/v1/grants").body());
		tools.jackson.databind.JsonNode item = null;
		for (tools.jackson.databind.JsonNode g : api) {
			if (g.get("title").asString().equals(granted.title())) {
				item = g;
			}
		}
		assertThat(item).isNotNull();
		assertThat(item.get("status").asString()).isEqualTo("active");
		assertThat(item.get("paidToDateDkk").asLong()).isEqualTo(240_000L);
		assertThat(item.get("startDate").asString()).isNotEmpty();
		String docs = new WebSession(port).get("/v3/api-docs").body();
		assertThat(docs).contains("paidToDateDkk").contains("Paid out to the grantee so far, in whole DKK");
		assertThat(audit.eventsFor("grant payments", "export")).isNotEmpty();
	}

	@Test
	void twoOfficersReleasingAtOnceMakeOneRelease() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(40_000), Money.ofKroner(20_000), null);
		accept(granted);
		String page = "/officer/grants/" + granted.grantId();
		WebSession first = WebSession.loggedIn(port, "officer", "demo");
		String other = secondOfficer();
		WebSession second = WebSession.loggedIn(port, other, "secret-" + other);
		Document a = first.page(page);
		Document b = second.page(page);
		String release = page + "/instalments/1/release";
		CompletableFuture.allOf(first.postAsync(release, a, Map.of()), first.postAsync(release, a, Map.of()),
				second.postAsync(release, b, Map.of())).join();
		assertThat(audit.eventsFor("grant", granted.grantId().toString()))
			.filteredOn(e -> e.action().equals("instalment released")).hasSize(1);
		assertThat(grants.instalments(granted.grantId()).getFirst().status()).isEqualTo(InstalmentStatus.RELEASED);
		assertThat(new WebSession(port).get("/api/v1/grants").statusCode()).isEqualTo(200);
	}

	@Test
	void strangersHaveNoOfficerPages() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(40_000), Money.ofKroner(10_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		assertThat(grantee.get("/officer/grants/" + granted.grantId()).statusCode()).isEqualTo(403);
		assertThat(grantee.get("/officer/grants/payments.csv").statusCode()).isEqualTo(403);
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.get("/officer/grants/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(officer.page("/officer").select("#officer-grants-link").attr("href")).isEqualTo("/officer/grants");
		assertThat(officer.page("/officer/grants").select("nav a[href=/officer/grants]")).isNotEmpty();
		assertThat(officer.page("/officer/grants?status=OVERDUE&page=3").select("#follow-up tbody tr"))
			.allMatch(r -> r.text().contains("Overskredet"));
	}
}
