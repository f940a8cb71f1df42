package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.context.ActiveProfiles;

import dk.kulturpuls.KulturpulsApplication;

/** OpenID Connect login is switched on by properties alone: the login page offers it and it redirects to the IdP. */
@SpringBootTest(classes = KulturpulsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"kulturpuls.oidc.enabled=true",
		"spring.security.oauth2.client.registration.keycloak.client-id=kulturpuls",
		"spring.security.oauth2.client.registration.keycloak.client-secret=secret",
		"spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
		"spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
		"spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.keycloak.authorization-uri=https://idp.example/auth",
		"spring.security.oauth2.client.provider.keycloak.token-uri=https://idp.example/token",
		"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://idp.example/certs",
		"spring.security.oauth2.client.provider.keycloak.user-name-attribute=sub" })
@ActiveProfiles({ "demo", "test" })
class OidcLoginTests {

	@LocalServerPort
	int port;

	@Test
	void theLoginPageOffersTheProviderAndRedirectsToIt() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(login).contains("Log ind med Keycloak").contains("/oauth2/authorization/keycloak");

		HttpResponse<String> redirect = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/keycloak")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.startsWith("https://idp.example/auth?").contains("client_id=kulturpuls").contains("scope=openid"));
	}

	@Test
	void rolesComeFromTheConfiguredClaim() {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "u1", "roles", List.of("programme_officer", "unknown-role")));
		Collection<? extends GrantedAuthority> mapped = dk.kulturpuls.platform.security.OidcRoles
			.mapper("roles").mapAuthorities(List.of(new OidcUserAuthority(token)));
		assertThat(mapped).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_PROGRAMME_OFFICER");
	}
}
