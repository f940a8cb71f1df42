package dk.kulturpuls.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * A file over the upload limit gets a page in Danish that gives the limits and leads back to the form, in a real
 * browser: not the container's bare 413, and not "no access" from a CSRF check that could not read the form.
 */
@ApplicationTest
class UploadLimitTests {

	@LocalServerPort
	int port;

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

	@ParameterizedTest(name = "{0} MB")
	@ValueSource(ints = { 21, 61 })
	void aFileOverTheLimitGetsAPageWithTheLimitsAndTheWayBack(int megabytes, @TempDir Path directory)
			throws IOException {
		Browser.logIn(page, url(""), "officer", "demo");
		page.navigate(url("/officer/knowledge/new"));
		page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("En meget stor rapport");
		// over the limit of one file (kulturpuls.files.max-size, 20 MB), and over the limit of a whole request (60 MB)
		Path tooLarge = directory.resolve("stor.pdf");
		try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
			file.setLength(megabytes * 1024L * 1024L);
		}
		page.locator("input[type=file]").setInputFiles(tooLarge);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Filen er for stor");
		assertThat(page.locator("main")).containsText("En fil må højst fylde 20 MB");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til formularen")).click();
		assertThat(page).hasURL(url("/officer/knowledge/new"));
	}
}
