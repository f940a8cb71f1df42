package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.test.context.ActiveProfiles;

import dk.kulturpuls.KulturpulsApplication;
import dk.kulturpuls.WebSession;

/**
 * With {@code kulturpuls.security.two-factor.required=true} (as in the production profile) a user whose role sees
 * personal or health data and who has no app yet is sent to enrolment after the password and can do nothing
 * else until it is done; applicants are not asked. A context of its own (the setting differs), on fresh accounts
 * so that the demo accounts of the shared database stay as they are.
 */
@SpringBootTest(classes = KulturpulsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "kulturpuls.security.two-factor.required=true")
@ActiveProfiles({ "demo", "test" })
class TwoFactorRequiredTests {

	static final String PASSWORD = "en-lang-adgangskode";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuthorizationManagerFactory<RequestAuthorizationContext> authorization;

	String newUser(Role role) {
		String username = "krav-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Karl Krav", username + "@test.kulturpuls.invalid", PASSWORD, EnumSet.of(role));
		return username;
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	@Test
	void anOfficerWithoutAnAppIsSentToEnrolmentAndCanDoNothingElseUntilItIsDone() {
		String username = newUser(Role.PROGRAMME_OFFICER);
		WebSession session = new WebSession(port);
		HttpResponse<String> login = session.post("/login", session.page("/login"),
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(login)).isEqualTo("/account/two-factor");

		for (String path : new String[] { "/start", "/officer", "/officer/projects" }) {
			HttpResponse<String> refused = session.get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(302);
			assertThat(location(refused)).as(path).isEqualTo("/login/two-factor");
		}
		assertThat(location(session.get("/login/two-factor"))).isEqualTo("/account/two-factor");

		Document enrolment = session.page("/account/two-factor");
		assertThat(enrolment.text()).contains("Din rolle giver adgang til personoplysninger");
		String secret = TotpCodes.secretOf(enrolment);
		HttpResponse<String> done = session.post("/account/two-factor", enrolment, Map.of("code", TotpCodes.code(secret, 0)));
		assertThat(location(done)).isEqualTo("/account/two-factor");
		Document codes = session.page("/account/two-factor");
		assertThat(codes.select("#recovery-codes li")).hasSize(10);
		assertThat(codes.selectFirst("a.button-primary").attr("href")).as("on to the page first asked for")
			.isEqualTo("/officer/projects");
		assertThat(session.get("/officer").statusCode()).isEqualTo(200);

		// the next login asks for the code
		WebSession next = new WebSession(port);
		assertThat(location(next.post("/login", next.page("/login"), Map.of("username", username, "password", PASSWORD))))
			.isEqualTo("/login/two-factor");
	}

	@Test
	void anOpenIdConnectLoginIsNotAskedEvenForARoleThatNeedsTwoFactors() {
		// an OIDC user whose name is also a local officer's, who would have to enrol after a password login
		String username = newUser(Role.PROGRAMME_OFFICER);
		List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Role.PROGRAMME_OFFICER.authority()),
				FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", username));
		Authentication oidc = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "keycloak");
		Authentication password = UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(Role.PROGRAMME_OFFICER.authority()),
						FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
		RequestAuthorizationContext officerPage = new RequestAuthorizationContext(new MockHttpServletRequest("GET", "/officer"));

		assertThat(authorization.hasRole(Role.PROGRAMME_OFFICER.name()).authorize(() -> oidc, officerPage).isGranted())
			.isTrue();
		assertThat(authorization.hasRole(Role.PROGRAMME_OFFICER.name()).authorize(() -> password, officerPage).isGranted())
			.isFalse();
	}

	@Test
	void anApplicantIsNotAskedForASecondFactor() {
		String username = newUser(Role.APPLICANT);
		WebSession session = new WebSession(port);
		HttpResponse<String> login = session.post("/login", session.page("/login"),
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(login)).endsWith("/start");
		assertThat(location(session.get("/start"))).endsWith("/applicant");
	}
}
