package dk.kulturpuls.platform.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a login attempt while its user name or address is throttled, before any password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String USERNAME_ATTRIBUTE = "kulturpuls.login.username";
	static final String MINUTES_ATTRIBUTE = "kulturpuls.login.throttleMinutes";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		long minutes = throttle.minutesToWait(username, request.getRemoteAddr());
		if (minutes > 0) {
			request.getSession().setAttribute(USERNAME_ATTRIBUTE, username);
			request.getSession().setAttribute(MINUTES_ATTRIBUTE, minutes);
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}
}
