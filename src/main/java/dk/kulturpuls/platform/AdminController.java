package dk.kulturpuls.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's start page: the accounts of the platform, new accounts and the latest audit events. */
@Controller
class AdminController {

	private final Accounts accounts;
	private final AuditTrail audit;
	private final MessageSource messages;

	private final Passwords passwords;

	AdminController(Accounts accounts, AuditTrail audit, MessageSource messages, Passwords passwords) {
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
		this.passwords = passwords;
	}

	@GetMapping("/admin")
	String start(Model model) {
		model.addAttribute("accounts", accounts.search(null, null, 0, 20));
		model.addAttribute("auditEvents", audit.latest(20));
		return "platform/admin";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm(null, null, null, Set.of(), null));
		return form(model);
	}

	@PostMapping("/admin/accounts")
	String create(@Validated @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.username() != null && accounts.exists(form.username())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (!errors.hasFieldErrors("password")) {
			passwords.weakness(form.password(), form.username(), form.displayName(), form.email())
				.ifPresent(key -> errors.rejectValue("password", key));
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		accounts.create(form.username(), form.displayName(), form.email(), form.password(),
				EnumSet.copyOf(form.roles()));
		redirect.addFlashAttribute("success", "account.created");
		return "redirect:/admin";
	}

	private String form(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("roleOptions", Arrays.stream(Role.values())
				.map(role -> new Option(role.name(), messages.getMessage(role.messageKey(), null, locale)))
				.toList());
		return "platform/account-form";
	}

	record AccountForm(
			@NotBlank @Pattern(regexp = "[a-zA-Z0-9._@-]{2,100}", message = "{account.username.pattern}") String username,
			@NotBlank @Size(max = 200) String displayName,
			@Email @Size(max = 200) String email,
			@NotEmpty(message = "{account.roles.empty}") Set<Role> roles,
			@NotBlank @Size(max = 200) @StrongPassword String password) {
	}
}
