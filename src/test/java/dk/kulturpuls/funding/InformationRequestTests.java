package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The officer asks for more information: the applicant gets a mail with a link to answer, answers with the file
 * asked for, and the officer reads the answer, the file and a history in words instead of codes.
 */
@ApplicationTest
class InformationRequestTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Reviews reviews;

	@Autowired
	Mailer mailer;

	@Test
	void theApplicantIsMailedAnswersWithAFileAndTheOfficerReadsItInWords() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(700_000), "Partner", Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID id = setup.applications().getFirst();
		String reviewer = fixture.reviewer(Role.REVIEWER);
		UUID assignment = reviews.assign(id, reviewer, "officer").id();
		reviews.declare(reviewer, assignment, false, null, null);
		reviews.score(reviewer, assignment, Map.of(0, 3, 1, 2), Map.of(), false);

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/applications/" + id);
		assertThat(officer.post("/officer/applications/" + id + "/screen", page,
				Map.of("outcome", "INFO_REQUESTED", "text", "Send jeres budget for 2027 som PDF.")).statusCode())
			.isEqualTo(302);

		// the mail names the request and links to the page where the applicant answers, as an absolute address
		Mailer.Mail mail = mailer.to(setup.applicantEmail()).getFirst();
		assertThat(mail.subject()).startsWith("Vi beder om flere oplysninger");
		assertThat(mail.body()).contains("Send jeres budget for 2027 som PDF.")
			.containsPattern("https?://[^/\\s]+/applicant/applications/" + id);

		WebSession applicant = WebSession.loggedIn(port, setup.applicant(), "secret-" + setup.applicant());
		Document request = applicant.page("/applicant/applications/" + id);
		assertThat(request.selectFirst("#info-request").text()).isEqualTo("Send jeres budget for 2027 som PDF.");
		assertThat(request.selectFirst("#answer-file-hint").text()).contains("højst 20 MB");
		HttpResponse<String> answered = applicant.postMultipart("/applicant/applications/" + id + "/answer", request,
				Map.of("answer", "Budgettet er vedhæftet."), "file", "budget-2027.pdf", PDF);
		assertThat(answered.statusCode()).isEqualTo(302);

		Document read = officer.page("/officer/applications/" + id);
		assertThat(read.selectFirst("#info-answer").text()).contains("Budgettet er vedhæftet.")
			.contains("Fil med svaret: budget-2027.pdf");
		String file = read.selectFirst("#info-answer a").attr("href");
		assertThat(officer.bytes(file).body()).isEqualTo(PDF);

		String history = read.selectFirst("#audit").text();
		assertThat(history).contains("Screenet").contains("Flere oplysninger ønskes: Send jeres budget")
			.contains("Anmodning om oplysninger sendt pr. mail").contains("Ansøgeren har svaret")
			.contains("Bilag lagt op").contains("budget-2027.pdf (Svar på anmodning om oplysninger)")
			.contains("Point gemt").contains("Effekt 3").contains("Nytænkning 2");
		assertThat(history).doesNotContain("screened").doesNotContain("->").doesNotContain("INFO_REQUESTED")
			.doesNotContain("{0=");

		// a file the platform does not keep is refused on the form, with the answer kept
		Document again = officer.page("/officer/applications/" + id);
		officer.post("/officer/applications/" + id + "/screen", again,
				Map.of("outcome", "INFO_REQUESTED", "text", "Og underskriften, tak."));
		Document second = applicant.page("/applicant/applications/" + id);
		Document refused = Jsoup.parse(applicant.postMultipart("/applicant/applications/" + id + "/answer", second,
				Map.of("answer", "Her er den."), "file", "underskrift.txt", "ikke en pdf".getBytes()).body());
		assertThat(refused.selectFirst("#answer-error").text()).contains("ikke en PDF");
		assertThat(refused.selectFirst("#answer").text()).isEqualTo("Her er den.");
	}
}
