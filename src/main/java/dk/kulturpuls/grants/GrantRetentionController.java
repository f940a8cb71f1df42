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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's list of grants whose documents are past retention, and the confirmation that deletes them. */
@Controller
class GrantRetentionController {

	private final GrantRetention retention;
	private final MessageSource messages;

	GrantRetentionController(GrantRetention retention, MessageSource messages) {
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping("/officer/grants/retention")
	String page(Model model) {
		model.addAttribute("due", retention.due());
		return "grants/officer-retention";
	}

	@PostMapping("/officer/grants/retention/{grant}/delete")
	String delete(@PathVariable UUID grant, Authentication user, Locale locale, RedirectAttributes redirect) {
		try {
			retention.delete(user.getName(), grant);
			redirect.addFlashAttribute("success", "grant.retention.deleted");
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/officer/grants/retention";
	}
}
