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

	@GetMapping("/")
	String home(WebRequest request, Model model) {
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("loggedOut"));
		return "platform/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "platform/accessibility";
	}

	/** After login: the start page of the user's first role. */
	@GetMapping("/start")
	String start(Authentication authentication) {
		return Navigation.rolesOf(authentication).stream().findFirst()
				.map(role -> "redirect:" + role.startPath())
				.orElse("redirect:/");
	}
}
