package dk.kulturpuls.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.kulturpuls.platform.Role;

/**
 * Start pages of the roles whose own work areas are built by later capabilities: each says what the role does
 * on the platform and where to begin. The officer's, applicant's, reviewer's and committee's start pages live in the funding module, the project
 * lead's in the projects module.
 */
@Controller
class RoleStartController {

	@GetMapping("/secretariat")
	String secretariat(Model model) {
		return start(Role.SECRETARIAT, model);
	}

	private static String start(Role role, Model model) {
		model.addAttribute("role", role);
		return "platform/start";
	}
}
