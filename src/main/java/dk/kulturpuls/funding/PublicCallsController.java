package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The open calls as everybody sees them, without logging in. */
@Controller
class PublicCallsController {

	private final Calls calls;

	PublicCallsController(Calls calls) {
		this.calls = calls;
	}

	@GetMapping("/public/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.open());
		model.addAttribute("upcoming", calls.upcoming());
		return "funding/calls";
	}

	@GetMapping("/public/calls/{id}")
	String call(@PathVariable String id, Model model, Authentication user) {
		model.addAttribute("call", calls.findPublic(new CallId(Calls.parse(id)))
			.orElseThrow(() -> new NotFoundException("call")));
		// Visitors are led to registration and log-in; of the logged-in users only applicants can apply.
		boolean loggedIn = user != null && user.isAuthenticated();
		model.addAttribute("loggedIn", loggedIn);
		model.addAttribute("canApply", !loggedIn || user.getAuthorities().stream()
			.anyMatch(authority -> ("ROLE_" + Role.APPLICANT.name()).equals(authority.getAuthority())));
		return "funding/call";
	}
}
