package dk.kulturpuls.grants;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Change requests: the grantee's page lists the grant's requests with their decisions and takes a new one; the
 * officer's page lists them and approves or refuses the open ones. Another applicant's grant does not exist (404).
 */
@Controller
class GrantChangesController {

	private final Grants grants;
	private final GrantChanges changes;
	private final MessageSource messages;

	GrantChangesController(Grants grants, GrantChanges changes, MessageSource messages) {
		this.grants = grants;
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping("/applicant/grants/{id}/changes")
	String grantee(@PathVariable UUID id, Authentication user, Model model) {
		return granteePage(own(user, id), GrantChanges.ChangeForm.empty(), Map.of(), model);
	}

	@PostMapping("/applicant/grants/{id}/changes")
	String request(@PathVariable UUID id, GrantChanges.ChangeForm form, Authentication user, Model model,
			Locale locale, RedirectAttributes redirect) {
		Grants.GrantView grant = own(user, id);
		try {
			Map<String, String> errors = changes.request(user.getName(), id, form);
			if (!errors.isEmpty()) {
				return granteePage(grant, form, errors, model);
			}
		}
		catch (GrantException e) {
			model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return granteePage(grant, form, Map.of(), model);
		}
		redirect.addFlashAttribute("success", "grant.change.requested");
		return "redirect:/applicant/grants/" + id + "/changes";
	}

	@GetMapping("/officer/grants/{id}/changes")
	String officer(@PathVariable UUID id, Model model) {
		Grants.GrantView grant = grants.find(id).orElseThrow(GrantNotFoundException::new);
		model.addAttribute("grant", grant);
		model.addAttribute("changes", changes.of(id));
		return "grants/officer-changes";
	}

	@PostMapping("/officer/grants/{id}/changes/{change}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID change, @RequestParam(defaultValue = "") String note,
			Authentication user, Locale locale, RedirectAttributes redirect) {
		return decide(id, () -> changes.approve(user.getName(), id, change, note), "grant.change.approved", locale,
				redirect);
	}

	@PostMapping("/officer/grants/{id}/changes/{change}/refuse")
	String refuse(@PathVariable UUID id, @PathVariable UUID change, @RequestParam(defaultValue = "") String note,
			Authentication user, Locale locale, RedirectAttributes redirect) {
		return decide(id, () -> changes.refuse(user.getName(), id, change, note), "grant.change.refused", locale,
				redirect);
	}

	private String decide(UUID id, Runnable step, String success, Locale locale, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/officer/grants/" + id + "/changes";
	}

	private Grants.GrantView own(Authentication user, UUID id) {
		return grants.find(id).filter(g -> user.getName().equals(g.grantee())).orElseThrow(GrantNotFoundException::new);
	}

	private String granteePage(Grants.GrantView grant, GrantChanges.ChangeForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("grant", grant);
		model.addAttribute("changes", changes.of(grant.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("lines", changes.lines(grant));
		model.addAttribute("years", changes.years(grant));
		return "grants/applicant-changes";
	}
}
