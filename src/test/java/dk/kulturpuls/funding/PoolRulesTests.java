package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/**
 * The officer edits a pool's rules: every error at once with nothing typed lost, rows of budget years added without
 * JavaScript, the change saved and audited, and only the programme officer may do it.
 */
@ApplicationTest
class PoolRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	PoolRepository pools;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	Pool newPool() {
		String suffix = ReviewFixture.unique("");
		Pool pool = new Pool(programmes.findAll().getFirst().id(), LocalizedText.of("Regelpulje " + suffix, null),
				LocalizedText.of("Beskrivelse", null), Money.ofKroner(1_000_000), Money.ofKroner(10_000),
				Money.ofKroner(100_000), null, 12);
		pool.budgetForYear(2031, Money.ofKroner(1_000_000));
		return pools.save(pool);
	}

	@Test
	void theOfficerEditsAPoolsRulesWithEveryErrorAtOnce() {
		Pool pool = newPool();
		String path = "/officer/pools/" + pool.id().value();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.page("/officer/pools").select("#pools th a").eachText()).contains(pool.name().da());
		Document form = officer.page(path);
		assertThat(form.getElementById("years[0]-year").val()).isEqualTo("2031");
		assertThat(form.getElementById("years[0]-amount").val()).isEqualTo("1.000.000");

		HttpResponse<String> added = officer.post(path, form, Map.of("nameDa", "Ny titel", "years[0].year", "2031",
				"years[0].amount", "1.000.000", "rows", "add-year"));
		Document twoYears = Jsoup.parse(added.body());
		assertThat(twoYears.select("#year-1")).hasSize(1);
		assertThat(twoYears.getElementById("nameDa").val()).isEqualTo("Ny titel");
		assertThat(twoYears.select("#error-summary")).isEmpty();

		HttpResponse<String> wrong = officer.post(path, twoYears, ApplicationsHttpTests.fields("version",
				String.valueOf(pool.version()), "nameDa", "Ny titel", "descriptionDa", "Beskrivelse", "years[0].year",
				"2031", "years[0].amount", "1.000.000", "years[1].year", "2031", "years[1].amount", "500.000",
				"minGrant", "80.000", "maxGrant", "60.000", "minDurationMonths", "12", "maxDurationMonths", "6",
				"coFundingPercent", "120", "_applicantTypes", "on"));
		Document errors = Jsoup.parse(wrong.body());
		assertThat(errors.select("#error-summary li").eachText()).contains("År: Året 2031 står mere end én gang.",
				"Største tilskud: Det største tilskud skal være mindst lige så stort som det mindste (80.000 kr.).",
				"Længste varighed i måneder: Den længste varighed skal være mindst 12 måneder, den mindste varighed.",
				"Hvem kan søge: Vælg mindst én slags ansøger.");
		assertThat(errors.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(errors.getElementById("years[1]-amount").val()).isEqualTo("500.000");
		assertThat(pools.findById(pool.id().value()).orElseThrow().name().da()).startsWith("Regelpulje");

		HttpResponse<String> ok = officer.post(path, errors, ApplicationsHttpTests.fields("version",
				String.valueOf(pool.version()), "nameDa", pool.name().da() + " ny", "nameEn", "Rules pool",
				"descriptionDa", "Ny beskrivelse", "years[0].year", "2031", "years[0].amount", "600.000",
				"years[1].year", "2032", "years[1].amount", "400.000", "minGrant", "20.000", "maxGrant", "150.000",
				"minDurationMonths", "", "maxDurationMonths", "18", "applicantTypes", List.of("ORGANISATION"),
				"_applicantTypes", "on", "coFundingPercent", "25", "documentationDutyDa", "Slutrapport og regnskab"));
		assertThat(ok.statusCode()).isEqualTo(302);
		Pool saved = transactions.execute(status -> {
			Pool found = pools.findById(pool.id().value()).orElseThrow();
			found.yearBudgets();
			return found;
		});
		assertThat(saved.name()).isEqualTo(LocalizedText.of(pool.name().da() + " ny", "Rules pool"));
		assertThat(saved.yearBudgets()).isEqualTo(Map.of(2031, Money.ofKroner(600_000), 2032, Money.ofKroner(400_000)));
		assertThat(saved.budget()).isEqualTo(Money.ofKroner(1_000_000));
		assertThat(saved.maxGrant()).isEqualTo(Money.ofKroner(150_000));
		assertThat(saved.maxDurationMonths()).isEqualTo(18);
		assertThat(saved.minDurationMonths()).isNull();
		assertThat(saved.eligibleApplicants()).isEqualTo(Set.of(ApplicantKind.ORGANISATION));
		assertThat(saved.coFundingPercent()).isEqualTo(25);
		assertThat(saved.documentationDuty().da()).isEqualTo("Slutrapport og regnskab");
		assertThat(audit.eventsFor("pool", pool.id().value().toString())).singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("rules changed"))
			.satisfies(e -> assertThat(e.actor()).isEqualTo("officer"));

		HttpResponse<String> stale = officer.post(path, officer.page(path), ApplicationsHttpTests.fields("version",
				String.valueOf(pool.version()), "nameDa", "Forældet", "descriptionDa", "x", "years[0].year", "2031",
				"years[0].amount", "600.000", "minGrant", "20.000", "maxGrant", "150.000", "applicantTypes",
				List.of("ORGANISATION"), "coFundingPercent", "25"));
		assertThat(stale.body()).contains("En anden har ændret puljen");
		assertThat(Jsoup.parse(stale.body()).getElementById("nameDa").val()).isEqualTo("Forældet");
	}

	@Test
	void onlyTheProgrammeOfficerSeesThePools() {
		Pool pool = newPool();
		WebSession reviewer = WebSession.loggedIn(port, "reviewer", "demo");
		assertThat(reviewer.get("/officer/pools").statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/officer/pools/" + pool.id().value()).statusCode()).isEqualTo(403);
		assertThat(new WebSession(port).get("/officer/pools").statusCode()).isEqualTo(302);
		assertThat(WebSession.loggedIn(port, "officer", "demo").get("/officer/pools/" + java.util.UUID.randomUUID())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void poolAndCallFormsWorkInTheBrowserAndAreAccessible() {
		Pool pool = newPool();
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			Browser.logIn(page, "http://127.0.0.1:" + port, "officer", "demo");
			page.waitForURL(Pattern.compile(".*/officer$"));
			page.navigate("http://127.0.0.1:" + port + "/officer/pools");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(pool.name().da())).click();
			page.getByLabel("Navn på dansk").fill("Ændret i browseren");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj budgetår")).click();
			assertThat(page.locator("#year-1")).isVisible();
			assertThat(page.getByLabel("Navn på dansk")).hasValue("Ændret i browseren");
			Browser.assertAccessible(page);

			page.navigate("http://127.0.0.1:" + port + "/officer/calls/new");
			page.locator("#criteria\\[0\\]-nameDa").fill("Kvalitet");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj kriterium")).click();
			assertThat(page.locator("#criterion-1")).isVisible();
			assertThat(page.locator("#criteria\\[0\\]-nameDa")).hasValue("Kvalitet");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "officer-call-form");
		}
	}
}
