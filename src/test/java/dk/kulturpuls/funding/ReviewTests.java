package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.grants.Grants;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.projects.Projects;

/**
 * Review and decision at the HTTP level: conflict-of-interest recusal (403 for the application, its scores and its
 * discussion), scoring with weights, the officer's board and register, balanced batch assignment, decisions within
 * the pool's budget, the letter for the applicant only, and the grant and project created from the event.
 */
@ApplicationTest
class ReviewTests {

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Reviews reviews;

	@Autowired
	Decisions decisions;

	@Autowired
	AuditTrail audit;

	@Autowired
	Grants grants;

	@Autowired
	Projects projects;

	@Autowired
	Mailer mailer;

	@Autowired
	Portfolios portfolios;

	@Autowired
	PortfolioProposal portfolioProposal;

	@Autowired
	Calls calls;

	/** One browser-like session. */
	class Session {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		Session() {
		}

		Session(String username, String password) throws Exception {
			String login = get("/login").body();
			HttpResponse<String> response = post("/login", "username=" + enc(username) + "&password=" + enc(password)
					+ "&_csrf=" + enc(token(login)));
			assertThat(response.statusCode()).as("login of " + username).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts with the session's CSRF token, read from a page of the area. */
		HttpResponse<String> submit(String page, String path, String form) throws IOException, InterruptedException {
			String token = token(get(page).body());
			return post(path, form + "&_csrf=" + enc(token));
		}

		String token(String html) {
			Matcher matcher = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
			assertThat(matcher.find()).as("page has a CSRF token").isTrue();
			return matcher.group(1);
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String password(String username) {
		return "secret-" + username;
	}

	@Test
	void aConflictedReviewerIsShutOutOfTheApplicationItsScoresAndItsDiscussion() throws Exception {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID application = setup.applications().getFirst();
		String clean = fixture.reviewer(Role.REVIEWER);
		String conflicted = fixture.reviewer(Role.REVIEWER);
		String callId = setup.call().id().value().toString();

		Session officer = new Session("officer", "demo");
		String board = "/officer/calls/" + callId + "/reviews";
		assertThat(officer.submit(board, board + "/assign", "application=" + application + "&reviewer=" + clean)
			.statusCode()).isEqualTo(302);
		assertThat(officer.submit(board, board + "/assign", "application=" + application + "&reviewer=" + conflicted)
			.statusCode()).isEqualTo(302);
		assertThat(mailer.to(conflicted + "@test.kulturpuls.invalid")).as("the reviewer is notified").isNotEmpty()
			.allSatisfy(mail -> dk.kulturpuls.MailLinks.assertLinksOnlyTo(mail.body(), "http://127.0.0.1:" + port))
			.allSatisfy(mail -> assertThat(mail.body()).contains("http://127.0.0.1:" + port + "/reviewer"));

		Session bad = new Session(conflicted, password(conflicted));
		String queue = bad.get("/reviewer").body();
		assertThat(queue).contains(setup.titles().getFirst());
		UUID badAssignment = reviews.forApplication(application).stream().filter(a -> a.reviewer().equals(conflicted))
			.findFirst().orElseThrow().id();
		String declaration = bad.get("/reviewer/reviews/" + badAssignment).body();
		assertThat(declaration).as("the declaration comes before the content").contains("declaration-conflict")
			.doesNotContain("Korforløb for unge");
		// a conflict needs its ground; what was typed stays
		HttpResponse<String> missing = bad.submit("/reviewer/reviews/" + badAssignment,
				"/reviewer/reviews/" + badAssignment + "/declaration", "declaration=conflict&note=" + enc("Min søster"));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("Vælg grunden til, at du er inhabil").contains("Min søster");
		assertThat(bad.submit("/reviewer/reviews/" + badAssignment, "/reviewer/reviews/" + badAssignment + "/declaration",
				"declaration=conflict&ground=CLOSE_RELATION&note=" + enc("Min søster leder projektet")).statusCode())
			.isEqualTo(302);

		assertThat(bad.get("/reviewer/reviews/" + badAssignment).statusCode()).isEqualTo(403);
		assertThat(bad.get("/reviewer/applications/" + application + "/scores").statusCode()).isEqualTo(403);
		assertThat(bad.get("/reviewer/applications/" + application + "/discussion").statusCode()).isEqualTo(403);
		String token = bad.token(bad.get("/reviewer").body());
		assertThat(bad.post("/reviewer/applications/" + application + "/discussion", "text=x&_csrf=" + enc(token))
			.statusCode()).isEqualTo(403);
		assertThat(bad.post("/reviewer/reviews/" + badAssignment + "/scores", "score0=5&_csrf=" + enc(token))
			.statusCode()).isEqualTo(403);
		assertThat(bad.get("/reviewer/reviews/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		Session good = new Session(clean, password(clean));
		UUID goodAssignment = reviews.forApplication(application).stream().filter(a -> a.reviewer().equals(clean))
			.findFirst().orElseThrow().id();
		assertThat(good.get("/reviewer/applications/" + application + "/scores").statusCode())
			.as("no declaration yet: no access").isEqualTo(403);
		good.submit("/reviewer/reviews/" + goodAssignment, "/reviewer/reviews/" + goodAssignment + "/declaration",
				"declaration=none");
		assertThat(good.get("/reviewer/reviews/" + goodAssignment).body()).contains("Korforløb for unge");
		// out of range: the error says which, and the typed values stay
		HttpResponse<String> wrong = good.submit("/reviewer/reviews/" + goodAssignment,
				"/reviewer/reviews/" + goodAssignment + "/scores", "score0=4&score1=9&score2=8&comment0="
						+ enc("Stærk effekt") + "&action=submit");
		assertThat(wrong.body()).contains("Scoren for kriterium 2 skal være et helt tal fra 1 til 5")
			.contains("Stærk effekt").contains("value=\"9\"");
		assertThat(good.submit("/reviewer/reviews/" + goodAssignment, "/reviewer/reviews/" + goodAssignment + "/scores",
				"score0=4&score1=3&score2=8&action=submit").statusCode()).isEqualTo(302);
		// 50 * 4/5 + 30 * 3/5 + 20 * 8/10 = 40 + 18 + 16
		assertThat(good.get("/reviewer/reviews/" + goodAssignment).body()).contains("74,00");
		assertThat(good.post("/reviewer/applications/" + application + "/discussion",
				"text=" + enc("Godt projekt") + "&_csrf=" + enc(good.token(good.get("/reviewer").body()))).statusCode())
			.isEqualTo(302);

		String register = officer.get("/officer/calls/" + callId + "/conflicts").body();
		assertThat(register).contains("Bedømmer " + conflicted).contains("Jeg er gift med, i familie med eller besvogret med en part")
			.contains("Min søster leder projektet");
		assertThat(officer.get(board).body()).contains("74,00");
		assertThat(audit.eventsFor("application", application.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("reviewer assigned", "conflict of interest declared: recused", "no conflict of interest declared",
					"review submitted");
	}

	@Test
	void scoresAreWeightedAndOthersAreHiddenUntilTheReviewerSubmits() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000),
				Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		String a = fixture.reviewer(Role.REVIEWER);
		String b = fixture.reviewer(Role.REVIEWER);
		UUID first = setup.applications().get(0);
		UUID second = setup.applications().get(1);
		ReviewAssignment a1 = reviews.assign(first, a, "officer");
		ReviewAssignment b1 = reviews.assign(first, b, "officer");
		ReviewAssignment a2 = reviews.assign(second, a, "officer");
		assertThatThrownBy(() -> reviews.assign(first, a, "officer")).hasMessage("review.error.alreadyAssigned");
		reviews.declare(a, a1.id(), false, null, null);
		reviews.declare(b, b1.id(), false, null, null);
		reviews.declare(a, a2.id(), false, null, null);
		assertThatThrownBy(() -> reviews.score(a, a1.id(), Map.of(0, 5), Map.of(), true))
			.hasMessage("review.error.incomplete");
		reviews.score(a, a1.id(), Map.of(0, 5, 1, 5, 2, 10), Map.of(), true); // 100
		assertThat(reviews.others(b, first)).as("hidden until b submits").isEmpty();
		reviews.score(b, b1.id(), Map.of(0, 1, 1, 1, 2, 1), Map.of(), true); // 10 + 6 + 2 = 18
		assertThat(reviews.others(b, first)).hasValueSatisfying(o -> assertThat(o).hasSize(1));
		reviews.score(a, a2.id(), Map.of(0, 3, 1, 3, 2, 5), Map.of(), true); // 30 + 18 + 10 = 58

		List<Reviews.BoardRow> board = reviews.board(setup.call().id());
		Reviews.BoardRow one = board.stream().filter(r -> r.applicationId().equals(first)).findFirst().orElseThrow();
		Reviews.BoardRow two = board.stream().filter(r -> r.applicationId().equals(second)).findFirst().orElseThrow();
		assertThat(one.mean()).isEqualTo(59.0);
		assertThat(one.median()).isEqualTo(59.0);
		assertThat(one.spread()).isEqualTo(82.0);
		assertThat(one.disagreement()).isTrue();
		assertThat(one.rank()).isEqualTo(1);
		assertThat(two.mean()).isEqualTo(58.0);
		assertThat(two.disagreement()).isFalse();
		assertThat(two.rank()).isEqualTo(2);

		reviews.changeSettings(setup.call().id(), false, 90);
		assertThat(reviews.board(setup.call().id()).getFirst().disagreement()).as("threshold raised").isFalse();
		assertThatThrownBy(() -> reviews.score(a, a1.id(), Map.of(0, 1, 1, 1, 2, 1), Map.of(), false))
			.hasMessage("review.error.submitted");
	}

	@Test
	void batchAssignmentBalancesTheLoadAndSkipsReviewersFromAParty() {
		String partner = ReviewFixture.unique("Partnerhuset ");
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(900_000), partner, Money.ofKroner(100_000),
				Money.ofKroner(100_000), Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		String r1 = fixture.reviewer(Role.COMMITTEE);
		String r2 = fixture.reviewer(Role.COMMITTEE);
		String r3 = fixture.reviewer(Role.COMMITTEE);
		String fromPartner = fixture.reviewer(Role.COMMITTEE);
		reviews.setOrganisation(fromPartner, partner.toUpperCase());
		assertThat(reviews.organisationWarning(fromPartner, setup.applications().getFirst())).isTrue();
		assertThat(reviews.organisationWarning(r1, setup.applications().getFirst())).isFalse();

		int added = reviews.assignBatch(setup.call().id(), 2, Role.COMMITTEE, "officer");
		List<ReviewAssignment> assigned = reviews.forCall(setup.call().id());
		assertThat(added).isEqualTo(6);
		assertThat(assigned).noneMatch(a -> a.reviewer().equals(fromPartner));
		for (UUID application : setup.applications()) {
			assertThat(assigned.stream().filter(a -> a.applicationId().equals(application))).hasSize(2);
		}
		// every other committee member of the shared database has load too, so only the new ones are compared
		Map<String, Long> load = new java.util.HashMap<>();
		assigned.forEach(a -> load.merge(a.reviewer(), 1L, Long::sum));
		assertThat(load.values().stream().mapToLong(Long::longValue).max().orElseThrow()
				- load.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
		assertThat(reviews.assignBatch(setup.call().id(), 2, Role.COMMITTEE, "officer")).as("already complete")
			.isZero();
	}

	@Test
	void decisionsKeepEveryBudgetYearWithinItsBudget() throws Exception {
		int year = java.time.LocalDate.now().getYear() + 1;
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(1_000_000),
				Map.of(year, Money.ofKroner(300_000), year + 1, Money.ofKroner(700_000)), null,
				List.of(Map.of(year, Money.ofKroner(200_000), year + 1, Money.ofKroner(200_000)),
						Map.of(year, Money.ofKroner(200_000), year + 1, Money.ofKroner(100_000))));
		fixture.screenEligible(setup);
		Session officer = new Session("officer", "demo");
		String first = "/officer/applications/" + setup.applications().get(0) + "/decision";
		assertThat(officer.get(first).body()).contains("Tilbage i " + year + ": 300.000 kr.")
			.contains("Tilbage i " + (year + 1) + ": 700.000 kr.");
		assertThat(officer.submit(first, first, "outcome=GRANTED&amount=" + enc("400.000")).statusCode())
			.isEqualTo(302);
		assertThat(decisions.committedPerYear(setup.pool().id()))
			.isEqualTo(Map.of(year, Money.ofKroner(200_000), year + 1, Money.ofKroner(200_000)));

		String second = "/officer/applications/" + setup.applications().get(1) + "/decision";
		HttpResponse<String> over = officer.submit(second, second, "outcome=GRANTED&amount=" + enc("300.000"));
		assertThat(over.statusCode()).isEqualTo(200);
		assertThat(over.body()).as("the pool has 600.000 kr. left in all, but not in " + year)
			.contains("Puljen kan ikke bevilge 300.000 kr.: bevillingen lægger 200.000 kr. i budgetåret " + year
					+ ", men der er kun 100.000 kr. tilbage af budgettet for " + year + ".")
			.contains("value=\"300.000\"");
		assertThat(decisions.find(setup.applications().get(1))).isEmpty();
		assertThat(officer.submit(second, second, "outcome=GRANTED&amount=" + enc("150.000") + "&reason="
				+ enc("Puljen er opbrugt i " + year)).statusCode()).isEqualTo(302);
		assertThat(decisions.committedPerYear(setup.pool().id()))
			.isEqualTo(Map.of(year, Money.ofKroner(300_000), year + 1, Money.ofKroner(250_000)));
		assertThat(officer.get(second).body()).contains("Tilbage i " + year + ": 0 kr.");
	}

	@Test
	void thePortfolioProposesOnlyWhatOtherCallsOfThePoolHaveNotGranted() {
		int year = java.time.LocalDate.now().getYear() + 1;
		ReviewFixture.Setup first = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(200_000));
		fixture.screenEligible(first);
		decisions.decide(first.applications().getFirst(), Decision.Outcome.GRANTED, Money.ofKroner(200_000), null, null,
				"officer");
		ReviewFixture.Setup second = fixture.createInPool(first.pool(), Money.ofKroner(150_000));
		assertThat(portfolios.input(calls.find(second.call().id()).orElseThrow()).budgetPerYear())
			.as("the first call's grant is spent").isEqualTo(Map.of(year, Money.ofKroner(100_000)));
		assertThat(portfolios.input(calls.find(first.call().id()).orElseThrow()).budgetPerYear())
			.as("a call's own decisions are shown in its portfolio, not taken from it")
			.isEqualTo(Map.of(year, Money.ofKroner(300_000)));
	}

	@Test
	void aGrantIsSpreadOverTheYearsInProportionToTheRequest() {
		java.util.SortedMap<Integer, Money> request = new java.util.TreeMap<>(
				Map.of(2027, Money.ofKroner(100_000), 2028, Money.ofKroner(200_000)));
		assertThat(RequestsPerYear.spread(Money.ofKroner(150_000), request, 2027))
			.isEqualTo(Map.of(2027, Money.ofKroner(50_000), 2028, Money.ofKroner(100_000)));
		assertThat(RequestsPerYear.spread(new Money(100), request, 2027))
			.as("rounding goes to the last year, nothing is lost").isEqualTo(Map.of(2027, new Money(33), 2028, new Money(67)));
		assertThat(RequestsPerYear.spread(Money.ofKroner(10), new java.util.TreeMap<>(), 2030))
			.isEqualTo(Map.of(2030, Money.ofKroner(10)));
	}

	@Test
	void decisionsKeepThePoolWithinBudgetAndGrantsBecomeGrantsAndProjects() throws Exception {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(200_000),
				Money.ofKroner(200_000), Money.ofKroner(50_000));
		fixture.screenEligible(setup);
		UUID first = setup.applications().get(0);
		UUID second = setup.applications().get(1);
		UUID third = setup.applications().get(2);
		Session officer = new Session("officer", "demo");
		String page = "/officer/applications/" + first + "/decision";
		HttpResponse<String> above = officer.submit(page, page,
				"outcome=GRANTED&amount=" + enc("250.000") + "&conditions=" + enc("Slutrapport"));
		assertThat(above.body()).contains("Beløbet er højere end det ansøgte (200.000 kr.)").contains("250.000")
			.contains("Slutrapport");
		// a grant smaller than the request says why; nothing typed is lost
		HttpResponse<String> noWhy = officer.submit(page, page, "outcome=GRANTED&amount=" + enc("180.000")
				+ "&conditions=" + enc("Slutrapport senest 1. marts"));
		assertThat(noWhy.statusCode()).isEqualTo(200);
		assertThat(noWhy.body()).contains("Bevillingen er mindre end det ansøgte (200.000 kr.). Skriv i begrundelsen")
			.contains("value=\"180.000\"").contains("Slutrapport senest 1. marts");
		assertThat(officer.submit(page, page, "outcome=GRANTED&amount=" + enc("180.000") + "&conditions="
				+ enc("Slutrapport senest 1. marts") + "&reason=" + enc("Honorarerne er sat ned til puljens takst"))
			.statusCode()).isEqualTo(302);
		assertThat(officer.get(page).body()).contains("180.000 kr.");

		String secondPage = "/officer/applications/" + second + "/decision";
		HttpResponse<String> over = officer.submit(secondPage, secondPage, "outcome=GRANTED&amount=" + enc("150.000"));
		assertThat(over.statusCode()).isEqualTo(200);
		assertThat(over.body()).contains("Puljen kan ikke bevilge 150.000 kr.: der er kun 120.000 kr. tilbage af budgettet.")
			.contains("value=\"150.000\"");
		assertThat(decisions.find(second)).isEmpty();
		HttpResponse<String> noReason = officer.submit(secondPage, secondPage, "outcome=REJECTED");
		assertThat(noReason.body()).contains("Skriv en begrundelse for afslaget.");
		officer.submit(secondPage, secondPage, "outcome=REJECTED&reason=" + enc("Puljen er opbrugt"));
		assertThat(decisions.find(second)).hasValueSatisfying(d -> assertThat(d.granted()).isFalse());
		assertThat(officer.get("/officer/calls/" + setup.call().id().value() + "/portfolio").body())
			.as("no submitted reviews yet").contains("portfolio-empty");

		// the applicant reads its own decision and letter
		Session applicant = new Session(setup.applicant(), password(setup.applicant()));
		assertThat(applicant.get("/applicant/applications/" + first).body()).contains("decision-notice");
		assertThat(applicant.get("/applicant/applications/" + first + "/decision").body()).contains("Bevilget")
			.contains("180.000 kr.");
		HttpResponse<byte[]> pdf = applicant.bytes("/applicant/applications/" + first + "/decision.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
		assertThat(raw).startsWith("%PDF").contains("/StructTreeRoot").contains("/Lang (da)");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String acceptBy = dk.kulturpuls.platform.Formats.date(decisions.find(first).orElseThrow().acceptBy());
			// the letter states the reason for the reduced amount, the acceptance deadline, the payment plan of the
			// signature pool (40/40/20), the reports, the accounts, the complaints guidance and the named sender
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Tilsagn om tilskud")
				.contains("180.000 kr.").contains("Slutrapport senest 1. marts").contains("Begrundelse for beløbet")
				.contains("Honorarerne er sat ned til puljens takst").contains("senest " + acceptBy)
				.contains("Rate 1").contains("72.000 kr.").contains("36.000 kr.")
				.contains("når slutrapporten og regnskabet er godkendt").contains("Statusrapport 1").contains("person med regnskabskyndighed")
				.contains("Klagevejledning").contains("Folketingets Ombudsmand").contains("Ole Sagsbehandler");
			var resources = document.getPage(0).getResources();
			List<String> fonts = new java.util.ArrayList<>();
			for (var name : resources.getFontNames()) {
				fonts.add(resources.getFont(name).getName());
			}
			assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("IBMPlexSans"));
		}
		HttpResponse<byte[]> english = applicant.bytes("/applicant/applications/" + first + "/decision.pdf?language=en");
		assertThat(new String(english.body(), StandardCharsets.ISO_8859_1)).contains("/Lang (en)");
		try (var document = org.apache.pdfbox.Loader.loadPDF(english.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Grant offer")
				.contains("Reason for the amount").contains("Instalment 1").contains("How to complain")
				.contains("Ole Sagsbehandler");
		}
		assertThat(mailer.to(setup.applicantEmail())).anyMatch(m -> m.attachmentName() != null
				&& m.subject().contains(setup.titles().getFirst()))
			.filteredOn(m -> m.subject().contains(setup.titles().getFirst()) && m.attachmentName() != null)
			.allSatisfy(m -> {
				dk.kulturpuls.MailLinks.assertLinksOnlyTo(m.body(), "http://127.0.0.1:" + port);
				assertThat(m.body()).contains("http://127.0.0.1:" + port + "/applicant/applications/" + first + "/decision");
			});
		assertThat(applicant.get("/applicant/applications/" + third + "/decision").statusCode())
			.as("not decided yet").isEqualTo(404);
		// another applicant sees nothing
		ReviewFixture.Setup other = fixture.create(Money.ofKroner(100_000), null, Money.ofKroner(10_000));
		Session stranger = new Session(other.applicant(), password(other.applicant()));
		assertThat(stranger.get("/applicant/applications/" + first + "/decision").statusCode()).isEqualTo(404);
		assertThat(stranger.bytes("/applicant/applications/" + first + "/decision.pdf").statusCode()).isEqualTo(404);

		// the event: a grant and a project, made by the listeners after the decision's commit
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(grants.forApplication(first)).hasValueSatisfying(g -> assertThat(g.acceptBy())
				.as("the deadline the letter stated").isEqualTo(decisions.find(first).orElseThrow().acceptBy()));
			assertThat(projects.all()).anyMatch(p -> p.name().equals(setup.titles().getFirst()));
		});
		assertThat(grants.forApplication(first)).hasValueSatisfying(g -> {
			assertThat(g.amount()).isEqualTo(Money.ofKroner(180_000));
			assertThat(g.conditions()).isEqualTo("Slutrapport senest 1. marts");
			assertThat(g.municipalityNames()).containsExactly("Frederikshavn");
		});
		assertThat(grants.forApplication(second)).isEmpty();
		assertThat(projects.all()).anySatisfy(p -> {
			assertThat(p.name()).isEqualTo(setup.titles().getFirst());
			assertThat(p.staff()).contains(setup.applicant());
		});
		Session anonymous = new Session();
		String api = anonymous.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/grants"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(api).contains(setup.titles().getFirst()).contains("180000");
		assertThat(anonymous.get("/public/grants").body()).contains(setup.titles().getFirst()).contains("180.000 kr.");
		String docs = anonymous.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(docs).contains("/api/v1/grants");
	}

