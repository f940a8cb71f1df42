package dk.kulturpuls.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.security.TwoFactor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The administrator's account list and account page: find an account, change its name, e-mail and roles, or
 * stop it from logging in. Every change is in the audit trail; the administrator cannot lock themself out.
 */
@Controller
class AccountAdminController {

	static final int PAGE_SIZE = 50;

	private final Accounts accounts;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final TwoFactor twoFactor;

	AccountAdminController(Accounts accounts, AuditTrail audit, MessageSource messages, TwoFactor twoFactor) {
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Role selected = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
		model.addAttribute("q", q);
		model.addAttribute("role", selected == null ? "" : selected.name());
		model.addAttribute("result", accounts.search(q, selected, page, PAGE_SIZE));
		model.addAttribute("roleOptions", roleOptions(locale));
		return "platform/accounts";
	}

	@GetMapping("/admin/accounts/{username}")
	String show(@PathVariable String username, Model model, Locale locale) {
		Accounts.AccountView account = find(username);
		// the administrator reads the person's data: the person sees it in their download (access-log.json)
		audit.record("account", account.id().toString(), "viewed", null);
		model.addAttribute("account", account);
		model.addAttribute("form", new AccountChange(account.displayName(), account.email(), account.roles(),
				account.enabled()));
		model.addAttribute("events", audit.eventsFor("account", account.id().toString()));
		model.addAttribute("roleOptions", roleOptions(locale));
		model.addAttribute("twoFactorEnrolled", twoFactor.isEnrolled(account.username()));
		return "platform/account";
	}

	/** Asks before the second factor of a user who lost their phone is removed. */
	@GetMapping("/admin/accounts/{username}/two-factor/reset")
	String confirmTwoFactorReset(@PathVariable String username, Model model) {
		Accounts.AccountView account = find(username);
		if (!twoFactor.isEnrolled(account.username())) {
			return "redirect:/admin/accounts/" + account.username();
		}
		model.addAttribute("account", account);
		return "platform/two-factor-reset";
	}

	/**
	 * Removes the user's app and recovery codes (audited) and ends the user's sessions: whoever has the lost phone
	 * and an open session is logged out, and the user enrols again at the next login.
	 */
	@PostMapping("/admin/accounts/{username}/two-factor/reset")
	String resetTwoFactor(@PathVariable String username, RedirectAttributes redirect) {
		Accounts.AccountView account = find(username);
		if (twoFactor.reset(account.username())) {
			accounts.endSessions(account.username());
			redirect.addFlashAttribute("success", "admin.twoFactor.reset.done");
		}
		return "redirect:/admin/accounts/" + account.username();
	}

	@PostMapping("/admin/accounts/{username}")
	String change(@PathVariable String username, @Validated @ModelAttribute("form") AccountChange form,
			BindingResult errors, Authentication user, Model model, Locale locale, RedirectAttributes redirect) {
		Accounts.AccountView account = find(username);
		boolean self = account.username().equals(user.getName());
		if (self && !form.enabled()) {
			errors.rejectValue("enabled", "account.self.disable");
		}
		if (self && form.roles() != null && !form.roles().contains(Role.ADMIN)) {
			errors.rejectValue("roles", "account.self.admin");
		}
		if (errors.hasErrors()) {
			model.addAttribute("account", account);
			model.addAttribute("events", audit.eventsFor("account", account.id().toString()));
			model.addAttribute("roleOptions", roleOptions(locale));
			model.addAttribute("twoFactorEnrolled", twoFactor.isEnrolled(account.username()));
			return "platform/account";
		}
		accounts.change(account.username(), form.displayName(), blankToNull(form.email()),
				EnumSet.copyOf(form.roles()), form.enabled());
		redirect.addFlashAttribute("success", "account.changed");
		return "redirect:/admin/accounts/" + account.username();
	}

	private Accounts.AccountView find(String username) {
		return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private java.util.List<Option> roleOptions(Locale locale) {
		return Arrays.stream(Role.values())
			.map(role -> new Option(role.name(), messages.getMessage(role.messageKey(), null, locale)))
			.toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	record AccountChange(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email,
			@NotEmpty(message = "{account.roles.empty}") Set<Role> roles, boolean enabled) {
	}
}
