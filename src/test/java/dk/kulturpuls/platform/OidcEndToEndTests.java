package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.kulturpuls.KulturpulsApplication;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * OpenID Connect end to end against a real provider started in the test (mock-oauth2-server: discovery, authorize,
 * token, JWKS and end-session endpoints): the login page's button leads through the provider and back, the roles
 * come from the ID token's claim, the provider's login counts as the second factor, and logging out ends the session
 * here and at the provider.
 */
@SpringBootTest(classes = KulturpulsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"kulturpuls.oidc.enabled=true", "kulturpuls.oidc.roles-claim=roles",
		"kulturpuls.security.two-factor.required=true",
		"spring.security.oauth2.client.registration.mitid.client-id=kulturpuls",
		"spring.security.oauth2.client.registration.mitid.client-secret=secret",
		"spring.security.oauth2.client.registration.mitid.client-name=MitID Erhverv",
		"spring.security.oauth2.client.registration.mitid.scope=openid,profile",
		"spring.security.oauth2.client.registration.mitid.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.mitid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}" })
@ActiveProfiles({ "demo", "test" })
class OidcEndToEndTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void providerAddress(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.mitid.issuer-uri",
				() -> provider.issuerUrl("mitid").toString());
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Test
	void anOfficerLogsInThroughTheProviderGetsTheRoleOfTheClaimAndLogsOutThere() throws Exception {
		Browser browser = new Browser();
		String login = browser.get("/login").body();
		assertThat(login).contains("Log ind med MitID Erhverv").contains("href=\"/oauth2/authorization/mitid\"");

		provider.enqueueCallback(new DefaultOAuth2TokenCallback("mitid", "oidc-officer-1", "JWT", List.of("kulturpuls"),
				Map.of("roles", List.of("programme_officer"), "name", "Olga Officer"), 3600));
		HttpResponse<String> landed = browser.follow("/oauth2/authorization/mitid");
		// back at the platform, the start page leads to the officer's area
		assertThat(landed.uri().getPath()).isEqualTo("/officer");
		assertThat(landed.statusCode()).isEqualTo(200);

		// the provider's login is the second factor: the officer's pages open although two factors are required
		HttpResponse<String> officer = browser.get("/officer");
		assertThat(officer.statusCode()).isEqualTo(200);
		assertThat(officer.uri().getPath()).isEqualTo("/officer");
		// only the role of the claim: the administrator's pages stay closed
		assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(browser.get("/applicant").statusCode()).isEqualTo(403);

		// logging out here sends the browser to the provider's end-session endpoint with the ID token and the
		// address back (the configured public address), and the provider sends it back to the start page
		String page = browser.get("/officer").body();
		HttpResponse<String> logout = browser.post("/logout", "_csrf=" + csrf(page));
		assertThat(logout.statusCode()).isEqualTo(302);
		String endSession = logout.headers().firstValue("Location").orElseThrow();
		assertThat(endSession).startsWith(provider.issuerUrl("mitid").toString()).contains("id_token_hint=");
		String back = URLDecoder.decode(endSession.replaceFirst(".*post_logout_redirect_uri=([^&]*).*", "$1"),
				StandardCharsets.UTF_8);
		assertThat(back).isEqualTo("http://127.0.0.1:" + port + "/?loggedOut");

		HttpResponse<String> afterProvider = browser.follow(endSession);
		assertThat(afterProvider.uri().toString()).isEqualTo("http://127.0.0.1:" + port + "/?loggedOut");
		HttpResponse<String> again = browser.get("/officer");
		assertThat(again.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void aUserWithoutAKnownRoleLogsInButReachesNoRolesPages() throws Exception {
		Browser browser = new Browser();
		browser.get("/login");
		provider.enqueueCallback(new DefaultOAuth2TokenCallback("mitid", "oidc-stranger-1", "JWT", List.of("kulturpuls"),
				Map.of("roles", List.of("superuser", "root")), 3600));
		HttpResponse<String> landed = browser.follow("/oauth2/authorization/mitid");
		assertThat(landed.statusCode()).isLessThan(500);
		for (String page : List.of("/officer", "/admin/accounts", "/applicant", "/reviewer", "/committee",
				"/secretariat", "/project-lead", "/roundtable")) {
			assertThat(browser.get(page).statusCode()).as(page).isEqualTo(403);
		}
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

	/** A browser without redirects of its own, so that each hop between the platform and the provider is seen. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String path) throws Exception {
			return follow(path);
		}

		/** GET and follow redirects, across hosts, up to ten hops. */
		HttpResponse<String> follow(String pathOrUrl) throws Exception {
			URI uri = absolute(pathOrUrl);
			HttpResponse<String> response = null;
			for (int hop = 0; hop < 10; hop++) {
				response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 != 3) {
					return response;
				}
				uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
			}
			return response;
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(absolute(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI absolute(String pathOrUrl) {
			return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
					: URI.create("http://127.0.0.1:" + port + pathOrUrl);
		}
	}
}
