package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.organisations.Cvr;
import dk.kulturpuls.organisations.OrganisationClaims;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.Money;

/**
 * Issue 14 point 2, organisations cannot be squatted: a registration for a CVR number is its own pending claim (a
 * second one is no dead end and sees nothing of the first), an officer confirms or rejects it (audited, mailed), the
 * confirmed administrator invites colleagues with a link that expires, submitting waits for the confirmation, and
 * pending claims expire.
 */
@ApplicationTest
class OrganisationClaimsHttpTests {

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@LocalServerPort
	int port;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	OrganisationClaims claims;

	@Autowired
	Applications applications;

	@Autowired
	Calls calls;

	@Autowired
	Clock clock;

	@Autowired
	GrantApplicationRepository repository;

	String cvr() {
		java.util.Random random = new java.util.Random();
		while (true) {
			String digits = String.valueOf(10_000_000 + random.nextInt(89_999_999));
			if (Cvr.isValid(digits) && jdbc.sql("select count(*) from organisations_claim where cvr = :c")
				.param("c", digits).query(Long.class).single() == 0) {
				return digits;
			}
		}
	}

	/** Mails newest first. Registers for the organisation as a visitor does, follows the mailed link, and returns the e-mail. */
	String register(String name, String organisation, String cvr) {
		String email = "claim-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		WebSession visitor = new WebSession(port);
		HttpResponse<String> ok = visitor.post("/public/register", visitor.page("/public/register"),
				Map.of("name", name, "email", email, "kind", "ORGANISATION", "organisationName", organisation, "cvr", cvr,
						"password", PASSWORD));
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).contains("Tjek din e-mail", "bekræfter sekretariatet derefter, at du handler for den");
		String body = mailer.to(email).getLast().body(); // the oldest: the verification link
		String link = body.lines().filter(l -> l.contains("/public/register/verify?token=")).findFirst().orElseThrow();
		visitor.page(link.substring(link.indexOf("/public/")).strip());
		return email;
	}

	UUID claimOf(String email) {
		return claims.ofClaimant(email).orElseThrow().id();
	}

	@Test
	void aSecondClaimantIsNoDeadEndAndSeesNothingOfTheFirst() {
		String cvr = cvr();
		String first = register("Første Forperson", "Foreningen Klang", cvr);
		String second = register("Anden Anmelder", "Klang (kopi)", cvr);

		// two claims, two parties: the second claimant's applications are not the first's
		var one = claims.ofClaimant(first).orElseThrow();
		var two = claims.ofClaimant(second).orElseThrow();
		assertThat(one.party()).isNotEqualTo(two.party());
		assertThat(one.status()).isEqualTo(OrganisationClaims.Status.PENDING);
		assertThat(two.status()).isEqualTo(OrganisationClaims.Status.PENDING);

		WebSession secondSession = WebSession.loggedIn(port, second, PASSWORD);
		Document mine = secondSession.page("/applicant/organisation");
		assertThat(mine.selectFirst("#organisation-status").text()).isEqualTo("Venter på bekræftelse");
		assertThat(mine.selectFirst("#organisation-next").text()).contains("Sekretariatet tjekker");
		assertThat(mine.text()).contains("Klang (kopi)").doesNotContain("Foreningen Klang", "Første Forperson", first);
		assertThat(secondSession.page("/applicant").text()).doesNotContain("Foreningen Klang", first);
		// a pending claimant invites nobody
		HttpResponse<String> invite = secondSession.post("/applicant/organisation/invitations", mine,
				Map.of("email", "ven@test.invalid"));
		assertThat(invite.body()).contains("Kun administratoren af en bekræftet organisation");
		assertThat(mailer.to("ven@test.invalid")).isEmpty();
	}

	@Test
	void anOfficerConfirmsWithAnAuditRowAndAMailAndOthersMayNot() {
		String cvr = cvr();
		String claimant = register("Bodil Bekræft", "Kulturhuset Bekræft", cvr);
		UUID claim = claimOf(claimant);
		String path = "/officer/organisation-claims/" + claim + "/confirm";

		// neither an applicant nor the claimant, nor a reviewer, nor an anonymous visitor
		for (String user : new String[] { "applicant", "reviewer", "secretariat" }) {
			WebSession session = WebSession.loggedIn(port, user, "demo");
			assertThat(session.get("/officer/organisation-claims").statusCode()).as(user).isEqualTo(403);
			assertThat(session.post(path, session.page("/"), Map.of()).statusCode()).as(user).isEqualTo(403);
		}
		WebSession self = WebSession.loggedIn(port, claimant, PASSWORD);
		assertThat(self.post(path, self.page("/applicant"), Map.of()).statusCode()).isEqualTo(403);
		assertThat(claims.find(claim).orElseThrow().status()).isEqualTo(OrganisationClaims.Status.PENDING);

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document list = officer.page("/officer/organisation-claims");
		var row = list.selectFirst("tr[data-claim=" + claim + "]");
		assertThat(row.text()).contains(cvr, "Kulturhuset Bekræft", "Bodil Bekræft", claimant);
		HttpResponse<String> confirmed = officer.post(path, list, Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		Document after = officer.page("/officer/organisation-claims");
		assertThat(after.text()).contains("Organisationen er bekræftet");
		assertThat(after.select("tr[data-claim=" + claim + "]")).isEmpty();
		assertThat(claims.find(claim).orElseThrow().status()).isEqualTo(OrganisationClaims.Status.CONFIRMED);
		assertThat(audit.eventsFor("organisation claim", claim.toString())).extracting(e -> e.action() + " " + e.actor())
			.contains("confirmed officer");
		assertThat(mailer.to(claimant).getFirst().subject()).contains("Kulturhuset Bekræft er bekræftet");
		assertThat(mailer.to(claimant).getFirst().body()).contains("/applicant/organisation");

		// a later claim for the confirmed CVR cannot be confirmed as well; it is rejected with a mail
		String late = register("Sen Squatter", "Kulturhuset (falsk)", cvr);
		UUID lateClaim = claimOf(late);
		Document withLate = officer.page("/officer/organisation-claims");
		assertThat(withLate.selectFirst("tr[data-claim=" + lateClaim + "]").text())
			.contains("allerede bekræftet for en anden");
		officer.post("/officer/organisation-claims/" + lateClaim + "/confirm", withLate, Map.of());
		assertThat(officer.page("/officer/organisation-claims").text()).contains("allerede bekræftet for en anden oprettelse");
		officer.post("/officer/organisation-claims/" + lateClaim + "/reject", withLate, Map.of());
		assertThat(claims.find(lateClaim).orElseThrow().status()).isEqualTo(OrganisationClaims.Status.REJECTED);
		assertThat(mailer.to(late).getFirst().body()).contains("kunne ikke bekræfte")
			.doesNotContain("Bodil", claimant);
		assertThat(audit.eventsFor("organisation claim", lateClaim.toString())).extracting(e -> e.action())
			.contains("claimed", "rejected");
	}

	@Test
	void theAdministratorInvitesAColleagueWhoJoinsWhileExpiredAndForeignLinksAreRefused() {
		String admin = register("Anna Administrator", "Foreningen Invitér", cvr());
		UUID claim = claimOf(admin);
		claims.confirm(claim, "officer");
		WebSession adminSession = WebSession.loggedIn(port, admin, PASSWORD);
		Document page = adminSession.page("/applicant/organisation");
		assertThat(page.selectFirst("#organisation-status").text()).contains("Bekræftet");

		HttpResponse<String> bad = adminSession.post("/applicant/organisation/invitations", page, Map.of("email", "ikke en mail"));
		assertThat(bad.body()).contains("error-summary");

		String colleague = "kollega-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		assertThat(adminSession.post("/applicant/organisation/invitations", page, Map.of("email", colleague))
			.statusCode()).isEqualTo(302);
		assertThat(adminSession.page("/applicant/organisation").text()).contains("Invitationen er sendt", colleague);
		String link = link(mailer.to(colleague).getFirst().body());

		WebSession visitor = new WebSession(port);
		Document accept = visitor.page(link);
		assertThat(accept.text()).contains("Foreningen Invitér", colleague);
		HttpResponse<String> weak = visitor.post(link, accept, Map.of("name", "Kaj Kollega", "password", "kort"));
		assertThat(weak.body()).contains("error-summary").contains("Kaj Kollega");
		HttpResponse<String> joined = visitor.post(link, accept, Map.of("name", "Kaj Kollega", "password", PASSWORD));
		assertThat(joined.headers().firstValue("Location").orElseThrow()).endsWith("/public/invitation/accepted");
		assertThat(audit.eventsFor("organisation claim", claim.toString())).extracting(e -> e.action())
			.contains("colleague invited", "invitation accepted");

		// the colleague works for the same party as the administrator
		UUID adminParty = applications.organisationOf(admin);
		assertThat(applications.organisationOf(colleague)).isEqualTo(adminParty);
		assertThat(WebSession.loggedIn(port, colleague, PASSWORD).page("/applicant").text()).contains("Mine ansøgninger");

		// the link works once
		assertThat(new WebSession(port).page(link).selectFirst("#invitation-invalid")).isNotNull();
		// an unknown (foreign, guessed) token
		assertThat(new WebSession(port).page("/public/invitation?token=" + "x".repeat(32)).text())
			.contains("Linket virker ikke");
		HttpResponse<String> forged = visitor.post("/public/invitation?token=guess", accept,
				Map.of("name", "Mallory", "password", PASSWORD));
		assertThat(forged.body()).contains("Linket er ugyldigt");
		// an expired one
		String late = "sen-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		claims.invite(admin, late, java.util.Locale.of("da"));
		jdbc.sql("update organisations_invitation set expires_at = :t where email = :e")
			.param("t", Timestamp.from(clock.instant().minus(1, ChronoUnit.MINUTES))).param("e", late).update();
		String expired = link(mailer.to(late).getFirst().body());
		assertThat(new WebSession(port).page(expired).selectFirst("#invitation-invalid")).isNotNull();
		assertThat(visitor.post(expired, accept, Map.of("name", "Sen", "password", PASSWORD)).body())
			.contains("Linket er ugyldigt");
	}

	@Test
	void aPendingClaimantDraftsButSubmitsOnlyOnceConfirmed() {
		String claimant = register("Per Pending", "Foreningen Vent", cvr());
		UUID id = completeDraft(claimant);
		String path = "/applicant/applications/" + id;
		WebSession session = WebSession.loggedIn(port, claimant, PASSWORD);
		session.post(path + "/submit", session.page(path + "/review"), Map.of());
		assertThat(session.page(path + "/review").text()).contains("Din organisation er endnu ikke bekræftet");
		assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

		claims.confirm(claimOf(claimant), "officer");
		session.post(path + "/submit", session.page(path + "/review"), Map.of());
		assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void theNightlyJobExpiresStalePendingClaims() {
		String stale = register("Gammel Gerda", "Foreningen Glemt", cvr());
		String fresh = register("Ny Nina", "Foreningen Frisk", cvr());
		jdbc.sql("update organisations_claim set created_at = :t where claimant = :c")
			.param("t", Timestamp.from(clock.instant().minus(31, ChronoUnit.DAYS))).param("c", stale).update();
		assertThat(claims.expire()).isGreaterThanOrEqualTo(1);
		UUID staleClaim = claimOf(stale);
		assertThat(claims.find(staleClaim).orElseThrow().status()).isEqualTo(OrganisationClaims.Status.EXPIRED);
		assertThat(claims.ofClaimant(fresh).orElseThrow().status()).isEqualTo(OrganisationClaims.Status.PENDING);
		assertThat(audit.eventsFor("organisation claim", staleClaim.toString())).extracting(e -> e.action() + " " + e.actor())
			.contains("expired system");
		assertThat(mailer.to(stale).getFirst().subject()).contains("er udløbet");
		assertThat(WebSession.loggedIn(port, "officer", "demo").page("/officer/organisation-claims").text())
			.doesNotContain("Foreningen Glemt").contains("Foreningen Frisk");
	}

	UUID completeDraft(String user) {
		Calls.CallView small = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000))).findFirst()
			.orElseThrow();
		UUID id = applications.start(user, small.id(), Map.of(0, false)).applicationId();
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		long v = applications.get(user, id).application().version();
		applications.describeProject(user, id, v, "Vent og se " + UUID.randomUUID().toString().substring(0, 4),
				"Fortælleværksteder for ældre", start, start.plusMonths(3).minusDays(1));
		applications.chooseOffer(user, id, applications.get(user, id).application().version(), "vulnerable-citizens",
				Set.of("elderly"));
		applications.reach(user, id, applications.get(user, id).application().version(), Set.of("0851"));
		applications.addBudgetLine(user, id, applications.get(user, id).application().version(), "fee", "Honorar",
				start.getYear(), Money.ofKroner(30_000));
		applications.planEvaluation(user, id, applications.get(user, id).application().version(), "WHO-5 før og efter",
				"WHO-5");
		assertThat(applications.get(user, id).complete()).isTrue();
		return id;
	}

	static String link(String body) {
		String line = body.lines().filter(l -> l.contains("/public/invitation?token=")).findFirst().orElseThrow();
		return line.substring(line.indexOf("/public/")).strip();
	}
}
