package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;

/** Security at the HTTP level, as a browser or an attacker meets it. */
@ApplicationTest
class SecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	CookieManager cookies;
	HttpClient http;

	@BeforeEach
	void newSession() {
		cookies = new CookieManager();
		http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	String csrfToken() throws IOException, InterruptedException {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
		assertThat(matcher.find()).as("login form has a CSRF token").isTrue();
		return matcher.group(1);
	}

	HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
		return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrfToken()));
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/login", "/programme" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> {
				assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
				assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
			});
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.body()).doesNotContain("<script>", "style=\"", " onclick=");
		}
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = post("/login", "username=officer&password=demo");
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void loginChangesTheSessionIdAndLeadsToTheRoleStartPage() throws Exception {
		csrfToken();
		String before = sessionId();
		HttpResponse<String> response = login("officer", "demo");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
		assertThat(sessionId()).isNotNull().isNotEqualTo(before);
		HttpResponse<String> start = get("/start");
		assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/officer"));
	}

	@Test
	void eachRoleSeesOnlyItsOwnArea() throws Exception {
		assertThat(get("/officer").statusCode()).as("anonymous is sent to login").isEqualTo(302);
		assertThat(get("/officer").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		login("reviewer", "demo");
		assertThat(get("/reviewer").statusCode()).isEqualTo(200);
		for (String other : new String[] { "/admin", "/officer", "/applicant", "/project-lead", "/secretariat",
				"/committee", "/officer/projects" }) {
			HttpResponse<String> response = get(other);
			assertThat(response.statusCode()).as(other).isEqualTo(403);
			assertThat(response.body()).as(other).contains("Du har ikke adgang");
		}
	}

	@Test
	void passwordsAreStoredHashedWithBcrypt() {
		String hash = jdbc.sql("select password_hash from platform_account where username = 'officer'")
			.query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
	}

	@Test
	void repeatedWrongPasswordsLockTheUserNameWithAClearMessage() throws Exception {
		String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Throttle Test", null, "a-correct-password", EnumSet.of(Role.REVIEWER));
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> failed = login(username, "wrong-" + attempt);
			assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		HttpResponse<String> throttled = login(username, "a-correct-password");
		assertThat(throttled.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
		String page = get("/login?throttled").body();
		assertThat(page).contains("For mange forsøg").contains("Vent 15 minutter");
		assertThat(get("/reviewer").statusCode()).as("still not logged in").isEqualTo(302);

		// another user from the same address is not affected
		HttpResponse<String> other = login("reviewer", "demo");
		assertThat(other.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		assertThat(get("/reviewer").statusCode()).isEqualTo(200);
	}

	@Test
	void operationsEndpointsAnswer() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "*/*");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/readiness", "*/*").statusCode()).isEqualTo(200);
		for (String path : java.util.List.of("/actuator", "/actuator/info", "/actuator/prometheus")) {
			assertThat(get(path, "*/*").statusCode()).as("anonymous " + path).isIn(302, 401);
		}
		assertThat(get("/actuator/env", "*/*").statusCode()).as("not exposed").isIn(302, 401, 404);

		login("reviewer", "demo");
		for (String path : java.util.List.of("/actuator", "/actuator/info", "/actuator/prometheus")) {
			assertThat(get(path, "*/*").statusCode()).as("a reviewer on " + path).isEqualTo(403);
		}

		newSession();
		login("admin", "demo");
		assertThat(get("/actuator/info", "*/*").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", "*/*").body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void unknownAndUnverifiedNamesAreThrottledLikeEveryOther() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String unverified = "unverified-" + suffix;
		accounts.createDisabled(unverified, "Ikke Bekræftet", null, "a-correct-password", EnumSet.of(Role.APPLICANT));
		for (String username : java.util.List.of(unverified, "nobody-" + suffix)) {
			for (int attempt = 1; attempt <= 5; attempt++) {
				assertThat(login(username, "wrong-" + attempt).headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			}
			assertThat(login(username, "wrong-6").headers().firstValue("Location")).as(username)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
		}
	}

	@Test
	void publicPagesMakeNoServerSideSession() throws Exception {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		for (String path : java.util.List.of("/", "/programme", "/public/calls", "/public/projects", "/login",
				"/public/register", "/accessibility")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
		}
		assertThat(sessionId()).isNull();
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single())
			.as("no session row for anonymous visitors").isLessThanOrEqualTo(before);

		// the forms still carry a CSRF token, and a post without it is refused
		assertThat(get("/public/register").body()).contains("name=\"_csrf\"");
		assertThat(post("/public/register", "name=x").statusCode()).isEqualTo(403);
	}

	@Test
	void roundtablePagesAreForParticipantsOnly() throws Exception {
		login("officer", "demo");
		assertThat(get("/roundtable").statusCode()).isEqualTo(403);
		assertThat(get("/roundtable/votes").statusCode()).isEqualTo(403);
		newSession();
		login("participant", "demo");
		assertThat(get("/roundtable").statusCode()).isEqualTo(200);
		assertThat(get("/roundtable/votes").statusCode()).isEqualTo(200);
	}

	@Test
	void theOutboxWithItsPersonalLinksIsForAdministratorsOnly() throws Exception {
		assertThat(get("/public/demo/outbox").statusCode()).isEqualTo(404);
		assertThat(get("/admin/outbox").statusCode()).isEqualTo(302);
		login("officer", "demo");
		assertThat(get("/admin/outbox").statusCode()).isEqualTo(403);
		newSession();
		login("admin", "demo");
		assertThat(get("/admin/outbox").statusCode()).isEqualTo(200);
	}

	@Test
	void theLanguageSwitchKeepsTheChoiceInACookie() throws Exception {
		assertThat(get("/programme?lang=en").body()).contains("<html lang=\"en\"").contains("The programme");
		assertThat(get("/programme").body()).as("remembered").contains("<html lang=\"en\"");
		assertThat(get("/programme?lang=de").body()).as("unsupported falls back to Danish")
			.contains("<html lang=\"da\"").contains("Programmet");
	}

	/** Issue 14.1: a redirect never echoes a Host header the client chose. */
	@Test
	void aForeignHostHeaderIsNotEchoedInRedirects() throws IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("GET /project-lead/outcomes HTTP/1.1\r\nHost: evil.example\r\n"
					+ "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			assertThat(head).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login")
				.doesNotContain("evil.example");
		}
	}

	/** Absolute links come from the configured public address, never from the request. */
	@Test
	void absoluteLinksUseTheConfiguredPublicAddress() {
		org.springframework.mock.env.MockEnvironment configured = new org.springframework.mock.env.MockEnvironment()
			.withProperty("kulturpuls.public-url", "https://kulturpuls.example.dk/");
		assertThat(new PublicUrl(configured).of("/public/q/{token}", "a b"))
			.isEqualTo("https://kulturpuls.example.dk/public/q/a%20b");
		org.springframework.mock.env.MockEnvironment demo = new org.springframework.mock.env.MockEnvironment()
			.withProperty("local.server.port", "8080");
		assertThat(new PublicUrl(demo).base()).isEqualTo("http://localhost:8080");
	}

	/** Issue 14.3: registering with an address that has an account answers as for a new one; the owner gets a mail. */
	@Test
	void registrationDoesNotTellWhoHasAnAccount() throws IOException, InterruptedException {
		String taken = "taken-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
		String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
		accounts.create(taken, "Har en bruger", taken, "Tre blå ænder på Limfjorden", EnumSet.of(Role.APPLICANT));
		String csrf = csrfToken();
		HttpResponse<String> existing = post("/public/register", "email=" + enc(taken) + "&name=Eva&kind=INDIVIDUAL"
				+ "&password=" + enc("Tre blå ænder på Limfjorden") + "&_csrf=" + enc(csrf));
		HttpResponse<String> created = post("/public/register", "email=" + enc(fresh) + "&name=Eva&kind=INDIVIDUAL"
				+ "&password=" + enc("Tre blå ænder på Limfjorden") + "&_csrf=" + enc(csrf));
		assertThat(existing.statusCode()).isEqualTo(200);
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(existing.body()).doesNotContain("allerede").contains(taken);
		assertThat(main(existing.body()).replace(taken, "X")).isEqualTo(main(created.body()).replace(fresh, "X"));
		assertThat(mailer.to(taken)).anySatisfy(m -> assertThat(m.body()).contains("findes allerede en bruger")
			.contains("http://127.0.0.1:" + port + "/login"));
		assertThat(mailer.to(fresh)).anySatisfy(m -> assertThat(m.body())
			.contains("http://127.0.0.1:" + port + "/public/register/verify?token="));
	}

	static String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}
}
