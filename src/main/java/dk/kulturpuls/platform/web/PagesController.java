package dk.kulturpuls.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import dk.kulturpuls.platform.Role;

/** The front page, the accessibility statement and the start page dispatcher. */
@Controller
class PagesController {

	private final AccessibilityStatement statement;

	PagesController(AccessibilityStatement statement) {
		this.statement = statement;
	}

	@GetMapping("/")
	String home(WebRequest request, Model model) {
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("loggedOut"));
		return "platform/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "platform/accessibility";
	}

	/**
	 * The short address Digitaliseringsstyrelsen asks every site to have (www.&lt;site&gt;/was): the statement in
	 * the WAS-Tool once the programme has published it, the platform's own page until then.
	 */
	@GetMapping("/was")
	String was() {
		return "redirect:" + statement.href();
	}

	/** After login: the start page of the user's first role. */
	@GetMapping("/start")
	String start(Authentication authentication) {
		return Navigation.rolesOf(authentication).stream().findFirst()
				.map(role -> "redirect:" + role.startPath())
				.orElse("redirect:/");
	}
}
