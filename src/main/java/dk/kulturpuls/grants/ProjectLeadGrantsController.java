package dk.kulturpuls.grants;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.kulturpuls.projects.Projects;

/**
 * The grant of a project, read-only for its project leads: amount, conditions, payment plan and its status,
 * obligations with due dates. Found by the granted application's id, which links the project to its grant; for
 * anyone not on that project's staff it does not exist (404). The officer's address redirects to the grant's page.
 */
@Controller
class ProjectLeadGrantsController {

	private final Grants grants;
	private final Projects projects;
	private final GrantSettlement settlements;

	ProjectLeadGrantsController(Grants grants, Projects projects, GrantSettlement settlements) {
		this.settlements = settlements;
		this.grants = grants;
		this.projects = projects;
	}

	@GetMapping("/project-lead/grants/{application}")
	String grant(@PathVariable UUID application, Authentication user, Model model) {
		if (!projects.isStaffOfGrant(application, user.getName())) {
			throw new GrantNotFoundException();
		}
		Grants.GrantView grant = grants.forApplication(application).orElseThrow(GrantNotFoundException::new);
		model.addAttribute("detail", grants.detail(grant.id()));
		model.addAttribute("settlement", settlements.find(grant.id()).orElse(null));
		return "grants/lead-grant";
	}

	@GetMapping("/officer/grants/by-application/{application}")
	String officer(@PathVariable UUID application) {
		return "redirect:/officer/grants/" + grants.forApplication(application)
			.orElseThrow(GrantNotFoundException::new).id();
	}
}
