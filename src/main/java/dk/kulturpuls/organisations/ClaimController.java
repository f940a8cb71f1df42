package dk.kulturpuls.organisations;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.kulturpuls.platform.StrongPassword;

/**
 * The organisation claims: the officer's list of pending claims with confirm and reject; the applicant's page of
 * their organisation, where a confirmed administrator invites colleagues; the invitation link's page.
 */
@Controller
class ClaimController {

	record InviteForm(@NotBlank @Email @Size(max = 200) String email) {
	}

	record AcceptForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) @StrongPassword String password) {
	}

	private final OrganisationClaims claims;

	ClaimController(OrganisationClaims claims) {
		this.claims = claims;
	}

	@GetMapping("/officer/organisation-claims")
	String pending(Model model) {
		model.addAttribute("claims", claims.pending());
		return "organisations/claims";
	}

	@PostMapping("/officer/organisation-claims/{id}/confirm")
	String confirm(@PathVariable UUID id, Principal officer, RedirectAttributes redirect) {
		return decide(() -> claims.confirm(id, officer.getName()), "organisations.claims.confirmed", redirect);
	}

	@PostMapping("/officer/organisation-claims/{id}/reject")
	String reject(@PathVariable UUID id, Principal officer, RedirectAttributes redirect) {
		return decide(() -> claims.reject(id, officer.getName()), "organisations.claims.rejected", redirect);
	}

	private String decide(Runnable step, String success, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (ClaimException e) {
			redirect.addFlashAttribute("claimError", e.messageKey());
		}
		return "redirect:/officer/organisation-claims";
	}

	@GetMapping("/applicant/organisation")
	String organisation(Principal user, Model model) {
		var claim = claims.ofClaimant(user.getName());
		model.addAttribute("claim", claim.orElse(null));
		model.addAttribute("invitations", claim.filter(c -> c.status() == OrganisationClaims.Status.CONFIRMED)
			.map(c -> claims.invitations(c.id())).orElse(java.util.List.of()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new InviteForm(null));
		}
		return "organisations/organisation";
	}

	@PostMapping("/applicant/organisation/invitations")
	String invite(@Validated @ModelAttribute("form") InviteForm form, BindingResult errors, Principal user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return organisation(user, model);
		}
		try {
			claims.invite(user.getName(), form.email(), locale);
		}
		catch (ClaimException e) {
			model.addAttribute("claimError", e.messageKey());
			return organisation(user, model);
		}
		redirect.addFlashAttribute("success", "organisations.invitation.sent");
		return "redirect:/applicant/organisation";
	}

	@GetMapping("/public/invitation")
	String invitation(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("invitation", claims.open(token).orElse(null));
		model.addAttribute("token", token == null ? "" : token);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AcceptForm(null, null));
		}
		return "organisations/invitation";
	}

	@GetMapping("/public/invitation/accepted")
	String accepted(Model model) {
		model.addAttribute("accepted", true);
		return "organisations/invitation";
	}

	@PostMapping("/public/invitation")
	String accept(@RequestParam(required = false) String token, @Validated @ModelAttribute("form") AcceptForm form,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				claims.accept(token, form.name(), form.password());
				return "redirect:/public/invitation/accepted";
			}
			catch (ClaimException e) {
				errors.reject(e.messageKey());
			}
		}
		return invitation(token, model);
	}
}
