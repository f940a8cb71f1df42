package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The application form's budget, amounts and dates as an applicant and an officer meet them: a budget summary
 * that adds up with the category of each line, whole kroner only, dates that do not exist or lie in the past,
 * and amount messages without a doubled full stop.
 */
@ApplicationTest
class ApplicationFormTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();
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
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	String applicant() {
		UUID organisation = organisations.save(ApplicantOrganisation.artist("Formkunstner " + SEQUENCE.incrementAndGet()))
			.id();
		String username = "form-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		accounts.create(username, "Test Ansøger", username, PASSWORD, Set.of(Role.APPLICANT));
		Applicant applicant = new Applicant(username, "Test Ansøger", username, organisation, null, clock.instant());
		applicant.verify(clock.instant());
		applicants.save(applicant);
		return username;
	}

	UUID draft(String user) {
		Calls.CallView call = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000))).findFirst()
			.orElseThrow();
		UUID id = applications.start(user, call.id(), Map.of(0, false)).applicationId();
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		applications.describeProject(user, id, version(user, id), "Budgettet " + SEQUENCE.incrementAndGet(),
				"Fortælleværksteder", start, start.plusMonths(3).minusDays(1));
		return id;
	}

	long version(String user, UUID id) {
		return applications.get(user, id).application().version();
	}

	@Test
	void theBudgetSummaryAddsUpWithCategoriesAndAnAmountColumn() {
		String user = applicant();
		UUID id = draft(user);
		int year = applications.get(user, id).application().startDate().getYear();
		applications.addBudgetLine(user, id, version(user, id), "fee", "Honorar til fortæller", year,
				Money.ofKroner(1_500_000));
		applications.addCoFunding(user, id, version(user, id), "Kommunen", FunderKind.PUBLIC, year,
				Money.ofKroner(200_000), FundingStatus.PLEDGED);
		applications.addCoFunding(user, id, version(user, id), "Fonden", FunderKind.FOUNDATION, year,
				Money.ofKroner(300_000), FundingStatus.APPLIED);
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		for (String path : new String[] { "/budget", "/review" }) {
			Document page = session.page("/applicant/applications/" + id + path);
			assertThat(page.selectFirst("#finance-budget").text()).isEqualTo("1.500.000 kr.");
			assertThat(page.selectFirst("#finance-secured").text()).isEqualTo("200.000 kr.");
			assertThat(page.selectFirst("#finance-applied").text()).isEqualTo("300.000 kr.");
			assertThat(page.selectFirst("#finance-pool").text()).isEqualTo("1.000.000 kr.");
			assertThat(page.selectFirst("#finance-missing").text()).isEqualTo("0 kr.");
			assertThat(page.select("#co-funding thead th").eachText()).contains("Beløb").doesNotContain("Budget");
			assertThat(page.select("#budget-lines thead th").eachText()).contains("Kategori");
			assertThat(page.selectFirst("#budget-lines tbody tr").text()).contains("Honorarer");
		}
	}

	@Test
	void amountsAreWholeKronerAndDatesMustExistAndNotLieInThePast() {
		String user = applicant();
		UUID id = draft(user);
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		String base = "/applicant/applications/" + id;
		Document budget = session.page(base + "/budget");
		int year = applications.get(user, id).application().startDate().getYear();
		HttpResponse<String> line = session.post(base + "/budget/lines", budget, Map.of("version",
				String.valueOf(version(user, id)), "category", "fee", "text", "Honorar", "year", String.valueOf(year),
				"amount", "1.000,50"));
		assertThat(line.statusCode()).isEqualTo(200);
		Document answer = Jsoup.parse(line.body());
		assertThat(answer.selectFirst("#error-summary").text()).contains("hele kroner");
		assertThat(answer.selectFirst("#amount").val()).isEqualTo("1.000,50");
		assertThat(answer.selectFirst("#text").val()).isEqualTo("Honorar");
		assertThat(applications.get(user, id).budget() == null
				|| applications.get(user, id).budget().lines().isEmpty()).isTrue();

		Document project = session.page(base + "/project");
		HttpResponse<String> noSuchDay = session.post(base + "/project", project, Map.of("version",
				String.valueOf(version(user, id)), "title", "Fortællinger", "summary", "Tekst", "startDate",
				"31.02.2026", "endDate", "30.06.2027", "action", "continue"));
		Document dayAnswer = Jsoup.parse(noSuchDay.body());
		assertThat(dayAnswer.selectFirst("#error-summary").text()).contains("Den dato findes ikke")
			.doesNotContain("dd.mm.åååå");
		assertThat(dayAnswer.selectFirst("#startDate").val()).isEqualTo("31.02.2026");

		String yesterday = Formats.date(LocalDate.now(clock).minusDays(1));
		HttpResponse<String> past = session.post(base + "/project", project, Map.of("version",
				String.valueOf(version(user, id)), "title", "Fortællinger", "summary", "Tekst", "startDate", yesterday,
				"endDate", Formats.date(LocalDate.now(clock).plusMonths(3)), "action", "continue"));
		assertThat(past.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(past.body()).selectFirst("#error-summary").text()).contains("Startdatoen ligger før i dag");
	}

	@Test
	void aGrantOfNothingOrOfOereIsRefusedWithItsReasonAndAmountsEndSentencesOnce() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID id = setup.applications().getFirst();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String path = "/officer/applications/" + id + "/decision";
		Document page = officer.page(path);
		Document zero = Jsoup.parse(officer.post(path, page, Map.of("outcome", "GRANTED", "amount", "0")).body());
		assertThat(zero.selectFirst("#error-summary").text()).contains("mere end 0 kr.").contains("afslag");
		Document oere = Jsoup.parse(officer.post(path, page, Map.of("outcome", "GRANTED", "amount", "1.000,50")).body());
		assertThat(oere.selectFirst("#error-summary").text()).contains("hele kroner");
		Document above = Jsoup.parse(officer.post(path, page, Map.of("outcome", "GRANTED", "amount", "150.000")).body());
		assertThat(above.selectFirst("#error-summary").text()).contains("(100.000 kr.)");
		assertThat(above.text()).doesNotContain("kr..");
		assertThat(officer.page("/officer/calls/" + setup.call().id().value() + "/reviews").text())
			.doesNotContain("kr..");
	}
}
