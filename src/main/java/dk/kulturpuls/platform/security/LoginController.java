package dk.kulturpuls.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The login page, keeping the user name typed before a failed attempt. */
@Controller
class LoginController {

	static final String USERNAME_ATTRIBUTE = LoginThrottleFilter.USERNAME_ATTRIBUTE;
	static final String MINUTES_ATTRIBUTE = LoginThrottleFilter.MINUTES_ATTRIBUTE;

	private final OidcLogin oidcLogin;

	LoginController(OidcLogin oidcLogin) {
		this.oidcLogin = oidcLogin;
	}

	@GetMapping("/login")
	String login(WebRequest request, HttpServletRequest servletRequest, Model model) {
		// "?error" and "?throttled" carry no value: their presence is what counts
		model.addAttribute("failed", request.getParameterMap().containsKey("error"));
		model.addAttribute("throttled", request.getParameterMap().containsKey("throttled"));
		// a failed login left the name typed in the session; a first visit makes no session
		HttpSession session = servletRequest.getSession(false);
		if (session != null) {
			model.addAttribute("username", session.getAttribute(USERNAME_ATTRIBUTE));
			model.addAttribute("throttleMinutes", session.getAttribute(MINUTES_ATTRIBUTE));
			session.removeAttribute(USERNAME_ATTRIBUTE);
			session.removeAttribute(MINUTES_ATTRIBUTE);
		}
		model.addAttribute("oidcProviders", oidcLogin.providers());
		return "platform/login";
	}
}
