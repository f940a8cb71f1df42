package dk.kulturpuls.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The session between the two steps of a login. After the password, a user who owes a second factor keeps only
 * the password factor: the session gets its roles when a code from the app (or a recovery code) has been given, or
 * when an app has been enrolled. Until then every page that needs a login sends the user to the second step.
 */
@Component
class TwoFactorSession {

	static final String SECOND_STEP = "/login/two-factor";
	static final String ENROLMENT = "/account/two-factor";

	private final TwoFactor twoFactor;
	private final UserDetailsService users;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final RequestCache requests = new HttpSessionRequestCache();

	TwoFactorSession(TwoFactor twoFactor, UserDetailsService users) {
		this.twoFactor = twoFactor;
		this.users = users;
	}

	/** After the password: to the second step (or to enrolment) without roles, or on as before. */
	AuthenticationSuccessHandler afterPassword(String defaultTarget) {
		SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
		onwards.setDefaultTargetUrl(defaultTarget);
		return (request, response, authentication) -> {
			if (!twoFactor.isDue(authentication)) {
				onwards.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			Authentication pending = authentication.toBuilder()
				.authorities(authorities -> authorities.removeIf(a -> !(a instanceof FactorGrantedAuthority)))
				.build();
			save(pending, request, response);
			response.sendRedirect(request.getContextPath()
					+ (twoFactor.isEnrolled(authentication.getName()) ? SECOND_STEP : ENROLMENT));
		};
	}

	/**
	 * The second factor was given: the session gets the user's roles (as they are now) and the TOTP factor, under a
	 * new session id. Returns where the user was going, as a path.
	 */
	String complete(Authentication current, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> roles = new ArrayList<>(users.loadUserByUsername(current.getName()).getAuthorities());
		Authentication complete = current.toBuilder()
			.authorities(authorities -> {
				authorities.removeIf(a -> !(a instanceof FactorGrantedAuthority));
				authorities.addAll(roles);
				authorities.add(FactorGrantedAuthority.fromAuthority(TwoFactor.FACTOR));
			})
			.build();
		request.changeSessionId();
		save(complete, request, response);
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		// a path, never the saved absolute URL: its host came from the request
		if (saved instanceof DefaultSavedRequest original && "GET".equals(original.getMethod())) {
			String query = original.getQueryString();
			return original.getRequestURI().substring(request.getContextPath().length())
					+ (query == null ? "" : "?" + query);
		}
		return "/start";
	}

	/** Sends a session that still owes its second factor to the second step, keeping the page it asked for. */
	void toSecondStep(HttpServletRequest request, HttpServletResponse response) throws IOException {
		requests.saveRequest(request, response);
		response.sendRedirect(request.getContextPath() + SECOND_STEP);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
