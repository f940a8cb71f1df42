package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.security.TwoFactor;

/**
 * Two-factor login at the HTTP level: a user who has enrolled an authenticator app gets their roles only after a
 * code from it (or a recovery code, which works once); wrong codes are refused with a message and count towards
 * the login throttle; an administrator can reset the second factor, with a confirmation, in the audit trail.
 * Here two factors are not required (the demo default), so users without an app log in with the password alone.
 */
@ApplicationTest
class TwoFactorLoginTests {

	static final String PASSWORD = "en-lang-adgangskode";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	JdbcClient jdbc;

	String newUser(Role role) {
		String username = "tofa-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Tove Totrin", username + "@test.kulturpuls.invalid", PASSWORD, EnumSet.of(role));
		return username;
	}

	record Enrolled(String secret, List<String> recoveryCodes) {
	}

	/** Enrols an app as the user would on their page, with the code for the current time step. */
	Enrolled enrol(String username) {
		WebSession session = WebSession.loggedIn(port, username, PASSWORD);
		Document page = session.page("/account/two-factor");
		String secret = TotpCodes.secretOf(page);
		assertThat(page.selectFirst("img#qr-code").attr("src")).startsWith("data:image/png;base64,");
		HttpResponse<String> confirmed = session.post("/account/two-factor", page, Map.of("code", TotpCodes.code(secret, 0)));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		Document codes = session.page("/account/two-factor");
		List<String> recoveryCodes = codes.select("#recovery-codes li").eachText();
		return new Enrolled(secret, recoveryCodes);
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** The password step of a login; the session then owes its second factor. */
	WebSession passwordOnly(String username) {
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.post("/login", session.page("/login"),
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(response)).endsWith("/login/two-factor");
		return session;
	}

	@Test
	void enrolmentShowsTheSecretAsQrCodeAndTextAndTenRecoveryCodesOnce() {
		String username = newUser(Role.REVIEWER);
		WebSession session = WebSession.loggedIn(port, username, PASSWORD);
		Document page = session.page("/account/two-factor");
		String secret = TotpCodes.secretOf(page);
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(page.selectFirst("img#qr-code").attr("alt")).isNotBlank();

		HttpResponse<String> wrong = session.post("/account/two-factor", page, Map.of("code", TotpCodes.wrong(secret)));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(wrong.body()).selectFirst("#code-error").text()).contains("Koden passer ikke");
		assertThat(twoFactor.isEnrolled(username)).isFalse();
		assertThat(TotpCodes.secretOf(Jsoup.parse(wrong.body()))).as("the same secret until confirmed").isEqualTo(secret);

		HttpResponse<String> confirmed = session.post("/account/two-factor", page, Map.of("code", TotpCodes.code(secret, 0)));
		assertThat(location(confirmed)).endsWith("/account/two-factor");
		Document shown = session.page("/account/two-factor");
		List<String> codes = shown.select("#recovery-codes li").eachText();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(twoFactor.isEnrolled(username)).isTrue();
		assertThat(jdbc.sql("""
				select c.code_hash from platform_two_factor_recovery_code c join platform_account a on a.id = c.account_id
				where a.username = :u""").param("u", username).query(String.class).list())
			.hasSize(10).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}").doesNotContain(codes.get(0)));

		Document later = session.page("/account/two-factor");
		assertThat(later.select("#recovery-codes")).as("shown once").isEmpty();
		assertThat(later.text()).contains("10 ubrugte gendannelseskoder");
	}

	@Test
	void aUserWithAnAppGetsTheirRolesOnlyAfterACodeFromIt() {
		String username = newUser(Role.REVIEWER);
		Enrolled enrolled = enrol(username);

		WebSession session = passwordOnly(username);
		assertThat(session.get("/start").statusCode()).isEqualTo(302);
		HttpResponse<String> before = session.get("/reviewer");
		assertThat(before.statusCode()).isEqualTo(302);
		assertThat(location(before)).isEqualTo("/login/two-factor");
		assertThat(session.page("/").select("a[href=\"/reviewer\"]")).as("no role menu before the code").isEmpty();

		Document step = session.page("/login/two-factor");
		HttpResponse<String> done = session.post("/login/two-factor", step, Map.of("code", TotpCodes.code(enrolled.secret(), 1)));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(location(done)).as("back to the page asked for").isEqualTo("/reviewer");
		assertThat(session.get("/reviewer").statusCode()).isEqualTo(200);
		assertThat(session.get("/admin").statusCode()).as("still only the user's own roles").isEqualTo(403);

		// the same code again (somebody who looked over the shoulder) is refused
		WebSession other = passwordOnly(username);
		HttpResponse<String> replay = other.post("/login/two-factor", other.page("/login/two-factor"),
				Map.of("code", TotpCodes.code(enrolled.secret(), 1)));
		assertThat(Jsoup.parse(replay.body()).selectFirst("#code-error").text()).contains("Koden er forkert eller allerede brugt");
		assertThat(other.get("/reviewer").statusCode()).isEqualTo(302);
	}

	@Test
	void aUserWithoutAnAppLogsInWithThePasswordAlone() {
		String username = newUser(Role.APPLICANT);
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.post("/login", session.page("/login"),
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(response)).endsWith("/start");
		assertThat(location(session.get("/start"))).endsWith("/applicant");
		assertThat(session.get("/login/two-factor").statusCode()).isEqualTo(302);
	}

	@Test
	void wrongCodesAreRefusedWithAMessageAndCountTowardsTheLoginThrottle() {
		String username = newUser(Role.PROJECT_LEAD);
		Enrolled enrolled = enrol(username);
		WebSession session = passwordOnly(username);
		for (int attempt = 1; attempt <= 5; attempt++) {
			Document step = session.page("/login/two-factor");
			HttpResponse<String> wrong = session.post("/login/two-factor", step, Map.of("code", TotpCodes.wrong(enrolled.secret())));
			Document answer = Jsoup.parse(wrong.body());
			assertThat(answer.selectFirst("#code-error").text()).contains("Koden er forkert");
			assertThat(answer.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
		}
		// now even the right code waits, and logging in again with the password does not start afresh
		WebSession again = new WebSession(port);
		HttpResponse<String> login = again.post("/login", again.page("/login"), Map.of("username", username, "password", PASSWORD));
		assertThat(location(login)).endsWith("/login?throttled");
		HttpResponse<String> right = session.post("/login/two-factor", session.page("/login/two-factor"),
				Map.of("code", TotpCodes.code(enrolled.secret(), 1)));
		assertThat(location(right)).endsWith("/login/two-factor");
		assertThat(session.page("/login/two-factor").selectFirst("#two-factor-throttled").text())
			.contains("For mange forsøg");
		assertThat(session.get("/project-lead").statusCode()).isEqualTo(302);
	}

	@Test
	void aRecoveryCodeWorksOnceInsteadOfACode() {
		String username = newUser(Role.COMMITTEE);
		Enrolled enrolled = enrol(username);
		String recovery = enrolled.recoveryCodes().get(3);

		WebSession first = passwordOnly(username);
		HttpResponse<String> used = first.post("/login/two-factor", first.page("/login/two-factor"), Map.of("code", recovery));
		assertThat(location(used)).isEqualTo("/start");
		assertThat(first.get("/committee").statusCode()).isEqualTo(200);
		assertThat(first.page("/account/two-factor").text()).contains("9 ubrugte gendannelseskoder");

		WebSession second = passwordOnly(username);
		HttpResponse<String> again = second.post("/login/two-factor", second.page("/login/two-factor"), Map.of("code", recovery));
		assertThat(Jsoup.parse(again.body()).selectFirst("#code-error")).isNotNull();
		assertThat(second.get("/committee").statusCode()).isEqualTo(302);
		assertThat(accounts.find(username).orElseThrow().id()).satisfies(id -> assertThat(jdbc.sql(
				"select count(*) from platform_audit_event where subject_id = :id and action = 'two-factor recovery code used'")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1));
	}

	@Test
	void theSecondStepAndTheEnrolmentNeedTheCsrfToken() {
		String username = newUser(Role.REVIEWER);
		Enrolled enrolled = enrol(username);
		WebSession session = passwordOnly(username);
		Document forged = Jsoup.parse("<form><input name=_csrf value=forged></form>");
		assertThat(session.post("/login/two-factor", forged, Map.of("code", TotpCodes.code(enrolled.secret(), 1))).statusCode())
			.isEqualTo(403);
		assertThat(session.get("/reviewer").statusCode()).isEqualTo(302);

		WebSession fresh = WebSession.loggedIn(port, newUser(Role.APPLICANT), PASSWORD);
		fresh.page("/account/two-factor");
		assertThat(fresh.post("/account/two-factor", forged, Map.of("code", "123456")).statusCode()).isEqualTo(403);
	}

	@Test
	void aPasswordAloneCannotReplaceAnEnrolledApp() {
		String username = newUser(Role.REVIEWER);
		enrol(username);
		WebSession session = passwordOnly(username);
		HttpResponse<String> page = session.get("/account/two-factor");
		assertThat(location(page)).isEqualTo("/login/two-factor");
		assertThat(twoFactor.isEnrolled(username)).isTrue();
	}

	@Test
	void theAdministratorResetsTheSecondFactorAfterAConfirmationAndTheTrailShowsIt() {
		String username = newUser(Role.REVIEWER);
		Enrolled enrolled = enrol(username);
		WebSession open = passwordOnly(username);
		open.post("/login/two-factor", open.page("/login/two-factor"), Map.of("code", TotpCodes.code(enrolled.secret(), 1)));
		assertThat(open.get("/reviewer").statusCode()).isEqualTo(200);
		WebSession admin = WebSession.loggedIn(port, "admin", "demo");
		Document account = admin.page("/admin/accounts/" + username);
		assertThat(account.text()).contains("Brugeren har slået totrinsbekræftelse til");
		Element reset = account.selectFirst("a[href=\"/admin/accounts/" + username + "/two-factor/reset\"]");
		assertThat(reset).isNotNull();
		assertThat(reset.text()).isEqualTo("Nulstil totrinsbekræftelse");

		Document confirm = admin.page("/admin/accounts/" + username + "/two-factor/reset");
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Nulstil totrinsbekræftelse for " + username);
		assertThat(twoFactor.isEnrolled(username)).as("asking changes nothing").isTrue();

		WebSession someoneElse = WebSession.loggedIn(port, newUser(Role.PROGRAMME_OFFICER), PASSWORD);
		assertThat(someoneElse.post("/admin/accounts/" + username + "/two-factor/reset", someoneElse.page("/"), Map.of())
			.statusCode()).isEqualTo(403);
		assertThat(twoFactor.isEnrolled(username)).isTrue();

		HttpResponse<String> done = admin.post("/admin/accounts/" + username + "/two-factor/reset", confirm, Map.of());
		assertThat(location(done)).isEqualTo("/admin/accounts/" + username);
		assertThat(twoFactor.isEnrolled(username)).isFalse();
		assertThat(location(open.get("/reviewer"))).as("the user's open session has ended").endsWith("/login");
		Document after = admin.page("/admin/accounts/" + username);
		assertThat(after.text()).contains("Totrinsbekræftelsen er nulstillet").contains("two-factor reset")
			.contains("Brugeren har ikke slået totrinsbekræftelse til");

		// the user logs in with the password alone again (two factors are not required here)
		WebSession user = new WebSession(port);
		assertThat(location(user.post("/login", user.page("/login"), Map.of("username", username, "password", PASSWORD))))
			.endsWith("/start");
	}
}