	@Test
	void thePortfolioBeatsGreedyWithinTheBudgetAndShowsTheCostOfInclusion() throws Exception {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(300_000), null, Money.ofKroner(200_000),
				Money.ofKroner(150_000), Money.ofKroner(150_000));
		fixture.screenEligible(setup);
		String reviewer = fixture.reviewer(Role.COMMITTEE);
		int[][] scores = { { 5, 5, 10 }, { 3, 3, 5 }, { 3, 3, 5 } }; // 100, 58, 58
		for (int i = 0; i < 3; i++) {
			ReviewAssignment assignment = reviews.assign(setup.applications().get(i), reviewer, "officer");
			reviews.declare(reviewer, assignment.id(), false, null, null);
			reviews.score(reviewer, assignment.id(), Map.of(0, scores[i][0], 1, scores[i][1], 2, scores[i][2]), Map.of(),
					true);
		}
		Session officer = new Session("officer", "demo");
		String page = officer.get("/officer/calls/" + setup.call().id().value() + "/portfolio").body();
		assertThat(page).contains("Bevist optimalt: samlet score 116,00")
			.contains("Grådig metode til sammenligning: samlet score 100,00")
			.contains("Forslaget når 2 af 11 kommuner");
		// the left-out best-scored application costs 16 points to include (100 instead of 116), proven exactly
		assertThat(page).contains("<td class=\"kp-number\">16,00</td>").doesNotContain("Ikke beregnet")
			.contains("Beregnet ");
		int computed = portfolioProposal.computations();
		String again = officer.get("/officer/calls/" + setup.call().id().value() + "/portfolio").body();
		assertThat(portfolioProposal.computations()).as("a second view is answered from the cache").isEqualTo(computed);
		assertThat(again).contains("<td class=\"kp-number\">16,00</td>");
		Session committee = new Session(reviewer, password(reviewer));
		assertThat(committee.get("/committee/calls/" + setup.call().id().value() + "/portfolio").statusCode())
			.isEqualTo(200);
		assertThat(committee.get("/officer/calls/" + setup.call().id().value() + "/portfolio").statusCode())
			.isEqualTo(403);
	}
}
