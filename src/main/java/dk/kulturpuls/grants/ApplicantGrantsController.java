package dk.kulturpuls.grants;

import java.util.Locale;
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
 * The grantee's grants: the list, each grant with its amount, period, conditions, payment plan and obligations,
 * and the steps the grantee takes — accept with the conditions, decline, or give an accepted grant back (each
 * after a confirmation). Another applicant's grant does not exist (404).
 */
@Controller
class ApplicantGrantsController {

	private final Grants grants;
	private final GrantSteps steps;
	private final MessageSource messages;

	ApplicantGrantsController(Grants grants, GrantSteps steps, MessageSource messages) {
		this.grants = grants;
		this.steps = steps;
		this.messages = messages;
	}

	@GetMapping("/applicant/grants")
	String list(Authentication user, Model model) {
		model.addAttribute("grants", grants.of(user.getName()));
		return "grants/applicant-list";
	}

	@GetMapping("/applicant/grants/{id}")
	String grant(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("detail", grants.detailFor(user.getName(), id));
		return "grants/applicant-grant";
	}

	@PostMapping("/applicant/grants/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean acceptConditions,
			Authentication user, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			steps.accept(user.getName(), id, acceptConditions);
			redirect.addFlashAttribute("success", "grant.accepted");
			return "redirect:/applicant/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("detail", grants.detailFor(user.getName(), id));
			model.addAttribute("acceptError", text(e, locale));
			return "grants/applicant-grant";
		}
	}

	@GetMapping("/applicant/grants/{id}/decline")
	String confirmDecline(@PathVariable UUID id, Authentication user, Model model) {
		return confirm("decline", id, user, model, "");
	}

	@PostMapping("/applicant/grants/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Authentication user,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			steps.decline(user.getName(), id, reason);
			redirect.addFlashAttribute("success", "grant.declined");
			return "redirect:/applicant/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("reasonError", text(e, locale));
			return confirm("decline", id, user, model, reason);
		}
	}

	@GetMapping("/applicant/grants/{id}/give-back")
	String confirmGiveBack(@PathVariable UUID id, Authentication user, Model model) {
		return confirm("give-back", id, user, model, "");
	}

	@PostMapping("/applicant/grants/{id}/give-back")
	String giveBack(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Authentication user,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			steps.giveBack(user.getName(), id, reason);
			redirect.addFlashAttribute("success", "grant.givenBack");
			return "redirect:/applicant/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("reasonError", text(e, locale));
			return confirm("give-back", id, user, model, reason);
		}
	}

	private String confirm(String action, UUID id, Authentication user, Model model, String reason) {
		model.addAttribute("detail", grants.detailFor(user.getName(), id));
		model.addAttribute("action", action);
		model.addAttribute("reason", reason);
		return "grants/applicant-confirm";
	}

	private String text(GrantException e, Locale locale) {
		return messages.getMessage(e.messageKey(), e.arguments(), locale);
	}
}
