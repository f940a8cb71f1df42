package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.MailLinks;
import dk.kulturpuls.WebSession;

/**
 * Issue 14.12: each user chooses, per optional kind of mail, at once, a daily digest or no mail; receipts,
 * decisions, account mails and reminders of legal duties are always sent and cannot be switched off.
 */
@ApplicationTest
class NotificationPreferencesTests {

	static final String PASSWORD = "en-lang-adgangskode-til-mails";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailer mailer;

	@Autowired
	MailDigest digest;

	@Autowired
	Clock clock;

	record User(String username, String email, WebSession session) {
	}

	User reviewer() {
		String username = "mails-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@test.kulturpuls.invalid";
		accounts.create(username, "Rikke Mailvalg", email, PASSWORD, EnumSet.of(Role.REVIEWER));
		return new User(username, email, WebSession.loggedIn(port, username, PASSWORD));
	}

	HttpResponse<String> choose(User user, Map<String, String> choices) {
		return user.session().post("/account/notifications", user.session().page("/account/notifications"), choices);
	}

	void reviewAssignment(User user, int count) {
		mailer.send(MailKind.REVIEW_ASSIGNMENT, user.email(), "Nye ansøgninger at bedømme (" + count + ")",
				"Kære Rikke\n\nSe dem her:\n" + "http://127.0.0.1:" + port + "/reviewer");
	}

	@Test
	void theSettingsPageOffersChoicesOnlyForTheOptionalKinds() {
		User user = reviewer();
		Document page = user.session().page("/account/notifications");
		assertThat(page.select("header a[href=/account/notifications]").text()).isEqualTo("Mails");
		assertThat(page.select("legend").eachText()).containsExactly("Nye ansøgninger at bedømme",
				"Påmindelser om opgaver fra rundbordet");
		assertThat(page.select("input[name=REVIEW_ASSIGNMENT][checked]").val()).isEqualTo("IMMEDIATELY");
		assertThat(page.select("main li").eachText()).contains("Afgørelser på ansøgninger", "Kvitteringer for ansøgninger",
				"Påmindelser om pligter efter en bevilling (rapporter og regnskaber)");
		assertThat(page.select("input[name=DECISION], input[name=RECEIPT], input[name=LEGAL_DUTY_REMINDER]")).isEmpty();

		assertThat(choose(user, Map.of("DECISION", "OFF")).statusCode()).as("decisions are always sent")
			.isEqualTo(400);
		assertThat(choose(user, Map.of("REVIEW_ASSIGNMENT", "SOMETIMES")).statusCode()).isEqualTo(400);
	}

	@Test
	void aUserWhoSwitchesAKindOffGetsNoSuchMailButStillTheMailsThatAreAlwaysSent() {
		User user = reviewer();
		HttpResponse<String> saved = choose(user, Map.of("REVIEW_ASSIGNMENT", "OFF", "ROUNDTABLE_REMINDER", "IMMEDIATELY"));
		assertThat(saved.statusCode()).isEqualTo(302);
		Document page = user.session().page("/account/notifications");
		assertThat(page.select(".alert-success").text()).isEqualTo("Dine valg er gemt.");
		assertThat(page.select("input[name=REVIEW_ASSIGNMENT][checked]").val()).isEqualTo("OFF");

		reviewAssignment(user, 1);
		mailer.send(user.email(), "Afgørelse på din ansøgning", "Se http://127.0.0.1:" + port + "/applicant");
		assertThat(mailer.to(user.email())).extracting(Mailer.Mail::subject)
			.containsExactly("Afgørelse på din ansøgning");
	}

	@Test
	void aUserWhoChoosesTheDigestGetsOneMailADayWithWhatWasKept() {
		User user = reviewer();
		choose(user, Map.of("REVIEW_ASSIGNMENT", "DAILY_DIGEST"));
		reviewAssignment(user, 2);
		reviewAssignment(user, 3);
		assertThat(mailer.to(user.email())).as("no single mails").isEmpty();

		assertThat(digest.send(clock.instant())).isPositive();
		assertThat(mailer.to(user.email())).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Dagens oversigt fra Kulturpuls (2)");
			assertThat(mail.body()).contains("de 2 beskeder").contains("Nye ansøgninger at bedømme (2)")
				.contains("Nye ansøgninger at bedømme (3)");
			assertThat(mail.body().indexOf("(2)")).isLessThan(mail.body().indexOf("(3)"));
			MailLinks.assertLinksOnlyTo(mail.body(), "http://127.0.0.1:" + port);
		});

		digest.send(clock.instant());
		assertThat(mailer.to(user.email())).as("what was in a digest is not sent again").hasSize(1);
	}
}
