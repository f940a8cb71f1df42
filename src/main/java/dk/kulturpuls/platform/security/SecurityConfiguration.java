package dk.kulturpuls.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dk.kulturpuls.platform.PendingConfirmations;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Role;

/**
 * Who may see what. Public pages are listed here; everything else needs a login, and each role's own area
 * needs that role. CSRF protection is on for every form, the session id changes at login, and the
 * Content-Security-Policy allows only the platform's own origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, OidcSettings oidc,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations, Environment environment,
			TwoFactorSession twoFactor, UserDetailsService users, PasswordEncoder passwords,
			ObjectProvider<PendingConfirmations> pendingConfirmations, PublicUrl publicUrl) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/login/confirmation", "/error", "/error/**", "/favicon.ico", "/vendor/**", "/css/**",
						"/js/**", "/img/**", "/accessibility", "/was", "/geography/**", "/programme", "/api/**",
						"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui", "/swagger-ui/**", "/public/**")
				.permitAll()
				// metrics and info tell an attacker the routes and versions: administrators only, or a scraper on a
				// separate management port that the network keeps internal (docs/operations.md)
				.requestMatchers(onManagementPort(environment)).permitAll()
				// the second step of a login and the enrolment of an app: logged in with a password, second factor
				// or not (a plain authenticated(), without the second-factor rule of twoFactorAuthorization)
				.requestMatchers(TwoFactorSession.SECOND_STEP, TwoFactorSession.ENROLMENT)
				.access(AuthenticatedAuthorizationManager.authenticated())
				.requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/officer/**").hasRole(Role.PROGRAMME_OFFICER.name())
				.requestMatchers("/reviewer/**").hasRole(Role.REVIEWER.name())
				.requestMatchers("/committee/**").hasRole(Role.COMMITTEE.name())
				.requestMatchers("/applicant/**").hasRole(Role.APPLICANT.name())
				.requestMatchers("/project-lead/**").hasRole(Role.PROJECT_LEAD.name())
				.requestMatchers("/secretariat/**").hasRole(Role.SECRETARIAT.name())
				.requestMatchers("/roundtable", "/roundtable/**").hasRole(Role.PARTICIPANT.name())
				.anyRequest().authenticated())
			.formLogin(form -> form
				.loginPage("/login")
				.successHandler(twoFactor.afterPassword("/start"))
				.failureHandler(new LoginFailure(users, passwords, pendingConfirmations)))
			.logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
			// a page refused only for the missing second factor leads to the second step, and back after it
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					(request, response, exception) -> twoFactor.toSecondStep(request, response), TwoFactor.FACTOR))
			// the CSRF token lives in a cookie, not in a server-side session: anonymous visitors of public pages
			// get no session row (a session starts at login or at a form post that needs one)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
			// load the token before the page is written, so that its cookie is set while headers can still change;
			// not for style sheets, scripts and images: fetched in parallel without the cookie yet (a first visit, or
			// cookies just cleared), each would set a token of its own over the one in the page's forms
			.addFilterAfter(new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					if (!isStaticResource(request)
							&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
						token.getToken();
					}
					chain.doFilter(request, response);
				}
			}, CsrfFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
				.frameOptions(frame -> frame.deny()));
		if (oidc.enabled()) {
			if (clientRegistrations.getIfAvailable() == null) {
				throw new IllegalStateException("kulturpuls.oidc.enabled=true but no "
						+ "spring.security.oauth2.client.registration.* is configured (see docs/security.md)");
			}
			ClientRegistrationRepository registrations = clientRegistrations.getObject();
			http.oauth2Login(login -> login.loginPage("/login")
				.defaultSuccessUrl("/start", false)
				.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(OidcRoles.mapper(oidc.rolesClaim()))));
			// logging out of the platform also ends the session at the provider (RP-initiated logout, when its
			// discovery document names an end_session_endpoint), which sends the browser back to the start page;
			// a local account's logout is unchanged. The address back is the configured public one, never the
			// request's Host header.
			http.logout(logout -> logout.logoutSuccessHandler((request, response, authentication) -> {
				OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(
						registrations);
				provider.setPostLogoutRedirectUri(publicUrl.of("/") + "?loggedOut");
				provider.setDefaultTargetUrl("/?loggedOut");
				provider.onLogoutSuccess(request, response, authentication);
			}));
		}
		return http.build();
	}

	static boolean isStaticResource(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/vendor/")
				|| path.startsWith("/images/") || path.startsWith("/fonts/") || path.equals("/favicon.ico");
	}

	static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("KP-CSRF");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * Requests that arrive on a management port of their own ({@code management.server.port}, different from the
	 * application's port). Without such a port nothing matches, and the actuator is for administrators only.
	 */
	static RequestMatcher onManagementPort(Environment environment) {
		Integer managementPort = environment.getProperty("management.server.port", Integer.class);
		Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
		if (managementPort == null || managementPort <= 0 || managementPort.equals(serverPort)) {
			return request -> false;
		}
		return request -> request.getLocalPort() == managementPort;
	}

	/**
	 * Spring Security's multi-factor rules (7.1): every rule that needs a login (authenticated(), hasRole(), …) also
	 * needs the TOTP factor while {@link TwoFactor#isDue} holds, i.e. for a password login whose user has an app
	 * enrolled or, when two factors are required, a role that sees personal or health data. Not
	 * {@code @EnableMultiFactorAuthentication}, which would ask every user, OpenID Connect users too.
	 */
	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> twoFactorAuthorization(TwoFactor twoFactor) {
		return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
			.requireFactors(TwoFactor.FACTOR)
			.when(twoFactor::isDue)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the {id} prefix so that the algorithm can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * OpenID Connect login (a MitID broker, Keycloak, …), off by default.
	 *
	 * @param enabled show "log in with …" and accept OIDC logins
	 * @param rolesClaim the ID token or user-info claim holding the platform role names
	 */
	@ConfigurationProperties("kulturpuls.oidc")
	record OidcSettings(@DefaultValue("false") boolean enabled, @DefaultValue("roles") String rolesClaim) {
	}
}
