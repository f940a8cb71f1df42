package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import dk.kulturpuls.platform.Mailer;

/**
 * Registration as a new applicant meets it: the error summary names each field, a login before the e-mail is
 * confirmed says so (only to whoever typed the right password) and sends the link again, and a used link says only
 * that it does not work.
 */
@ApplicationTest
class RegistrationLoginTests {

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@LocalServerPort
	int port;

	@Autowired
	Mailer mailer;

	@Autowired
	ApplicantOrganisationRepository organisations;

	@Test
	void theErrorSummaryNamesEachFieldInTheOrderOfTheForm() {
		WebSession visitor = new WebSession(port);
		Document form = visitor.page("/public/register");
		Document page = Jsoup.parse(visitor.post("/public/register", form, Map.of("name", "", "email", "", "kind",
				"ORGANISATION", "organisationName", "", "cvr", "", "password", "")).body());
		assertThat(page.select("#error-summary li")).extracting(Element::text).containsExactly(
				"Dit navn: Udfyld feltet.", "E-mail: Udfyld feltet.", "Organisationens navn: Skriv organisationens navn.",
				"CVR-nummer: Skriv organisationens CVR-nummer.", "Adgangskode: Udfyld feltet.");
		assertThat(page.select("#error-summary a")).extracting(a -> a.attr("href"))
			.containsExactly("#name", "#email", "#organisationName", "#cvr", "#password");
		assertThat(page.select("[data-kp-field]")).as("the marker is gone").isEmpty();
	}

	@Test
	void aLoginBeforeConfirmingSaysSoOnlyWithTheRightPasswordAndSendsTheLinkAgain() {
		String email = register();
		assertThat(mailer.to(email)).hasSize(1);

		// a wrong password reads exactly as for an address without an account
		WebSession wrong = new WebSession(port);
		HttpResponse<String> refused = wrong.post("/login", wrong.page("/login"),
				Map.of("username", email, "password", "forkert adgangskode"));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		WebSession nobody = new WebSession(port);
		assertThat(nobody.post("/login", nobody.page("/login"), Map.of("username", "nobody-" + email, "password", PASSWORD))
			.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		Document wrongPage = wrong.page("/login?unconfirmed");
		assertThat(wrongPage.select("#login-unconfirmed")).as("not by typing the address").isEmpty();

		WebSession applicant = new WebSession(port);
		HttpResponse<String> unconfirmed = applicant.post("/login", applicant.page("/login"),
				Map.of("username", email, "password", PASSWORD));
		assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith("/login?unconfirmed");
		Document login = applicant.page("/login?unconfirmed");
		assertThat(login.select("#login-error")).isEmpty();
		assertThat(login.selectFirst("#login-unconfirmed").text()).contains("Din e-mail er ikke bekræftet endnu",
				"Adgangskoden er rigtig");

		HttpResponse<String> resent = applicant.post("/login/confirmation", login, Map.of());
		assertThat(resent.headers().firstValue("Location").orElseThrow()).endsWith("/login?resent");
		assertThat(applicant.page("/login?resent").selectFirst("#login-resent").text())
			.contains("Vi har sendt linket til din e-mail igen");
		assertThat(mailer.to(email)).hasSize(2);
		assertThat(link(mailer.to(email).getLast().body())).isEqualTo(link(mailer.to(email).getFirst().body()));
		applicant.post("/login/confirmation", login, Map.of());
		assertThat(mailer.to(email)).as("once per login with the right password").hasSize(2);

		// the link confirms once; the second time it says only that it does not work
		Document confirmed = applicant.page(link(mailer.to(email).getLast().body()));
		assertThat(confirmed.selectFirst("h1").text()).isEqualTo("E-mail bekræftet");
		assertThat(confirmed.text()).doesNotContain("Linket er ugyldigt");
		Document reused = applicant.page(link(mailer.to(email).getLast().body()));
		assertThat(reused.selectFirst("h1").text()).isEqualTo("Linket virker ikke");
		assertThat(reused.text()).contains("Linket er ugyldigt eller allerede brugt").doesNotContain("E-mail bekræftet",
				"Din e-mail er bekræftet");
		assertThat(WebSession.loggedIn(port, email, PASSWORD).page("/applicant").text()).contains("Mine ansøgninger");
	}

	private String register() {
		String email = "confirm-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		WebSession visitor = new WebSession(port);
		HttpResponse<String> ok = visitor.post("/public/register", visitor.page("/public/register"), Map.of("name",
				"Karen Kunstner", "email", email, "kind", "INDIVIDUAL", "organisationName", "", "cvr", "", "password", PASSWORD));
		assertThat(ok.body()).contains("Tjek din e-mail");
		return email;
	}

	private static String link(String body) {
		String line = body.lines().filter(l -> l.contains("/public/register/verify?token=")).findFirst().orElseThrow();
		return line.substring(line.indexOf("/public/")).strip();
	}
}
