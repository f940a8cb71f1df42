package dk.kulturpuls.organisations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Option;

/** The secretariat's register of organisations and their contact people. */
@Controller
class OrganisationController {

	private final Organisations organisations;
	private final Accounts accounts;
	private final MessageSource messages;

	OrganisationController(Organisations organisations, Accounts accounts, MessageSource messages) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/secretariat/organisations")
	String list(Model model, Locale locale) {
		model.addAttribute("organisations", organisations.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OrganisationForm.empty());
		}
		return form(model, locale);
	}

	@PostMapping("/secretariat/organisations")
	String register(@Validated @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (form.cvr() != null && !form.cvr().isBlank() && !Cvr.isValid(form.cvr())) {
			errors.rejectValue("cvr", "organisations.cvr.invalid");
		}
		if (errors.hasErrors()) {
			model.addAttribute("organisations", organisations.all());
			return form(model, locale);
		}
		OrganisationId id = organisations.register(new Organisations.NewOrganisation(form.name(), form.type(),
				form.sector(), form.cvr(), form.municipalityCode()));
		redirect.addFlashAttribute("success", "organisations.registered");
		return "redirect:/secretariat/organisations/" + id;
	}

	@GetMapping("/secretariat/organisations/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("organisation", organisations.find(new OrganisationId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ContactForm.empty());
		}
		model.addAttribute("languages", List.of(
				new Option("da", messages.getMessage("organisations.contact.language.da", null, locale)),
				new Option("en", messages.getMessage("organisations.contact.language.en", null, locale))));
		return "organisations/show";
	}

	@PostMapping("/secretariat/organisations/{id}/contacts")
	String addContact(@PathVariable UUID id, @Validated @ModelAttribute("form") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		OrganisationId organisation = new OrganisationId(id);
		if (organisations.find(organisation).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (form.username() != null && !form.username().isBlank() && !accounts.exists(form.username())) {
			errors.rejectValue("username", "organisations.contact.username.unknown");
		}
		if (form.language() == null || !ContactForm.LANGUAGES.contains(form.language())) {
			errors.rejectValue("language", "organisations.contact.language.required");
		}
		if (errors.hasErrors()) {
			return show(id, model, locale);
		}
		organisations.addContact(organisation, form.name(), form.title(), form.email(), form.username(),
				Locale.forLanguageTag(form.language()));
		redirect.addFlashAttribute("success", "organisations.contact.added");
		return "redirect:/secretariat/organisations/" + id;
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("types", Arrays.stream(OrganisationType.values())
			.map(t -> new Option(t.name(), messages.getMessage(t.messageKey(), null, locale))).toList());
		model.addAttribute("sectors", Arrays.stream(Sector.values())
			.map(s -> new Option(s.name(), messages.getMessage(s.messageKey(), null, locale))).toList());
		return "organisations/list";
	}
}
