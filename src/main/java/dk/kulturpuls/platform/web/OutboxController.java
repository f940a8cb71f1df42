package dk.kulturpuls.platform.web;

import dk.kulturpuls.platform.Mailer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mails the platform has sent, newest first, for administrators only: mails hold personal links
 * (verification, questionnaires, invitations), so not even the demo shows them to anybody else. Without a mail
 * server (the demo) a tester logs in as the demo administrator to follow a verification link.
 */
@Controller
class OutboxController {

	private final Mailer mailer;

	OutboxController(Mailer mailer) {
		this.mailer = mailer;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", mailer.latest(100));
		model.addAttribute("undelivered", mailer.undeliveredCount());
		return "platform/outbox";
	}
}
