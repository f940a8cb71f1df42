package dk.kulturpuls.roundtable.process;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.AuditTrail;

/** The secretariat's page of assignment reminders: those sent, and sending the due ones now. */
@Controller
class ReminderController {

	private final AssignmentReminders reminders;
	private final AuditTrail audit;
	private final Clock clock;

	ReminderController(AssignmentReminders reminders, AuditTrail audit, Clock clock) {
		this.reminders = reminders;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/secretariat/reminders")
	String list(Model model) {
		model.addAttribute("reminders", reminders.sent(200));
		model.addAttribute("daysBefore", reminders.daysBefore());
		return "roundtable/reminders";
	}

	@PostMapping("/secretariat/reminders")
	String sendNow(RedirectAttributes redirect) {
		AssignmentReminders.Result result = reminders.send(LocalDate.now(clock));
		audit.record("roundtable", "reminders", "reminders sent now", result.sent() + " sent");
		redirect.addFlashAttribute("remindersSent", result.sent());
		redirect.addFlashAttribute("remindersWithoutAddress", result.withoutAddress());
		return "redirect:/secretariat/reminders";
	}
}
