package dk.kulturpuls.platform;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of mails the mail server has not taken: those still tried, with their attempts, last
 * error and next attempt, and those given up, each with "send again" (one attempt at once, audited).
 */
@Controller
class UndeliveredMailController {

	private final MailDelivery delivery;
	private final AuditTrail audit;

	UndeliveredMailController(MailDelivery delivery, AuditTrail audit) {
		this.delivery = delivery;
		this.audit = audit;
	}

	@GetMapping("/admin/outbox/undelivered")
	String undelivered(Model model) {
		model.addAttribute("mails", delivery.undelivered(200));
		model.addAttribute("mailServer", delivery.hasMailServer());
		return "platform/outbox-undelivered";
	}

	@PostMapping("/admin/outbox/{id}/send-again")
	String sendAgain(@PathVariable UUID id, RedirectAttributes redirect) {
		String mail = delivery.describe(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MailDelivery.Outcome outcome = delivery.sendAgain(id);
		audit.record("mail", id.toString(), "mail sent again", mail + ": " + outcome.name().toLowerCase());
		redirect.addFlashAttribute("success", "outbox.sendAgain." + outcome.name());
		return "redirect:/admin/outbox/undelivered";
	}
}
