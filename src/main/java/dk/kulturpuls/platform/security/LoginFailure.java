package dk.kulturpuls.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import dk.kulturpuls.platform.PendingConfirmations;

/**
 * A failed login goes back to the login page with the name typed. Spring Security refuses a disabled account
 * before it checks the password; only when the password then proves correct and the account waits for its e-mail
 * address to be confirmed does the page say so (and offer to send the link again). Every other failure, a wrong
 * password for an unconfirmed account included, reads the same "user name or password is wrong", so the page tells
 * nobody whether an address has an account.
 */
class LoginFailure implements AuthenticationFailureHandler {

	static final String UNCONFIRMED_ATTRIBUTE = "kulturpuls.login.unconfirmed";

	private final UserDetailsService users;
	private final PasswordEncoder passwords;
	private final ObjectProvider<PendingConfirmations> pending;

	LoginFailure(UserDetailsService users, PasswordEncoder passwords, ObjectProvider<PendingConfirmations> pending) {
		this.users = users;
		this.passwords = passwords;
		this.pending = pending;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		request.getSession().setAttribute(LoginThrottleFilter.USERNAME_ATTRIBUTE, username);
		if (exception instanceof DisabledException && awaitsConfirmation(username, request.getParameter("password"))) {
			request.getSession().setAttribute(UNCONFIRMED_ATTRIBUTE, username.trim().toLowerCase());
			response.sendRedirect(request.getContextPath() + "/login?unconfirmed");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private boolean awaitsConfirmation(String username, String password) {
		if (username == null || password == null) {
			return false;
		}
		UserDetails user;
		try {
			user = users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException e) {
			return false;
		}
		return passwords.matches(password, user.getPassword())
				&& pending.orderedStream().anyMatch(p -> p.awaitsConfirmation(user.getUsername()));
	}
}
