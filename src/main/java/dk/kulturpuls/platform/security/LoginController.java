package dk.kulturpuls.platform.security;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dk.kulturpuls.platform.PendingConfirmations;

/**
 * The login page, keeping the user name typed before a failed attempt; after a correct password for an account
 * whose e-mail address is not yet confirmed, it says so and sends the link again on request (to the account proved
 * in this session only, never to an address typed in).
 */
@Controller
class LoginController {

	static final String USERNAME_ATTRIBUTE = LoginThrottleFilter.USERNAME_ATTRIBUTE;
	static final String MINUTES_ATTRIBUTE = LoginThrottleFilter.MINUTES_ATTRIBUTE;

	private final OidcLogin oidcLogin;
	private final ObjectProvider<PendingConfirmations> pendingConfirmations;

	LoginController(OidcLogin oidcLogin, ObjectProvider<PendingConfirmations> pendingConfirmations) {
		this.oidcLogin = oidcLogin;
		this.pendingConfirmations = pendingConfirmations;
	}

	@GetMapping("/login")
	String login(WebRequest request, HttpServletRequest servletRequest, Model model) {
		// "?error" and "?throttled" carry no value: their presence is what counts
		model.addAttribute("failed", request.getParameterMap().containsKey("error"));
		model.addAttribute("throttled", request.getParameterMap().containsKey("throttled"));
		// a failed login left the name typed in the session; a first visit makes no session
		HttpSession session = servletRequest.getSession(false);
		model.addAttribute("unconfirmed", request.getParameterMap().containsKey("unconfirmed") && session != null
				&& session.getAttribute(LoginFailure.UNCONFIRMED_ATTRIBUTE) != null);
		model.addAttribute("resent", request.getParameterMap().containsKey("resent"));
		if (session != null) {
			model.addAttribute("username", session.getAttribute(USERNAME_ATTRIBUTE));
			model.addAttribute("throttleMinutes", session.getAttribute(MINUTES_ATTRIBUTE));
			session.removeAttribute(USERNAME_ATTRIBUTE);
			session.removeAttribute(MINUTES_ATTRIBUTE);
		}
		model.addAttribute("oidcProviders", oidcLogin.providers());
		return "platform/login";
	}

	@PostMapping("/login/confirmation")
	String resendConfirmation(HttpServletRequest request, Locale locale) {
		HttpSession session = request.getSession(false);
		Object username = session == null ? null : session.getAttribute(LoginFailure.UNCONFIRMED_ATTRIBUTE);
		if (username == null) {
			return "redirect:/login";
		}
		session.removeAttribute(LoginFailure.UNCONFIRMED_ATTRIBUTE);
		pendingConfirmations.orderedStream().filter(p -> p.awaitsConfirmation(username.toString()))
			.forEach(p -> p.resendConfirmation(username.toString(), locale));
		return "redirect:/login?resent";
	}
}
