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
	private final GrantReports reports;
	private final MessageSource messages;
	private final GrantSettlement settlements;

	ApplicantGrantsController(Grants grants, GrantSteps steps, GrantReports reports, MessageSource messages,
			GrantSettlement settlements) {
		this.settlements = settlements;
		this.grants = grants;
		this.steps = steps;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/applicant/grants/{id}/reports/{obligation}")
	String report(@PathVariable UUID id, @PathVariable UUID obligation, Authentication user, Model model) {
		GrantReports.Report report = reports.forGrantee(user.getName(), id, obligation);
		model.addAttribute("report", report);
		model.addAttribute("form", report.form());
		model.addAttribute("errors", java.util.Map.of());
		return "grants/applicant-report";
	}

	@PostMapping("/applicant/grants/{id}/reports/{obligation}")
	String saveReport(@PathVariable UUID id, @PathVariable UUID obligation, GrantReports.ReportForm form,
			@RequestParam(defaultValue = "save") String action, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		boolean submit = "submit".equals(action);
		java.util.Map<String, String> errors;
		try {
			errors = reports.save(user.getName(), id, obligation, form, submit);
		}
		catch (GrantException e) {
			model.addAttribute("report", reports.forGrantee(user.getName(), id, obligation));
			model.addAttribute("form", form);
			model.addAttribute("errors", java.util.Map.of());
			model.addAttribute("errorText", text(e, locale));
			return "grants/applicant-report";
		}
		if (!errors.isEmpty()) {
			model.addAttribute("report", reports.forGrantee(user.getName(), id, obligation));
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			return "grants/applicant-report";
		}
		redirect.addFlashAttribute("success", submit ? "grant.report.submitted" : "grant.report.saved");
		return submit ? "redirect:/applicant/grants/" + id : "redirect:/applicant/grants/" + id + "/reports/" + obligation;
	}

	@GetMapping("/applicant/grants")
	String list(Authentication user, Model model) {
		model.addAttribute("grants", grants.of(user.getName()));
		return "grants/applicant-list";
	}

	@GetMapping("/applicant/grants/{id}")
	String grant(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("detail", grants.detailFor(user.getName(), id));
		model.addAttribute("settlement", settlements.find(id).orElse(null));
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
