package dk.kulturpuls.roundtable.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The public registers for the conference (a seat, then the waiting list when it is full), cancels through the
 * personal link so the seat moves on; the secretariat plans the programme, invites a politician who accepts,
 * and exports the attendee list. Every page is checked with axe, one of them at phone size.
 */
@ApplicationTest
class ConferenceJourneyTests {

	static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/public/conference-[a-z]+/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Conferences conferences;

	@Autowired
	Mailer mailer;

	@Autowired
	dk.kulturpuls.platform.Accounts accounts;

	BrowserContext context;
	Page page;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	Locator status(String text) {
		return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
	}

	/** The path of the personal link in the newest mail to the address. */
	String personalLink(String email) {
		Matcher m = LINK.matcher(mailer.to(email).getFirst().body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	@Test
	void thePublicRegistersJoinsTheWaitingListAndTheSecretariatExportsTheList() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Konferencerejse " + suffix, "At prøve konferencen af.", 2026, 2026);
		String anna = "anna-" + suffix + "@test.kulturpuls.invalid";
		String bo = "bo-" + suffix + "@test.kulturpuls.invalid";
		String pia = "pia-" + suffix + "@test.kulturpuls.invalid";

		// the secretariat creates the conference with one seat and a programme
		Browser.logIn(page, url(""), "secretariat", "demo");
		page.navigate(url("/secretariat/roundtables/" + process));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konference").setExact(true)).click();
		Browser.assertAccessible(page);
		click("Opret konference");
		assertThat(page.locator("#error-summary li")).hasCount(5);
		page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Konference " + suffix);
		page.getByLabel("Dato").fill("03.12.2031");
		page.getByLabel("Starter kl.").fill("10.00");
		page.getByLabel("Slutter kl.").fill("09:00");
		page.getByLabel("Sted").fill("Musikkens Hus, Aalborg");
		page.getByLabel("Pladser til offentlig tilmelding").fill("1");
		page.getByLabel("Status").selectOption("REGISTRATION_OPEN");
		click("Opret konference");
		assertThat(page.locator("#error-summary")).containsText("Skriv klokkeslættet som tt:mm");
		assertThat(page.getByLabel("Sted")).hasValue("Musikkens Hus, Aalborg");
		page.getByLabel("Starter kl.").fill("10:00");
		page.getByLabel("Slutter kl.").fill("16:00");
		click("Opret konference");
		assertThat(status("Konferencen er oprettet")).isVisible();
		page.getByLabel("Kl.", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
		page.getByLabel("Programpunkt", new Page.GetByLabelOptions().setExact(true)).fill("Velkomst " + suffix);
		page.getByLabel("Oplægsholder").fill("Sekretariatet");
		click("Tilføj programpunkt");
		assertThat(page.locator("#programme-table")).containsText("Velkomst " + suffix);
		Browser.assertAccessible(page);
		UUID conference = conferences.ofProcess(process).orElseThrow().id();

		// a politician is invited
		page.locator("#inviteeName").fill("Pia Politiker");
		page.locator("#inviteeEmail").fill(pia);
		page.getByLabel("Titel og organisation").fill("Sundhedsudvalget");
		click("Send invitation");
		assertThat(status("Invitationen er sendt")).isVisible();
		assertThat(page.locator("#invitation-table")).containsText("Inviteret, ikke svaret");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

		// the politician accepts through the personal link
		page.navigate(url(personalLink(pia)));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Invitation: Konference " + suffix);
		Browser.assertAccessible(page);
		click("Ja tak, jeg kommer");
		assertThat(status("Du har takket ja")).isVisible();
		assertThat(page.locator("#invitation-status")).hasText("Dit svar: Takket ja");

		// the public registers on a phone: an empty form first
		page.setViewportSize(375, 812);
		page.navigate(url("/public/conferences"));
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konference " + suffix)).click();
		assertThat(page).hasURL(url("/public/conferences/" + conference));
		assertThat(page.locator("#programme-table")).containsText("Velkomst " + suffix);
		assertThat(page.locator("#seats")).hasText("Der er 1 ledig plads.");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-conference-public-phone");
		click("Tilmeld mig");
		assertThat(page.locator("#error-summary li")).hasCount(2);
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Anna Andersen");
		page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(anna);
		page.getByLabel("Kost- og tilgængelighedsbehov").fill("Vegetar");
		Browser.check(page.getByLabel("Jeg giver samtykke"));
		click("Tilmeld mig");
		assertThat(page.locator("#registration-result")).containsText("Tak for din tilmelding, Anna Andersen.");
		assertThat(page.locator("#registration-status")).hasText("Du har en plads til Konference " + suffix + ".");
		Browser.assertAccessible(page);
		assertThat(mailer.to(anna)).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Bekræftelse: du er tilmeldt Konference " + suffix));
		page.setViewportSize(1280, 900);

		// full: the next one joins the waiting list
		page.navigate(url("/public/conferences/" + conference));
		assertThat(page.locator("#seats")).containsText("Alle pladser er optaget");
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Bo Berg");
		page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(bo);
		click("Skriv mig på ventelisten");
		assertThat(page.locator("#registration-status")).containsText("Du står på ventelisten som nummer 1");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-conference-waiting");

		// the same address cannot register twice
		page.navigate(url("/public/conferences/" + conference));
		page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Bo igen");
		page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(bo);
		click("Skriv mig på ventelisten");
		assertThat(page.locator("#error-summary")).containsText("allerede tilmeldt");
		assertThat(page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true))).hasValue("Bo igen");

		// Anna cancels through her link: Bo gets the seat
		page.navigate(url(personalLink(anna)));
		click("Afmeld mig");
		assertThat(status("Din tilmelding er annulleret")).isVisible();
		assertThat(page.locator("#registration-status")).hasText("Tilmeldingen er annulleret.");
		Browser.assertAccessible(page);
		assertThat(mailer.to(bo)).anySatisfy(mail -> assertThat(mail.subject()).startsWith("Du har fået en plads"));

		// the secretariat sees it and exports the attendee list
		Browser.logIn(page, url(""), "secretariat", "demo");
		page.navigate(url("/secretariat/roundtables/" + process + "/conference"));
		assertThat(page.locator("#conference-summary")).containsText("1 af 1 pladser er givet; 0 på venteliste");
		assertThat(page.locator("#registration-table")).containsText("Bo Berg");
		assertThat(page.locator("#invitation-table")).containsText("Takket ja");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-conference-secretariat");
		APIResponse csv = context.request().get(url(page.getByText("Hent deltagerlisten som CSV").getAttribute("href")));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().get("content-disposition")).contains("deltagerliste.csv");
		String text = csv.text();
		assertThat(text).contains("\"Navn\";\"Organisation\";\"E-mail\"");
		assertThat(text).contains("\"Bo Berg\";\"\";\"" + bo + "\";\"Tilmeldt\"");
		assertThat(text).contains("\"Pia Politiker\";\"Sundhedsudvalget\";\"" + pia + "\";\"Inviteret\"");
		assertThat(text).doesNotContain("Anna Andersen");
		APIResponse xlsx = context.request().get(url(page.getByText("Hent deltagerlisten som Excel-ark").getAttribute("href")));
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.headers().get("content-type")).contains("spreadsheetml");
		assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
	}

	@Test
	void aConferenceStillPlannedIsNotPublicAndNonsenseLinksAreNotFound() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Skjult konference " + suffix, "Test", 2026, 2026);
		UUID conference = conferences.create(process, new Conference.Details("Skjult " + suffix,
				LocalDate.of(2031, 12, 1), LocalTime.of(9, 0), null, "Aarhus", 10, ConferenceStatus.PLANNED, null));
		assertThat(page.navigate(url("/public/conferences/" + conference)).status()).isEqualTo(404);
		page.navigate(url("/public/conferences"));
		assertThat(page.getByText("Skjult " + suffix)).hasCount(0);
		assertThat(page.navigate(url("/public/conference-registrations/" + "x".repeat(43))).status()).isEqualTo(404);
		assertThat(page.navigate(url("/public/conference-invitations/abc")).status()).isEqualTo(404);
		assertThat(page.navigate(url("/secretariat/roundtables/" + process + "/conference")).url()).endsWith("/login");
	}

	@Test
	void aParticipantAnswersAnInvitationOnTheirPageButNotAnotherPersonsInvitation() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String username = "inviteret-" + suffix;
		String email = username + "@test.kulturpuls.invalid";
		accounts.create(username, "Ida Inviteret " + suffix, email, "en-lang-adgangskode",
				java.util.Set.of(dk.kulturpuls.platform.Role.PARTICIPANT));
		UUID process = roundtables.create("Invitationsforløb " + suffix, "Test", 2026, 2026);
		UUID conference = conferences.create(process, new Conference.Details("Topmøde " + suffix,
				LocalDate.of(2031, 12, 10), LocalTime.of(9, 30), null, "Odense", 50,
				ConferenceStatus.REGISTRATION_OPEN, null));
		conferences.invite(conference, "Ida Inviteret", email.toUpperCase(java.util.Locale.ROOT), "Byrådet",
				java.util.Locale.of("da"));
		UUID others = conferences.invite(conference, "En Anden", "anden-" + suffix + "@test.kulturpuls.invalid",
				null, java.util.Locale.of("da"));

		page.navigate(url("/roundtable"));
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill("en-lang-adgangskode");
		click("Log ind");
		page.navigate(url("/roundtable"));
		assertThat(page.locator("#conference-invitations")).hasText("Invitationer til konferencen");
		assertThat(page.getByText("Dit svar: Inviteret, ikke svaret")).isVisible();
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja tak, jeg kommer til Topmøde " + suffix))
			.click();
		assertThat(status("Du har takket ja")).isVisible();
		assertThat(page.getByText("Dit svar: Takket ja")).isVisible();

		String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse foreign = context.request().post(url("/roundtable/conference-invitations/" + others),
				com.microsoft.playwright.options.RequestOptions.create()
					.setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf).set("answer", "accept"))
					.setMaxRedirects(0));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(conferences.invitations(conference)).filteredOn(i -> i.id().equals(others)).singleElement()
			.satisfies(i -> assertThat(i.status()).isEqualTo(InvitationStatus.INVITED));
	}
}
