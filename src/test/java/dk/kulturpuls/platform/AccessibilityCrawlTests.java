package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * Walks every page a user of each role can reach by following links from the start page, as a keyboard or
 * screen-reader user would, and checks each one: it answers without an error (a link the user is shown never
 * ends in 403, 404 or 500), no message key is missing, and axe-core finds no serious or critical WCAG 2.1 A/AA
 * violation. One page per route is visited (identifiers in the path and query values do not make a new route),
 * so a new module's pages are checked as soon as the menu or a page links to them.
 */
@ApplicationTest
class AccessibilityCrawlTests {

	private static final int MAX_PAGES_PER_ROLE = 80;

	private static final Pattern IDENTIFIER = Pattern
		.compile("^([0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{20,})$");

	private static final Pattern NOT_A_PAGE = Pattern.compile(
			".*(\\.(pdf|csv|xlsx|docx|zip|png|jpe?g|svg|json|geojson|js|css)(\\?.*)?$|/logout|/api/|/actuator|/vendor/|/v3/|"
					+ "/swagger|/export|/download|/files?/|/attachments?/|/qr|/print).*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+_(da|en)[A-Za-z_]*\\?\\?");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "every page {0} reaches is accessible")
	@ValueSource(strings = { "anonymous", "admin", "officer", "reviewer", "committee", "applicant", "projectlead",
			"secretariat", "participant" })
	void everyReachablePageIsAccessible(String user) {
		BrowserContext context = Browser.newContext();
		try {
			Page page = context.newPage();
			String start = "/";
			if (!"anonymous".equals(user)) {
				Browser.logIn(page, url(""), user, "demo");
				start = URI.create(page.url()).getPath();
				assertThat(start).as("%s is logged in", user).isNotEqualTo("/login");
			}
			List<String> problems = crawl(page, start, user);
			assertThat(problems).as("pages %s reaches", user).isEmpty();
		}
		finally {
			context.close();
		}
	}

	private List<String> crawl(Page page, String start, String user) {
		List<String> problems = new ArrayList<>();
		Set<String> routes = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start, "/"));
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
			String path = queue.poll();
			if (!routes.add(route(path))) {
				continue;
			}
			visited++;
			Response response;
			try {
				response = page.navigate(url(path));
			}
			catch (PlaywrightException e) {
				if (e.getMessage().contains("Download is starting")) {
					continue; // a file, not a page
				}
				throw e;
			}
			int status = response == null ? 0 : response.status();
			if (status >= 400) {
				problems.add(path + " answered " + status + " (linked from a page " + user + " sees)");
				continue;
			}
			String html = page.content();
			var missing = MISSING_MESSAGE.matcher(html);
			if (missing.find()) {
				problems.add(path + " shows a missing message: " + missing.group());
			}
			problems.addAll(violations(page, path));
			for (Object href : (List<?>) page.evaluate(
					"() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")) {
				String link = samePageOrigin(String.valueOf(href), path);
				if (link != null && !NOT_A_PAGE.matcher(link).matches() && !routes.contains(route(link))) {
					queue.add(link);
				}
			}
		}
		System.out.printf("Accessibility crawl as %s: %d pages: %s%n", user, visited, routes);
		assertThat(visited).as("pages visited for %s", user).isGreaterThan(1);
		return problems;
	}

	private static List<String> violations(Page page, String path) {
		return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList())
			.toList();
	}

	/** The link as a path (with query) on this server, or null when it leads elsewhere or nowhere. */
	private String samePageOrigin(String href, String from) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
				|| href.startsWith("javascript:")) {
			return null;
		}
		URI resolved = URI.create(url(from)).resolve(href.replace(" ", "%20"));
		if (!"127.0.0.1".equals(resolved.getHost()) || resolved.getPort() != port) {
			return null;
		}
		String query = resolved.getRawQuery();
		if (query != null && query.contains("lang=")) {
			return null;
		}
		return resolved.getRawPath() + (query == null ? "" : "?" + query);
	}

	/** The route of a path: identifiers replaced, query values dropped, so /x/17?a=1 and /x/18?a=2 are one. */
	private static String route(String path) {
		String[] parts = path.split("\\?", 2);
		StringBuilder route = new StringBuilder();
		for (String segment : parts[0].split("/")) {
			if (!segment.isEmpty()) {
				route.append('/').append(IDENTIFIER.matcher(segment).matches() ? "{id}" : segment);
			}
		}
		if (parts.length > 1) {
			Set<String> keys = new TreeSet<>();
			for (String pair : parts[1].split("&")) {
				keys.add(pair.split("=", 2)[0]);
			}
			route.append('?').append(String.join("&", keys));
		}
		return route.isEmpty() ? "/" : route.toString();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
