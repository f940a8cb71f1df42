package dk.kulturpuls.platform;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's notification settings: which mails are always sent, and for each optional kind whether it comes at once,
 * in a daily digest or not by mail.
 */
@Controller
class NotificationSettingsController {

	private final MailPreferences preferences;

	NotificationSettingsController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account/notifications")
	String settings(Principal user, Model model) {
		model.addAttribute("always", Arrays.stream(MailKind.values()).filter(kind -> !kind.optional()).toList());
		model.addAttribute("choices", preferences.of(user.getName()));
		model.addAttribute("options", List.of(MailKind.Choice.values()));
		return "platform/notifications";
	}

	/** The form sends one field per optional kind, named after the kind; others are refused with 400. */
	@PostMapping("/account/notifications")
	String save(Principal user, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		Map<MailKind, MailKind.Choice> chosen = new EnumMap<>(MailKind.class);
		for (MailKind kind : MailKind.values()) {
			String value = fields.get(kind.name());
			if (value == null) {
				continue;
			}
			if (!kind.optional()) {
				throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.BAD_REQUEST, kind + " is always sent");
			}
			try {
				chosen.put(kind, MailKind.Choice.valueOf(value));
			}
			catch (IllegalArgumentException e) {
				throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.BAD_REQUEST, "no such choice");
			}
		}
		preferences.save(user.getName(), chosen);
		redirect.addFlashAttribute("success", "notifications.saved");
		return "redirect:/account/notifications";
	}
}
