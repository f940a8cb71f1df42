package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * Calls, applications and their access rules over HTTP against the running application: the public pages and open
 * data, who may see which application, the deadline, double submissions, concurrent edits and registration.
 */
@ApplicationTest
class ApplicationsHttpTests {

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
	CallRepository callRepository;

	@Autowired
	GrantApplicationRepository repository;

	@Autowired
	Mailer mailer;

	@Autowired
	Clock clock;

	@Autowired
	dk.kulturpuls.platform.AuditTrail audit;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.modulith.events.IncompleteEventPublications incompletePublications;

	UUID artist() {
		return organisations.save(ApplicantOrganisation.artist("Kunstner " + SEQUENCE.incrementAndGet())).id();
	}

	String applicant(UUID organisation) {
		String username = "http-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		accounts.create(username, "Test Ansøger", username, PASSWORD, Set.of(Role.APPLICANT));
		Applicant applicant = new Applicant(username, "Test Ansøger", username, organisation, null, clock.instant());
		applicant.verify(clock.instant());
		applicants.save(applicant);
		return username;
	}

	Calls.CallView smallCall() {
		return calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000))).findFirst().orElseThrow();
	}

	long version(String user, UUID id) {
		return applications.get(user, id).application().version();
	}

	UUID completeDraft(String user) {
		UUID id = applications.start(user, smallCall().id(), Map.of(0, false)).applicationId();
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		applications.describeProject(user, id, version(user, id), "Fortællinger på plejehjemmet " + SEQUENCE.incrementAndGet(),
				"Fortælleværksteder for ældre", start, start.plusMonths(3).minusDays(1));
		applications.chooseOffer(user, id, version(user, id), "vulnerable-citizens", Set.of("elderly"));
		applications.reach(user, id, version(user, id), Set.of("0851"));
		applications.addBudgetLine(user, id, version(user, id), "fee", "Honorar til fortæller", start.getYear(),
				Money.ofKroner(30_000));
		applications.planEvaluation(user, id, version(user, id), "WHO-5 før og efter", "WHO-5");
		assertThat(applications.get(user, id).complete()).isTrue();
		return id;
	}

	@Test
	void publicCallPagesAndOpenDataNeedNoLogin() {
		WebSession anonymous = new WebSession(port);
		Calls.CallView small = smallCall();
		Document list = anonymous.page("/public/calls");
		assertThat(list.text()).contains(small.title().da(), "Open Call: Signaturprojekter i Sund med Kultur");
		Document page = anonymous.page("/public/calls/" + small.id().value());
		assertThat(page.text()).contains("50.000 kr.", "højst 6 måneder", "Ansøgningsfrist");

		Call draft = new Call(small.poolId(), LocalizedText.of("Upubliceret opslag", null), LocalizedText.of("x", null),
				clock.instant(), clock.instant().plus(30, ChronoUnit.DAYS), Set.of(), Set.of());
		callRepository.save(draft);

		// the open data, fetched while the unpublished call exists
		String json = anonymous.get("/api/v1/calls").body();
		assertThat(json).contains("\"minimumGrantDkk\":400000", "\"maximumGrantDkk\":1200000",
				"\"maximumGrantDkk\":50000", "\"deadline\":", "\"" + small.id().value() + "\"");
		assertThat(json).doesNotContain("Upubliceret opslag", draft.id().value().toString());
		assertThat(anonymous.get("/v3/api-docs").body()).contains("/api/v1/calls", "CallJson");
		assertThat(anonymous.get("/public/calls/" + draft.id().value()).statusCode()).isEqualTo(404);
		assertThat(anonymous.page("/public/calls").text()).doesNotContain("Upubliceret opslag");
	}

	@Test
	void anApplicantSeesOnlyItsOwnOrganisationsApplications() {
		UUID organisation = artist();
		String owner = applicant(organisation);
		String coApplicant = applicant(organisation);
		String stranger = applicant(artist());
		UUID id = completeDraft(owner);
		String path = "/applicant/applications/" + id;

		assertThat(WebSession.loggedIn(port, coApplicant, PASSWORD).get(path + "/project").statusCode()).isEqualTo(200);
		assertThat(WebSession.loggedIn(port, coApplicant, PASSWORD).page("/applicant").text())
			.contains(applications.get(owner, id).application().title());

		WebSession other = WebSession.loggedIn(port, stranger, PASSWORD);
		assertThat(other.get(path).statusCode()).isEqualTo(404);
		assertThat(other.get(path + "/review").statusCode()).isEqualTo(404);
		Document start = other.page("/applicant");
		assertThat(start.text()).doesNotContain(applications.get(owner, id).application().title());
		assertThat(other.post(path + "/submit", start, Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.post(path + "/project", start, Map.of("version", "0", "title", "Kapret")).statusCode())
			.isEqualTo(404);
		assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

		WebSession reviewer = WebSession.loggedIn(port, "reviewer", "demo");
		assertThat(reviewer.get(path).statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/officer/applications/" + id).statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/officer/calls/" + smallCall().id().value() + "/applications").statusCode())
			.isEqualTo(403);
		assertThat(WebSession.loggedIn(port, owner, PASSWORD).get("/officer/applications/" + id).statusCode())
			.isEqualTo(403);
		HttpResponse<String> anonymous = new WebSession(port).get(path);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	/** The mails to either of two users whose subject contains a text. */
	List<Mailer.Mail> mails(String user, String otherUser, String subject) {
		return java.util.stream.Stream.concat(mailer.to(user).stream(), mailer.to(otherUser).stream())
			.filter(m -> m.subject().contains(subject)).toList();
	}

	/** The event publications about an application that no listener has completed yet. */
	long openPublications(UUID application) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
			.param("id", "%" + application + "%").query(Long.class).single();
	}

	@Test
	void twoClicksAndTwoTabsProduceOneSubmissionWithOneReceiptAndOneMailAndChangesUntilTheDeadlineANewOne() throws Exception {
		UUID organisation = artist();
		String owner = applicant(organisation);
		String coApplicant = applicant(organisation);
		UUID id = completeDraft(owner);
		String path = "/applicant/applications/" + id;
		WebSession tab = WebSession.loggedIn(port, owner, PASSWORD);
		WebSession otherTab = WebSession.loggedIn(port, coApplicant, PASSWORD);
		Document review = tab.page(path + "/review");
		Document otherReview = otherTab.page(path + "/review");

		List<CompletableFuture<HttpResponse<String>>> clicks = List.of(tab.postAsync(path + "/submit", review, Map.of()),
				tab.postAsync(path + "/submit", review, Map.of()),
				otherTab.postAsync(path + "/submit", otherReview, Map.of()));
		for (CompletableFuture<HttpResponse<String>> click : clicks) {
			HttpResponse<String> response = click.get();
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(path + "/receipt");
		}

		GrantApplication submitted = repository.findById(id).orElseThrow();
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		String receipt = submitted.receiptNumber();
		assertThat(receipt).matches("KP-\\d{4}-\\d{6}");
		// the receipt mail with its PDF copy is made right after the commit, on the mail worker: once every event
		// publication of the submission is completed, every mail it makes is in the outbox
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(mails(owner, coApplicant, "Kvittering")).isNotEmpty();
			assertThat(openPublications(id)).isZero();
		});
		List<Mailer.Mail> mails = mails(owner, coApplicant, "Kvittering");
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().subject()).contains(receipt);

		Document receiptPage = tab.page(path + "/receipt");
		assertThat(receiptPage.text()).contains("Kvitteringsnummer: " + receipt);

		byte[] pdf = mailer.attachment(mails.getFirst().id());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(receipt, submitted.title(), "30.000 kr.");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}

		// the mail is durable: as if the server had stopped before making it, the event publication registry
		// (which held the submission until the mail was in the outbox) makes it again
		jdbc.sql("delete from platform_outbox where id = :id").param("id", mails.getFirst().id()).update();
		assertThat(jdbc.sql("""
				update event_publication set completion_date = null
				where listener_id like '%ReceiptMails%' and serialized_event like :receipt""")
			.param("receipt", "%" + id + "%").update()).as("the receipt mail's publication").isEqualTo(1);
		incompletePublications.resubmitIncompletePublications(publication -> publication.getEvent()
			.toString().contains(id.toString()));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(mails(owner, coApplicant, receipt)).as("the receipt mail made again").isNotEmpty();
			assertThat(openPublications(id)).isZero();
		});
		assertThat(mails(owner, coApplicant, receipt)).as("the receipt mail made again").hasSize(1);

		// until the deadline the submitted application can be changed; the change is submitted again with a new
		// receipt number and a new receipt mail, once however often it is clicked
		Document afterwards = tab.page(path);
		assertThat(afterwards.text()).contains("Indsendt", receipt, "Du kan rette den indtil fristen");
		assertThat(afterwards.selectFirst("#edit-link").attr("href")).endsWith(path + "/review");
		Document unchanged = tab.page(path + "/review");
		assertThat(unchanged.select("#submit-form")).as("nothing to submit again").isEmpty();
		Document project = tab.page(path + "/project");
		HttpResponse<String> saved = tab.post(path + "/project", project, Map.of("version",
				project.selectFirst("#version").val(), "title", "Fortællinger på plejehjemmet, rettet", "summary",
				project.selectFirst("#summary").text(), "startDate", project.selectFirst("#startDate").val(),
				"endDate", project.selectFirst("#endDate").val(), "action", "save"));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(repository.findById(id).orElseThrow().receiptNumber()).as("changed, not yet submitted again")
			.isEqualTo(receipt);
		byte[] plan = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		applications.upload(owner, id, version(owner, id), "other", "tidsplan.pdf", new java.io.ByteArrayInputStream(plan));
		Document changed = tab.page(path + "/review");
		assertThat(changed.selectFirst("#submitted-notice").text()).contains("Indsend ændringerne", receipt);
		List<CompletableFuture<HttpResponse<String>>> again2 = List.of(
				tab.postAsync(path + "/submit", changed, Map.of()), tab.postAsync(path + "/submit", changed, Map.of()));
		for (CompletableFuture<HttpResponse<String>> click : again2) {
			assertThat(click.get().headers().firstValue("Location").orElseThrow()).endsWith(path + "/receipt");
		}
		GrantApplication resubmitted = repository.findById(id).orElseThrow();
		String newReceipt = resubmitted.receiptNumber();
		assertThat(newReceipt).matches("KP-\\d{4}-\\d{6}").isNotEqualTo(receipt);
		assertThat(resubmitted.title()).isEqualTo("Fortællinger på plejehjemmet, rettet");
		assertThat(tab.page(path + "/receipt").text()).contains("Kvitteringsnummer: " + newReceipt);
		List<Mailer.Mail> newMails = List.of();
		for (int wait = 0; wait < 100 && newMails.isEmpty(); wait++) {
			Thread.sleep(100);
			newMails = mailer.to(owner).stream().filter(m -> m.subject().contains(newReceipt)).toList();
		}
		Thread.sleep(500);
		assertThat(mailer.to(owner).stream().filter(m -> m.subject().contains(newReceipt))).hasSize(1);
		assertThat(audit.eventsFor("application", id.toString())).filteredOn(e -> e.action().equals("submitted again"))
			.singleElement().satisfies(e -> assertThat(e.detail()).contains(newReceipt, receipt));

		// the applicant downloads the PDF copy and the files
		HttpResponse<byte[]> copy = tab.bytes(path + "/application.pdf");
		assertThat(copy.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(copy.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(newReceipt, "rettet");
		}
		Document mine = tab.page(path);
		String file = mine.select("#downloads a").stream().filter(a -> a.text().equals("tidsplan.pdf")).findFirst()
			.orElseThrow().attr("href");
		HttpResponse<byte[]> download = tab.bytes(file);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(plan);
		assertThat(WebSession.loggedIn(port, applicant(artist()), PASSWORD).get(path + "/application.pdf").statusCode())
			.as("not another organisation's").isEqualTo(404);
	}

	@Test
	void afterTheDeadlineNothingIsSubmittedAndThePageSaysSo() {
		Calls.CallView small = smallCall();
		Instant now = clock.instant();
		Call closedByTime = new Call(small.poolId(), LocalizedText.of("Opslag med overskredet frist", null),
				LocalizedText.of("x", null), now.minus(10, ChronoUnit.DAYS), now.minus(1, ChronoUnit.MINUTES),
				Set.of("digital"), Set.of("children"));
		closedByTime.addCriterion(new Criterion(LocalizedText.of("Kvalitet", null), 100, 5));
		closedByTime.publish();
		callRepository.save(closedByTime);
		UUID organisation = artist();
		String user = applicant(organisation);
		GrantApplication late = repository.save(new GrantApplication(closedByTime.id(), organisation, user,
				now.minus(2, ChronoUnit.DAYS)));
		String path = "/applicant/applications/" + late.id();

		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		Document review = session.page(path + "/review");
		HttpResponse<String> submit = session.post(path + "/submit", review, Map.of());
		assertThat(submit.statusCode()).isEqualTo(302);
		assertThat(session.page(path + "/review").text()).contains("Fristen er overskredet");
		assertThat(repository.findById(late.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

		Document project = session.page(path + "/project");
		HttpResponse<String> save = session.post(path + "/project", project,
				Map.of("version", project.selectFirst("#version").val(), "title", "For sent"));
		assertThat(save.statusCode()).isEqualTo(200);
		assertThat(save.body()).contains("Fristen er overskredet");
		assertThat(repository.findById(late.id()).orElseThrow().title()).isNull();
	}

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Decisions decisions;

	@Test
	void afterTheDeadlineASubmittedApplicationCannotBeChangedAndADecidedOneNotWithdrawn() {
		Calls.CallView small = smallCall();
		Instant now = clock.instant();
		Call passed = new Call(small.poolId(), LocalizedText.of("Opslag med passeret frist", null),
				LocalizedText.of("x", null), now.minus(10, ChronoUnit.DAYS), now.minus(1, ChronoUnit.MINUTES),
				Set.of("digital"), Set.of("children"));
		passed.addCriterion(new Criterion(LocalizedText.of("Kvalitet", null), 100, 5));
		passed.publish();
		callRepository.save(passed);
		UUID organisation = artist();
		String user = applicant(organisation);
		GrantApplication submitted = new GrantApplication(passed.id(), organisation, user, now.minus(2, ChronoUnit.DAYS));
		submitted.submit(passed, "KP-T-" + UUID.randomUUID().toString().substring(0, 8), now.minus(1, ChronoUnit.DAYS));
		repository.save(submitted);
		String path = "/applicant/applications/" + submitted.id();
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		Document page = session.page(path);
		assertThat(page.select("#edit-link")).isEmpty();
		assertThat(page.select("#pdf-copy")).hasSize(1);
		assertThat(session.get(path + "/project").statusCode()).isEqualTo(302);
		HttpResponse<String> save = session.post(path + "/project", page,
				Map.of("version", String.valueOf(version(user, submitted.id())), "title", "For sent", "action", "save"));
		assertThat(save.body()).contains("Fristen er overskredet");
		assertThat(repository.findById(submitted.id()).orElseThrow().title()).isNull();

		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID decided = setup.applications().getFirst();
		decisions.decide(decided, Decision.Outcome.REJECTED, null, null, "Andre projekter var stærkere", "officer");
		WebSession applicant = WebSession.loggedIn(port, setup.applicant(), "secret-" + setup.applicant());
		Document decidedPage = applicant.page("/applicant/applications/" + decided);
		assertThat(decidedPage.select("form[action$=withdraw]")).as("no withdraw button").isEmpty();
		assertThat(decidedPage.select("#edit-link")).isEmpty();
		applicant.post("/applicant/applications/" + decided + "/withdraw", decidedPage, Map.of());
		assertThat(applicant.page("/applicant/applications/" + decided).text()).contains("afgjort");
		assertThat(repository.findById(decided).orElseThrow().status()).isEqualTo(ApplicationStatus.ELIGIBLE);
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsWhatWasTyped() {
		UUID organisation = artist();
		String first = applicant(organisation);
		String second = applicant(organisation);
		UUID id = completeDraft(first);
		String path = "/applicant/applications/" + id + "/project";
		WebSession one = WebSession.loggedIn(port, first, PASSWORD);
		WebSession two = WebSession.loggedIn(port, second, PASSWORD);
		Document pageOne = one.page(path);
		Document pageTwo = two.page(path);
		Map<String, String> common = Map.of("summary", "Fælles beskrivelse", "startDate",
				pageOne.selectFirst("#startDate").val(), "endDate", pageOne.selectFirst("#endDate").val(), "action", "save");

		Map<String, String> fieldsOne = new java.util.HashMap<>(common);
		fieldsOne.put("version", pageOne.selectFirst("#version").val());
		fieldsOne.put("title", "Titel fra den første");
		assertThat(one.post(path, pageOne, fieldsOne).statusCode()).isEqualTo(200);

		Map<String, String> fieldsTwo = new java.util.HashMap<>(common);
		fieldsTwo.put("version", pageTwo.selectFirst("#version").val());
		fieldsTwo.put("title", "Titel fra den anden");
		HttpResponse<String> refused = two.post(path, pageTwo, fieldsTwo);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document refusedPage = org.jsoup.Jsoup.parse(refused.body());
		assertThat(refusedPage.selectFirst("#error-summary").text()).contains("En anden har gemt ansøgningen");
		assertThat(refusedPage.selectFirst("#title").val()).isEqualTo("Titel fra den anden");
		assertThat(repository.findById(id).orElseThrow().title()).isEqualTo("Titel fra den første");

		// saving again from the refused page is a deliberate overwrite
		Map<String, String> again = new java.util.HashMap<>(fieldsTwo);
		again.put("version", refusedPage.selectFirst("#version").val());
		assertThat(two.post(path, refusedPage, again).statusCode()).isEqualTo(200);
		assertThat(repository.findById(id).orElseThrow().title()).isEqualTo("Titel fra den anden");
	}

	@Test
	void aStepReportsAllItsErrorsAtOnceAndKeepsTheInput() {
		String user = applicant(artist());
		UUID id = applications.start(user, smallCall().id(), Map.of(0, false)).applicationId();
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		String path = "/applicant/applications/" + id + "/project";
		Document page = session.page(path);
		HttpResponse<String> response = session.post(path, page, Map.of("version", page.selectFirst("#version").val(),
				"title", "Kun en titel", "startDate", "01.03.2027", "endDate", "30.11.2027", "action", "continue"));
		Document errors = org.jsoup.Jsoup.parse(response.body());
		assertThat(errors.select("#error-summary li")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Kort beskrivelse af projektet: Beskriv projektet kort.",
					"Slutdato: Projektet må højst vare 6 måneder i denne pulje.");
		assertThat(errors.selectFirst("#title").val()).isEqualTo("Kun en titel");
		assertThat(errors.selectFirst("#endDate").val()).isEqualTo("30.11.2027");
	}

	@Test
	void anExcludingAnswerStopsTheApplicationWithTheReason() {
		String user = applicant(artist());
		WebSession session = WebSession.loggedIn(port, user, PASSWORD);
		String path = "/applicant/calls/" + smallCall().id().value() + "/apply";
		Document questions = session.page(path);
		HttpResponse<String> excluded = session.post(path, questions, Map.of("answer0", "yes"));
		assertThat(excluded.statusCode()).isEqualTo(200);
		assertThat(excluded.body()).contains("Puljen støtter ikke projekter, der er gået i gang");
		assertThat(applications.mine(user)).isEmpty();
		HttpResponse<String> admitted = session.post(path, questions, Map.of("answer0", "no"));
		assertThat(admitted.statusCode()).isEqualTo(302);
		assertThat(applications.mine(user)).hasSize(1);
	}

	@Test
	void registrationChecksTheCvrNumberAndNeedsTheEmailVerified() {
		WebSession visitor = new WebSession(port);
		Document form = visitor.page("/public/register");
		String email = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		HttpResponse<String> wrong = visitor.post("/public/register", form, Map.of("name", "Birte Bruger", "email", email,
				"kind", "ORGANISATION", "organisationName", "", "cvr", "12345678", "password", "kort"));
		Document errors = org.jsoup.Jsoup.parse(wrong.body());
		assertThat(errors.select("#error-summary li")).hasSize(3);
		assertThat(errors.text()).contains("CVR-nummeret er ikke gyldigt", "Skriv organisationens navn");
		assertThat(errors.selectFirst("#name").val()).isEqualTo("Birte Bruger");

		String cvr = unusedCvr();
		HttpResponse<String> weak = visitor.post("/public/register", errors, Map.of("name", "Birte Bruger", "email",
				email, "kind", "ORGANISATION", "organisationName", "Foreningen Klang", "cvr", cvr, "password",
				"password1234"));
		Document weakPage = org.jsoup.Jsoup.parse(weak.body());
		assertThat(weakPage.select("#error-summary li")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Adgangskode: Adgangskoden er blandt de mest brugte og bliver gættet først. Vælg en anden, fx tre-fire "
					+ "ord, der ikke hænger sammen.");
		assertThat(weakPage.selectFirst("#organisationName").val()).as("kept").isEqualTo("Foreningen Klang");
		assertThat(accounts.find(email)).as("nothing created").isEmpty();

		HttpResponse<String> ok = visitor.post("/public/register", weakPage, Map.of("name", "Birte Bruger", "email", email,
				"kind", "ORGANISATION", "organisationName", "Foreningen Klang", "cvr", cvr, "password", PASSWORD));
		assertThat(ok.body()).contains("Tjek din e-mail");
		assertThat(accounts.find(email)).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
		Document login = new WebSession(port).page("/login");
		assertThat(login).isNotNull();
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> WebSession.loggedIn(port, email, PASSWORD)))
			.isInstanceOf(IllegalStateException.class);

		String body = mailer.to(email).getFirst().body();
		String link = body.lines().filter(l -> l.contains("/public/register/verify?token=")).findFirst().orElseThrow();
		String pathAndQuery = link.substring(link.indexOf("/public/"));
		assertThat(visitor.page(pathAndQuery).text()).contains("Din e-mail er bekræftet");
		assertThat(visitor.page(pathAndQuery).text()).contains("Linket er ugyldigt");
		assertThat(WebSession.loggedIn(port, email, PASSWORD).page("/applicant").text()).contains("Mine ansøgninger");

		HttpResponse<String> again = visitor.post("/public/register", form, Map.of("name", "Anden", "email",
				"other-" + email, "kind", "ORGANISATION", "organisationName", "Kopi", "cvr", cvr, "password", PASSWORD));
		// a second registration for the same CVR is no dead end: its own pending claim, told what happens next
		assertThat(again.body()).contains("Tjek din e-mail", "bekræfter sekretariatet derefter").doesNotContain("allerede oprettet");
	}

	String unusedCvr() {
		java.util.Random random = new java.util.Random();
		while (true) {
			String digits = String.valueOf(10_000_000 + random.nextInt(89_999_999));
			if (dk.kulturpuls.organisations.Cvr.isValid(digits) && !organisations.existsByCvr(digits)) {
				return digits;
			}
		}
	}

	@Test
	void theOfficerScreensAndTheApplicantAnswersTheRequest() {
		String user = applicant(artist());
		UUID id = completeDraft(user);
		WebSession applicantSession = WebSession.loggedIn(port, user, PASSWORD);
		String path = "/applicant/applications/" + id;
		applicantSession.post(path + "/submit", applicantSession.page(path + "/review"), Map.of());

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document inbox = officer.page("/officer/calls/" + smallCall().id().value() + "/applications?status=SUBMITTED&municipality=0851");
		assertThat(inbox.select("#inbox a[href$=" + id + "]")).hasSize(1);
		assertThat(officer.page("/officer/calls/" + smallCall().id().value() + "/applications?municipality=0813")
			.select("#inbox a[href$=" + id + "]")).isEmpty();
		String csv = officer.get("/officer/calls/" + smallCall().id().value() + "/applications.csv?status=SUBMITTED").body();
		assertThat(csv).contains(repository.findById(id).orElseThrow().receiptNumber());

		Document page = officer.page("/officer/applications/" + id);
		HttpResponse<String> missing = officer.post("/officer/applications/" + id + "/screen", page,
				Map.of("outcome", "INELIGIBLE", "text", ""));
		assertThat(missing.body()).contains("Skriv begrundelsen");
		officer.post("/officer/applications/" + id + "/screen", page,
				Map.of("outcome", "INFO_REQUESTED", "text", "Hvor mange deltagere forventer I?"));

		Document request = applicantSession.page(path);
		assertThat(request.selectFirst("#info-request").text()).isEqualTo("Hvor mange deltagere forventer I?");
		applicantSession.post(path + "/answer", request, Map.of("answer", "Omkring 40 beboere"));

		Document answered = officer.page("/officer/applications/" + id);
		assertThat(answered.selectFirst("#application-status").text()).isEqualTo("Indsendt");
		assertThat(answered.selectFirst("#info-answer").text()).isEqualTo("Omkring 40 beboere");
		assertThat(answered.select("#audit td").eachText()).contains("Screenet", "officer", "Ansøgeren har svaret", user);
	}

	@Test
	void theOfficerDraftsACallWithEveryErrorAtOnceThenPublishesIt() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document form = officer.page("/officer/calls/new");
		assertThat(form.select("#criterion-0, #question-0, #attachment-0")).hasSize(3);
		String pool = smallCall().poolId().value().toString();
		String title = "Efterårsrunde " + UUID.randomUUID().toString().substring(0, 6);

		// "add row" without JavaScript: the form comes back with one more row and everything typed kept
		HttpResponse<String> added = officer.post("/officer/calls", form, fields("pool", pool, "titleDa", title,
				"criteria[0].nameDa", "Kvalitet", "criteria[0].weight", "60", "criteria[0].scale", "5",
				"rows", "add-criterion"));
		Document twoRows = org.jsoup.Jsoup.parse(added.body());
		assertThat(twoRows.select("#criterion-1")).hasSize(1);
		assertThat(twoRows.select("#error-summary")).as("adding a row is not a save").isEmpty();
		assertThat(twoRows.getElementById("criteria[0]-nameDa").val()).isEqualTo("Kvalitet");
		assertThat(twoRows.getElementById("titleDa").val()).isEqualTo(title);

		HttpResponse<String> wrong = officer.post("/officer/calls", twoRows, fields("pool", pool, "titleDa", title,
				"textDa", "Tekst", "opensDate", "01.09.2030", "opensTime", "09:00", "deadlineDate", "01.08.2030",
				"deadlineTime", "25:00", "criteria[0].nameDa", "Kvalitet", "criteria[0].weight", "60",
				"criteria[0].scale", "5", "criteria[1].nameDa", "Effekt", "criteria[1].weight", "tredive",
				"criteria[1].scale", "5", "questions[0].textDa", "Er du i gang?"));
		Document errors = org.jsoup.Jsoup.parse(wrong.body());
		assertThat(errors.select("#error-summary li")).extracting(org.jsoup.nodes.Element::text).contains(
				"Vægt i procent: Skriv et helt tal.",
				"Svaret, der udelukker ansøgeren: Vælg det svar, der udelukker, i spørgsmål 1.",
				"Begrundelse på dansk, som ansøgeren ser: Skriv begrundelsen til spørgsmål 1 på dansk.",
				"Tilbud, programmet søger: Vælg mindst én tilbudstype.");
		assertThat(errors.selectFirst("#titleDa").val()).isEqualTo(title);
		assertThat(errors.getElementById("criteria[1]-weight").val()).isEqualTo("tredive");

		HttpResponse<String> weights = officer.post("/officer/calls", errors, fields("pool", pool, "titleDa", title,
				"textDa", "Tekst", "opensDate", "01.09.2030", "opensTime", "09:00", "deadlineDate", "01.10.2030",
				"deadlineTime", "12:00", "offerTypes", List.of("digital"), "criteria[0].nameDa", "Kvalitet",
				"criteria[0].weight", "60", "criteria[0].scale", "5", "criteria[1].nameDa", "Effekt",
				"criteria[1].weight", "30", "criteria[1].scale", "5"));
		assertThat(org.jsoup.Jsoup.parse(weights.body()).select("#error-summary li").eachText())
			.contains("Bedømmelseskriterier: Kriteriernes vægte giver 90 %; de skal tilsammen give 100 %.");

		HttpResponse<String> ok = officer.post("/officer/calls", errors, fields("pool", pool, "titleDa", title,
				"titleEn", "Autumn round", "textDa", "Tekst", "opensDate", "01.09.2030", "opensTime", "09:00",
				"deadlineDate", "01.10.2030", "deadlineTime", "12:00", "offerTypes", List.of("digital"),
				"targetGroups", List.of("children"), "criteria[0].nameDa", "Kvalitet", "criteria[0].nameEn", "Quality",
				"criteria[0].weight", "60", "criteria[0].scale", "5", "criteria[1].nameDa", "Effekt",
				"criteria[1].weight", "40", "criteria[1].scale", "10",
				"questions[0].textDa", "Er projektet i gang?", "questions[0].excludingAnswer", "yes",
				"questions[0].reasonDa", "Puljen støtter ikke igangværende projekter",
				"attachments[0].nameDa", "Hensigtserklæring", "attachments[0].required", "true",
				"_attachments[0].required", "on", "attachments[1].nameDa", "Billeder fra tidligere forløb",
				"_attachments[1].required", "on"));
		assertThat(ok.statusCode()).isEqualTo(302);
		Call created = callRepository.findAll().stream().filter(c -> c.title().da().equals(title)).findFirst()
			.orElseThrow();
		assertThat(created.status()).isEqualTo(CallStatus.DRAFT);
		assertThat(created.deadline()).isEqualTo(Instant.parse("2030-10-01T10:00:00Z"));
		Calls.CallView view = calls.find(created.id()).orElseThrow();
		assertThat(view.questions()).singleElement().satisfies(q -> assertThat(q.excludingAnswer()).isTrue());
		assertThat(view.criteria()).extracting(c -> c.name().en(), Criterion::weight, Criterion::scaleMax)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quality", 60, 5),
					org.assertj.core.groups.Tuple.tuple(null, 40, 10));
		assertThat(view.requiredAttachments()).extracting(RequiredAttachment::code, RequiredAttachment::required)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("hensigtserklaering", true),
					org.assertj.core.groups.Tuple.tuple("billeder-fra-tidligere-forloeb", false));
		assertThat(new WebSession(port).get("/public/calls/" + created.id().value()).statusCode()).isEqualTo(404);

		officer.post("/officer/calls/" + created.id().value() + "/publish", officer.page("/officer/calls"), Map.of());
		assertThat(new WebSession(port).page("/public/calls/" + created.id().value()).text()).contains(title,
				"01.10.2030 12:00", "Hensigtserklæring");
	}

	static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}
}
