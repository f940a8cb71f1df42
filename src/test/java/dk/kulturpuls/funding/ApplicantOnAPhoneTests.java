package dk.kulturpuls.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The applicant's form as an applicant meets it: the attachment limit the form states is the one the platform
 * enforces and the "file too large" page repeats; on a phone (390 × 844) the form, not the list of eight steps,
 * fills the first screen, and a table wider than the screen says that it scrolls.
 */
@ApplicationTest
class ApplicantOnAPhoneTests {

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

	/** A new applicant with a draft in the small pool's open call, logged in; the draft's address. */
	String draft() {
		UUID organisation = organisations.save(ApplicantOrganisation.artist("Telefonkunstner " + UUID.randomUUID()))
			.id();
		String user = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
		accounts.create(user, "Test Ansøger", user, PASSWORD, Set.of(Role.APPLICANT));
		Applicant applicant = new Applicant(user, "Test Ansøger", user, organisation, null, clock.instant());
		applicant.verify(clock.instant());
		applicants.save(applicant);
		Calls.CallView call = calls.open().stream().filter(c -> c.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow();
		UUID id = applications.start(user, call.id(), Map.of(0, false)).applicationId();
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		applications.describeProject(user, id, applications.get(user, id).application().version(), "Lommefortællinger",
				"Fortælleværksteder på telefonen", start, start.plusMonths(3).minusDays(1));
		Browser.logIn(page, url(""), user, PASSWORD);
		return url("/applicant/applications/" + id);
	}

	@Test
	void theAttachmentLimitInTheFormIsTheOneTheRefusalPageGives(@TempDir Path directory) throws IOException {
		String draft = draft();
		page.navigate(draft + "/attachments");
		Matcher hint = Pattern.compile("højst (\\d+) MB").matcher(page.locator("#file-hint").textContent());
		assertThat(hint.find()).as("the form states the limit").isTrue();
		int limit = Integer.parseInt(hint.group(1));

		Path tooLarge = directory.resolve("budget.pdf");
		try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
			file.setLength((limit + 1) * 1024L * 1024L);
		}
		page.locator("#file").setInputFiles(tooLarge);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Læg bilaget op")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Filen er for stor");
		assertThat(page.locator("main")).containsText("En fil må højst fylde " + limit + " MB");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til formularen")).click();
		assertThat(page).hasURL(draft + "/attachments");
	}

	@Test
	void onAPhoneTheStepListFoldsAndTheFormFillsTheFirstScreen() {
		page.setViewportSize(390, 844);
		String draft = draft();
		page.navigate(draft + "/offer");
		assertThat(page.locator(".kp-step-count")).containsText("Trin 2 af 8");
		// the eight steps are folded behind one line, and the form's first field is on the first screen
		assertThat(page.locator(".kp-steps-all > summary")).hasText("Vis alle 8 trin");
		assertThat(page.locator(".step-indicator")).isHidden();
		assertThat(page.locator("main form textarea, main form input:not([type=hidden]), main form select").first()
			.boundingBox().y).as("the first field within the first screen").isLessThan(844);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "step-offer-phone-folded");

		// opened with the keyboard, the list leads to any step
		page.locator(".kp-steps-all > summary").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator(".step-indicator")).isVisible();
		page.locator(".step-indicator").getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("Budget"))).click();
		assertThat(page).hasURL(draft + "/budget");
		Browser.screenshot(page, "step-budget-phone");

		// on a wide screen the list is simply there, with no fold
		page.setViewportSize(1280, 900);
		page.navigate(draft + "/offer");
		assertThat(page.locator(".step-indicator")).isVisible();
		assertThat(page.locator(".kp-steps-all > summary")).isHidden();
	}

	@Test
	void aTableWiderThanThePhoneSaysThatItScrolls() {
		page.setViewportSize(390, 844);
		draft();
		page.navigate(url("/applicant"));
		assertThat(page.locator(".kp-scroll-hint")).hasText(
				"Tabellen er bredere end skærmen: rul sidelæns i den for at se alle kolonner.");
		assertThat(page.locator(".kp-scroll-hint + .table--responsive-scroll")).hasAttribute("tabindex", "0");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "applicant-table-phone");
		// wide enough for every column: no hint
		page.setViewportSize(1280, 900);
		assertThat(page.locator(".kp-scroll-hint")).hasCount(0);
	}
}
