package dk.kulturpuls.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of a login: a code from the authenticator app or a recovery code. Wrong codes count towards the
 * login throttle of the user name and the address, like wrong passwords.
 */
@Controller
class TwoFactorLoginController {

	private final TwoFactor twoFactor;
	private final TwoFactorSession session;
	private final LoginThrottle throttle;

	TwoFactorLoginController(TwoFactor twoFactor, TwoFactorSession session, LoginThrottle throttle) {
		this.twoFactor = twoFactor;
		this.session = session;
		this.throttle = throttle;
	}

	@GetMapping(TwoFactorSession.SECOND_STEP)
	String form(Authentication user) {
		if (!twoFactor.isDue(user)) {
			return "redirect:/start";
		}
		if (!twoFactor.isEnrolled(user.getName())) {
			return "redirect:" + TwoFactorSession.ENROLMENT;
		}
		return "platform/two-factor-login";
	}

	@PostMapping(TwoFactorSession.SECOND_STEP)
	String verify(@RequestParam(defaultValue = "") String code, Authentication user, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!twoFactor.isDue(user)) {
			return "redirect:/start";
		}
		if (!twoFactor.isEnrolled(user.getName())) {
			return "redirect:" + TwoFactorSession.ENROLMENT;
		}
		long minutes = throttle.minutesToWait(user.getName(), request.getRemoteAddr());
		if (minutes > 0) {
			redirect.addFlashAttribute("throttleMinutes", minutes);
			return "redirect:" + TwoFactorSession.SECOND_STEP;
		}
		if (!twoFactor.verify(user.getName(), code)) {
			throttle.recordFailure(user.getName(), request.getRemoteAddr());
			model.addAttribute("failed", true);
			return "platform/two-factor-login";
		}
		throttle.recordSuccess(user.getName());
		return "redirect:" + session.complete(user, request, response);
	}
}
