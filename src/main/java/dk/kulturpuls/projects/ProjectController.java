package dk.kulturpuls.projects;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Option;
import dk.kulturpuls.platform.Role;

/** The officer's list of projects and form to register one by hand; the project lead's own projects. */
@Controller
class ProjectController {

	private final Projects projects;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final Accounts accounts;

	ProjectController(Projects projects, ProgrammeCatalogue catalogue, Municipalities municipalities,
			Accounts accounts) {
		this.projects = projects;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.accounts = accounts;
	}

	@GetMapping("/officer/projects")
	String list(Model model) {
		model.addAttribute("projects", projects.all());
		model.addAttribute("projectBase", "/officer/projects");
		return "projects/list";
	}

	@GetMapping("/officer/projects/new")
	String newProject(Model model, Locale locale) {
		model.addAttribute("form", ProjectForm.empty());
		return form(model, locale);
	}

	@PostMapping("/officer/projects")
	String register(@Validated @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (form.endDate() != null && form.startDate() != null && form.endDate().isBefore(form.startDate())) {
			errors.rejectValue("endDate", "project.endDate.beforeStart");
		}
		if (form.offerType() != null && catalogue.offerType(form.offerType()).isEmpty()) {
			errors.rejectValue("offerType", "project.offerType.unknown");
		}
		Set<String> staff = staffOf(form.staff());
		for (String username : staff) {
			boolean lead = accounts.find(username).map(a -> a.roles().contains(Role.PROJECT_LEAD)).orElse(false);
			if (!lead) {
				errors.rejectValue("staff", "project.staff.unknown", new Object[] { username }, null);
			}
		}
		if (errors.hasErrors()) {
			return form(model, locale);
		}
		projects.register(new Projects.NewProject(form.name(), form.summary(), form.leadOrganisation(),
				form.offerType(), form.targetGroups(), form.municipalities(), form.startDate(), form.endDate(),
				form.publiclyVisible(), staff));
		redirect.addFlashAttribute("success", "project.registered");
		return "redirect:/officer/projects";
	}

	@GetMapping("/project-lead")
	String mine(Authentication authentication, Model model) {
		model.addAttribute("projects", projects.forStaff(authentication.getName()));
		model.addAttribute("projectBase", "/project-lead/projects");
		return "projects/mine";
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("offerTypes",
				catalogue.offerTypes().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				catalogue.targetGroups().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("municipalityOptions", municipalities.inRegion(Municipalities.NORTH_JUTLAND).stream()
			.map(m -> new Option(m.code().value(), m.name())).toList());
		return "projects/form";
	}

	private static Set<String> staffOf(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
