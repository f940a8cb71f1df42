package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.kulturpuls.FakeSmtpServer;
import dk.kulturpuls.KulturpulsApplication;
import dk.kulturpuls.MailLinks;
import dk.kulturpuls.WebSession;

/**
 * Mails through a real SMTP conversation (a fake mail server on loopback), as an installation with
 * {@code spring.mail.host} sends them: links made from the port the platform really listens on when no public
 * address is configured (issue 15.16), and a refused mail tried again with back-off, shown to the administrator with
 * its error and sent again from there (issue 14.12). A context of its own: the mail server and the public address
 * differ from the shared test context.
 */
@SpringBootTest(classes = KulturpulsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "kulturpuls.public-url=",
				// the scheduled job would otherwise retry during a test; the tests run the job at chosen times
				"kulturpuls.mail.retry.first-delay=PT30M" })
@ActiveProfiles({ "demo", "test" })
class MailDeliveryTests {

	static final FakeSmtpServer smtp = new FakeSmtpServer();

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stop() throws Exception {
		smtp.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MailDelivery delivery;

	@Autowired
	Mailer mailer;

	@Autowired
	Clock clock;

	static String fresh(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
	}

	/** Registers a new applicant through the public form; the platform mails a verification link. */
	void register(String email) {
		WebSession visitor = new WebSession(port);
		Document form = visitor.page("/public/register");
		HttpResponse<String> registered = visitor.post("/public/register", form,
				Map.of("email", email, "name", "Eva Mailtest", "kind", "INDIVIDUAL", "password", PASSWORD));
		assertThat(registered.statusCode()).isEqualTo(200);
	}

	/** The row of the administrator's list of mails not sent that is addressed to the recipient. */
	static Element row(Document page, String recipient) {
		return page.select("tbody tr").stream().filter(tr -> tr.text().contains(recipient)).findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + recipient + " in\n" + page.select("main").text()));
	}

	@Test
	void aMailSentByThePlatformOnARandomPortLinksToThatPort() throws Exception {
		String email = fresh("port");
		register(email);

		List<FakeSmtpServer.Received> mails = smtp.receivedBy(email);
		assertThat(mails).hasSize(1);
		String body = mails.getFirst().text();
		assertThat(body).contains("http://localhost:" + port + "/public/register/verify?token=");
		MailLinks.assertLinksOnlyTo(body, "http://localhost:" + port);

		// the link in the mail works as it stands
		String link = MailLinks.links(body).getFirst();
		HttpResponse<String> verified = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).contains("Din e-mail er bekræftet");
	}

	@Test
	void aRefusedMailIsTriedAgainWithBackOffAndTheAdministratorSendsItAgain() throws Exception {
		String email = fresh("refused");
		smtp.refuse("451 4.3.0 Mailbox temporarily full");
		try {
			register(email);
			assertThat(smtp.receivedBy(email)).isEmpty();

			WebSession admin = WebSession.loggedIn(port, "admin", "demo");
			assertThat(admin.page("/admin/outbox").select("a[href=/admin/outbox/undelivered]").text())
				.startsWith("Mails, der ikke er sendt (");
			Element first = row(admin.page("/admin/outbox/undelivered"), email);
			assertThat(first.text()).contains("Bekræft din e-mail til Kulturpuls").contains("Prøves igen")
				.contains("1 (seneste").contains("451 4.3.0 Mailbox temporarily full");

			// not before its wait (the test's first wait is 30 minutes) ...
			Instant now = clock.instant();
			delivery.sendDue(now.plus(Duration.ofMinutes(29)));
			assertThat(row(admin.page("/admin/outbox/undelivered"), email).text()).contains("1 (seneste");
			// ... then again, still refused, with a longer wait
			delivery.sendDue(now.plus(Duration.ofMinutes(31)));
			Element second = row(admin.page("/admin/outbox/undelivered"), email);
			assertThat(second.text()).contains("2 (seneste").contains("Prøves igen");
			assertThat(smtp.receivedBy(email)).isEmpty();

			// the mail server is fixed; the administrator does not wait for the next attempt
			smtp.refuse(null);
			Document page = admin.page("/admin/outbox/undelivered");
			String action = row(page, email).selectFirst("form").attr("action");
			HttpResponse<String> sent = admin.post(action, page, Map.of());
			assertThat(sent.statusCode()).isEqualTo(302);
			assertThat(sent.headers().firstValue("Location")).hasValue("/admin/outbox/undelivered");
			Document after = admin.page("/admin/outbox/undelivered");
			assertThat(after.select(".alert-success").text()).isEqualTo("Mailen er sendt.");
			assertThat(after.select("tbody tr").text()).doesNotContain(email);
			assertThat(smtp.receivedBy(email)).singleElement()
				.satisfies(mail -> assertThat(mail.text()).contains("http://localhost:" + port + "/public/register/verify"));

			String id = action.replaceAll(".*/outbox/([^/]+)/send-again", "$1");
			assertThat(admin.page("/admin/audit?subjectType=mail&subjectId=" + id).select("tbody").text())
				.contains("admin").contains("mail sent again").contains(email).contains("sent");
		}
		finally {
			smtp.refuse(null);
		}
	}

	@Test
	void aMailIsGivenUpAfterTheLastAttemptAndCanStillBeSentAgain() {
		String email = fresh("given-up");
		smtp.refuse("550 5.1.1 Mailbox unavailable");
		try {
			mailer.send(email, "Påmindelse om en frist", "Se " + "http://localhost:" + port + "/applicant");
			Instant now = clock.instant();
			for (int day = 1; day <= 10; day++) {
				delivery.sendDue(now.plus(Duration.ofDays(day)));
			}
			WebSession admin = WebSession.loggedIn(port, "admin", "demo");
			Element row = row(admin.page("/admin/outbox/undelivered"), email);
			assertThat(row.text()).contains("Opgivet").contains("8 (seneste").contains("550 5.1.1 Mailbox unavailable")
				.doesNotContain("Prøves igen");
			assertThat(smtp.receivedBy(email)).isEmpty();

			// still refused: the administrator is told so, and it stays given up
			Document page = admin.page("/admin/outbox/undelivered");
			HttpResponse<String> again = admin.post(row.selectFirst("form").attr("action"), page, Map.of());
			assertThat(again.statusCode()).isEqualTo(302);
			Document after = admin.page("/admin/outbox/undelivered");
			assertThat(after.select(".alert-success").text()).startsWith("Mailen kunne heller ikke sendes denne gang");
			assertThat(row(after, email).text()).contains("Opgivet").contains("9 (seneste");
		}
		finally {
			smtp.refuse(null);
		}
	}

	/** Two nodes running the retry job at once (ShedLock aside): each due mail is sent once. */
	@Test
	void twoNodesRetryingAtOnceSendEachMailOnce() throws Exception {
		smtp.refuse("421 4.3.2 Service not available");
		List<String> recipients = new ArrayList<>();
		try {
			for (int i = 0; i < 6; i++) {
				String email = fresh("node");
				recipients.add(email);
				mailer.send(email, "Mail " + i, "Se http://localhost:" + port + "/applicant");
			}
		}
		finally {
			smtp.refuse(null);
		}
		Instant due = clock.instant().plus(Duration.ofMinutes(31));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream()
			.map(node -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return delivery.sendDue(due);
			}))
			.toList();
		start.countDown();
		int sent = nodes.stream().mapToInt(CompletableFuture::join).sum();

		assertThat(sent).isGreaterThanOrEqualTo(recipients.size());
		recipients.forEach(email -> assertThat(smtp.receivedBy(email)).as(email).hasSize(1));
	}
}
