package dk.kulturpuls.roundtable.conference;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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

/**
 * The public conference pages: the programme and the registration form, and the personal pages behind the links
 * in the mails (a registration to see or cancel, an invitation to accept or decline).
 */
@Controller
class PublicConferenceController {

	private final Conferences conferences;

	PublicConferenceController(Conferences conferences) {
		this.conferences = conferences;
	}

	@GetMapping("/public/conferences")
	String list(Model model) {
		model.addAttribute("conferences", conferences.published());
		return "roundtable/conferences-public";
	}

	@GetMapping("/public/conferences/{id}")
	String page(@PathVariable UUID id, Model model) {
		ConferenceView conference = conference(id);
		if (conference.status() == ConferenceStatus.PLANNED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("conference", conference);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		return "roundtable/conference-public";
	}

	@PostMapping("/public/conferences/{id}/registrations")
	String register(@PathVariable UUID id, @Validated @ModelAttribute("form") RegistrationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceView conference = conference(id);
		if (!conference.registrationOpen()) {
			errors.reject("rtc.registration.closed");
		}
		if (errors.hasErrors()) {
			return page(id, model);
		}
		Conferences.Registered registered;
		try {
			registered = conferences.register(id, new Conferences.NewRegistration(form.name(), form.email(),
					form.organisation(), form.needs(), form.consent()), locale);
		}
		catch (ConferenceException e) {
			if ("rtc.registration.duplicate".equals(e.getMessage())) {
				errors.rejectValue("email", e.getMessage());
			}
			else {
				errors.reject(e.getMessage());
			}
			return page(id, model);
		}
		redirect.addFlashAttribute("justRegistered", true);
		return "redirect:/public/conference-registrations/" + registered.token();
	}

	@GetMapping("/public/conference-registrations/{token}")
	String registration(@PathVariable String token, Model model) {
		RegistrationView registration = conferences.registrationByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("registration", registration);
		model.addAttribute("conference", conference(registration.conferenceId()));
		model.addAttribute("token", token);
		return "roundtable/conference-registration";
	}

	@PostMapping("/public/conference-registrations/{token}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		RegistrationView registration = conferences.registrationByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (registration.status() != RegistrationStatus.CANCELLED) {
			try {
				conferences.cancel(token);
			}
			catch (ConferenceException e) {
				redirect.addFlashAttribute("cancelError", e.getMessage());
				return "redirect:/public/conference-registrations/" + token;
			}
		}
		redirect.addFlashAttribute("success", "rtc.registration.cancelledSaved");
		return "redirect:/public/conference-registrations/" + token;
	}

	@GetMapping("/public/conference-invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		InvitationView invitation = conferences.invitationByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("invitation", invitation);
		model.addAttribute("conference", conference(invitation.conferenceId()));
		model.addAttribute("token", token);
		return "roundtable/conference-invitation";
	}

	@PostMapping("/public/conference-invitations/{token}")
	String answer(@PathVariable String token, @RequestParam String answer, RedirectAttributes redirect) {
		conferences.invitationByToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!"accept".equals(answer) && !"decline".equals(answer)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			conferences.answer(token, "accept".equals(answer));
		}
		catch (ConferenceException e) {
			redirect.addFlashAttribute("answerError", e.getMessage());
			return "redirect:/public/conference-invitations/" + token;
		}
		redirect.addFlashAttribute("success", "accept".equals(answer) ? "rtc.invitation.acceptedSaved"
				: "rtc.invitation.declinedSaved");
		return "redirect:/public/conference-invitations/" + token;
	}

	private ConferenceView conference(UUID id) {
		return conferences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
