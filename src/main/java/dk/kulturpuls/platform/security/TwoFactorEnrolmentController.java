package dk.kulturpuls.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The logged-in user's own two-factor page: enrol an authenticator app (QR code, the secret as text, a code to
 * confirm), see the recovery codes once, and later how many recovery codes are left. The secret of an enrolment
 * that is not yet confirmed lives in the session only.
 */
@Controller
class TwoFactorEnrolmentController {

	static final String PENDING_SECRET = "kulturpuls.twoFactor.pendingSecret";

	private final TwoFactor twoFactor;
	private final TwoFactorSession session;

	TwoFactorEnrolmentController(TwoFactor twoFactor, TwoFactorSession session) {
		this.twoFactor = twoFactor;
		this.session = session;
	}

	@GetMapping(TwoFactorSession.ENROLMENT)
	String page(Authentication user, HttpSession httpSession, Model model) {
		if (!TwoFactor.hasFactor(user, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
			// logged in through OpenID Connect: the identity provider asks for the second factor
			model.addAttribute("external", true);
			return "platform/two-factor";
		}
		String username = user.getName();
		if (twoFactor.isEnrolled(username)) {
			if (twoFactor.isDue(user)) {
				// an app is enrolled but no code given yet: the second step first (no re-enrolment with a password)
				return "redirect:" + TwoFactorSession.SECOND_STEP;
			}
			model.addAttribute("enrolled", true);
			model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(username));
			return "platform/two-factor";
		}
		return enrolment(username, httpSession, model, user);
	}

	@PostMapping(TwoFactorSession.ENROLMENT)
	String confirm(@RequestParam(defaultValue = "") String code, Authentication user, HttpSession httpSession,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!TwoFactor.hasFactor(user, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				|| twoFactor.isEnrolled(user.getName())
				|| !(httpSession.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:" + TwoFactorSession.ENROLMENT;
		}
		Optional<List<String>> recoveryCodes = twoFactor.enrol(user.getName(), secret, code);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("failed", true);
			return enrolment(user.getName(), httpSession, model, user);
		}
		httpSession.removeAttribute(PENDING_SECRET);
		// the code proved the app: this session has given its second factor
		String onwards = session.complete(user, request, response);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes.get());
		redirect.addFlashAttribute("onwards", onwards);
		redirect.addFlashAttribute("success", "twoFactor.enrolled");
		return "redirect:" + TwoFactorSession.ENROLMENT;
	}

	private String enrolment(String username, HttpSession httpSession, Model model, Authentication user) {
		String secret = httpSession.getAttribute(PENDING_SECRET) instanceof String pending ? pending
				: twoFactor.newSecret();
		httpSession.setAttribute(PENDING_SECRET, secret);
		model.addAttribute("qrCode", twoFactor.qrCode(username, secret));
		model.addAttribute("secret", secret);
		model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
		model.addAttribute("mandatory", twoFactor.isDue(user));
		return "platform/two-factor";
	}
}
