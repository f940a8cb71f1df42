package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * Issue 14, point 6: free text has limits, checked on the server. An application's summary over its limit is
 * answered with the form, the field named with the limit and the length typed, the text kept, and nothing stored;
 * the 2,000,000-character summary of the attack reaches no form at all and gets a translated page instead.
 */
@ApplicationTest
class TextLimitsHttpTests {

	static final String PASSWORD = "Tre blå ænder på Limfjorden";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicantOrganisationRepository organisations;

	@Autowired
	ApplicantRepository applicants;

	@Autowired
	Applications applications;

	@Autowired
	Calls calls;

	@Autowired
	CallRepository callRepository;

	@Autowired
	java.time.Clock clock;

	String applicant() {
		UUID organisation = organisations.save(ApplicantOrganisation.artist("Kunstner " + UUID.randomUUID())).id();
		String username = "limits-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		accounts.create(username, "Test Ansøger", username, PASSWORD, Set.of(Role.APPLICANT));
		Applicant applicant = new Applicant(username, "Test Ansøger", username, organisation, null, clock.instant());
		applicant.verify(clock.instant());
		applicants.save(applicant);
		return username;
	}

	UUID draft(String user) {
		Calls.CallView call = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow();
		return applications.start(user, call.id(), Map.of(0, false)).applicationId();
	}

	Map<String, String> fields(Document page, String summary) {
		Map<String, String> fields = new HashMap<>();
		fields.put("version", page.selectFirst("#version").val());
		fields.put("title", "Fortællinger på plejehjemmet");
		fields.put("summary", summary);
		fields.put("action", "save");
		return fields;
	}

	@Test
	void aSummaryOverItsLimitIsNamedWithTheLimitAndTheLengthTypedKeptAndNotStored() {
		String user = applicant();
		UUID id = draft(user);
		String path = "/applicant/applications/" + id + "/project";
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		Document page = session.page(path);
		assertThat(page.selectFirst("#summary").attr("maxlength")).as("the browser stops at the limit too")
			.isEqualTo("4000");
		assertThat(page.selectFirst("#title").attr("maxlength")).isEqualTo("200");

		String tooLong = "a".repeat(5_000);
		HttpResponse<String> answer = session.post(path, page, fields(page, tooLong));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(answer.body());
		assertThat(errors.selectFirst("#error-summary").text())
			.contains("Kort beskrivelse af projektet: Må højst være 4.000 tegn – du skrev 5.000.");
		assertThat(errors.selectFirst("#summary-error").text()).contains("Må højst være 4.000 tegn – du skrev 5.000.");
		assertThat(errors.selectFirst("#summary").text()).as("what was typed is kept").isEqualTo(tooLong);
		assertThat(applications.get(user, id).application().summary()).as("nothing stored").isNull();
		assertThat(applications.get(user, id).application().title()).isNull();

		HttpResponse<String> english = session.post(path + "?lang=en", page, fields(page, tooLong));
		assertThat(Jsoup.parse(english.body()).selectFirst("#summary-error").text())
			.contains("Must be at most 4,000 characters – you wrote 5,000.");

		// at the limit it is saved
		String atLimit = "b".repeat(4_000);
		assertThat(session.post(path, page, fields(page, atLimit)).statusCode()).isEqualTo(200);
		assertThat(applications.get(user, id).application().summary()).isEqualTo(atLimit);
	}

	@Test
	void theAttacksTwoMillionCharacterSummaryReachesNoFormAndGetsATranslatedPage() {
		String user = applicant();
		UUID id = draft(user);
		String path = "/applicant/applications/" + id + "/project";
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		Document page = session.page(path);
		HttpResponse<String> answer = session.post(path, page, fields(page, "x".repeat(2_000_000)));
		assertThat(answer.statusCode()).isIn(302, 303, 400);
		assertThat(applications.get(user, id).application().summary()).as("nothing stored").isNull();
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/error/text-too-long");
		HttpResponse<String> shown = session.get(location);
		assertThat(shown.statusCode()).isEqualTo(200);
		Document explained = Jsoup.parse(shown.body());
		assertThat(explained.select("h1").text()).isEqualTo("Teksten er for lang");
		assertThat(explained.text()).contains("mere end 100.000 tegn").contains("Intet fra denne indsendelse er gemt");
	}

	@Test
	void aCallTextOverItsLimitIsNamedAndNotStored() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/calls/new");
		assertThat(page.selectFirst("#titleDa").attr("maxlength")).isEqualTo("200");
		long before = callRepository.count();
		HttpResponse<String> answer = officer.post("/officer/calls", page, Map.of("titleDa", "T".repeat(201),
				"textDa", "Puljen støtter fortællinger"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).selectFirst("#error-summary").text())
			.contains("Må højst være 200 tegn – du skrev 201.");
		assertThat(Jsoup.parse(answer.body()).selectFirst("#titleDa").val()).isEqualTo("T".repeat(201));
		assertThat(callRepository.count()).isEqualTo(before);
	}

	@Test
	void aRegistrationWithAnOverLongNameIsNamedKeptAndCreatesNoAccount() {
		WebSession visitor = new WebSession(port);
		Document page = visitor.page("/public/register");
		assertThat(page.selectFirst("#name").attr("maxlength")).isEqualTo("200");
		String email = "limits-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		String name = "N".repeat(201);
		HttpResponse<String> answer = visitor.post("/public/register", page, Map.of("email", email, "name", name,
				"kind", "INDIVIDUAL", "password", PASSWORD));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(answer.body());
		assertThat(errors.selectFirst("#error-summary").text()).contains("Må højst være 200 tegn – du skrev 201.");
		assertThat(errors.selectFirst("#name").val()).isEqualTo(name);
		assertThat(accounts.find(email)).as("no account").isEmpty();
	}
}
