package dk.kulturpuls.funding;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Option;

/** Self-registration of applicants under /public/register, and the e-mail verification link. */
@Controller
class RegistrationController {

	private final Registration registration;
	private final MessageSource messages;
	private final PublicUrl publicUrl;

	RegistrationController(Registration registration, MessageSource messages, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.registration = registration;
		this.messages = messages;
	}

	@GetMapping("/public/register")
	String form(Model model, Locale locale) {
		model.addAttribute("form", RegistrationForm.empty());
		return show(model, locale);
	}

	@PostMapping("/public/register")
	String register(@Validated @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			Locale locale) {
		String email = form.email() == null ? "" : form.email().trim().toLowerCase(Locale.ROOT);
		if (!errors.hasFieldErrors("email") && !email.matches("[a-z0-9._@-]{2,100}")) {
			errors.rejectValue("email", "register.email.characters");
		}
		String cvr = ApplicantOrganisation.typedCvr(form.cvr());
		if (form.kind() == ApplicantKind.ORGANISATION) {
			if (form.organisationName() == null || form.organisationName().isBlank()) {
				errors.rejectValue("organisationName", "register.organisationName.required");
			}
			if (cvr.isEmpty()) {
				errors.rejectValue("cvr", "register.cvr.required");
			}
			else if (!dk.kulturpuls.organisations.Cvr.isValid(cvr)) {
				errors.rejectValue("cvr", "register.cvr.invalid");
			}
		}
		if (errors.hasErrors()) {
			return show(model, locale);
		}
		model.addAttribute("email", email);
		// the same words whether or not the CVR number is already registered: nobody learns who registered it
		model.addAttribute("organisation", form.kind() == ApplicantKind.ORGANISATION);
		if (registration.emailTaken(email)) {
			// the same answer as for a new address, so that nobody learns who has an account; the owner gets a mail
			registration.notifyExisting(email, publicUrl.of("/login"), locale);
			return "funding/registered";
		}
		String verifyUrl = publicUrl.of("/public/register/verify") + "?token=";
		registration.register(new Registration.NewApplicant(email, form.name(), form.kind(), form.organisationName(),
				cvr, form.password()), verifyUrl, locale);
		return "funding/registered";
	}

	@GetMapping("/public/register/verify")
	String verify(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("verified", registration.verify(token));
		return "funding/verified";
	}

	private String show(Model model, Locale locale) {
		model.addAttribute("kinds", Arrays.stream(ApplicantKind.values())
			.map(k -> new Option(k.name(), messages.getMessage(k.messageKey(), null, locale))).toList());
		return "funding/register";
	}
}
