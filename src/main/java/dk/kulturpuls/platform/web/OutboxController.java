package dk.kulturpuls.platform.web;

import dk.kulturpuls.platform.Mailer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mails the platform has sent, newest first: for the administrator always, and in the demo (where no SMTP
 * server is configured) to everybody so that a tester can follow a verification link.
 */
@Controller
class OutboxController {

	private final Mailer mailer;
	private final org.springframework.core.env.Environment environment;

	OutboxController(Mailer mailer, org.springframework.core.env.Environment environment) {
		this.mailer = mailer;
		this.environment = environment;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", mailer.latest(100));
		return "platform/outbox";
	}

	@GetMapping("/public/demo/outbox")
	String demoOutbox(Model model) {
		if (!environment.matchesProfiles("demo") || environment.matchesProfiles("production")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("mails", mailer.latest(20));
		return "platform/outbox";
	}
}
