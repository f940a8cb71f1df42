package dk.kulturpuls.roundtable.conference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Option;
import dk.kulturpuls.roundtable.RoundtableView;
import dk.kulturpuls.roundtable.Roundtables;

/** The secretariat's conference page of a process: details, programme, invitations, registrations. */
@Controller
class SecretariatConferenceController {

	private final Conferences conferences;
	private final Roundtables roundtables;
	private final MessageSource messages;

	SecretariatConferenceController(Conferences conferences, Roundtables roundtables, MessageSource messages) {
		this.conferences = conferences;
		this.roundtables = roundtables;
		this.messages = messages;
	}

	@GetMapping("/secretariat/roundtables/{id}/conference")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		RoundtableView roundtable = roundtable(id);
		Optional<ConferenceView> conference = conferences.ofProcess(id);
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("conference", conference.orElse(null));
		model.addAttribute("statuses", Arrays.stream(ConferenceStatus.values())
			.map(s -> new Option(s.name(), messages.getMessage(s.messageKey(), null, locale))).toList());
		model.addAttribute("languages", List.of(new Option("da", messages.getMessage("rtc.language.da", null, locale)),
				new Option("en", messages.getMessage("rtc.language.en", null, locale))));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", conference.map(ConferenceForm::of).orElseGet(ConferenceForm::empty));
		}
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", ItemForm.empty());
		}
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", InvitationForm.empty());
		}
		conference.ifPresent(c -> {
			List<RegistrationView> all = conferences.registrations(c.id());
			model.addAttribute("confirmed", all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList());
			model.addAttribute("waiting", all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList());
			model.addAttribute("cancelled", all.stream().filter(r -> r.status() == RegistrationStatus.CANCELLED).toList());
			model.addAttribute("invitations", conferences.invitations(c.id()));
		});
		return "roundtable/conference";
	}

	@PostMapping("/secretariat/roundtables/{id}/conference")
	String save(@PathVariable UUID id, @Validated @ModelAttribute("form") ConferenceForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		roundtable(id);
		if (!errors.hasFieldErrors("startsAt") && !errors.hasFieldErrors("endsAt") && form.startTime() != null
				&& form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
			errors.rejectValue("endsAt", "rtc.endsAt.beforeStart");
		}
		if (errors.hasErrors()) {
			return page(id, model, locale);
		}
		Optional<ConferenceView> existing = conferences.ofProcess(id);
		try {
			if (existing.isPresent()) {
				conferences.change(existing.get().id(), form.details());
			}
			else {
				conferences.create(id, form.details());
			}
		}
		catch (ConferenceException e) {
			errors.rejectValue("capacity", e.getMessage(), e.arguments(), null);
			return page(id, model, locale);
		}
		redirect.addFlashAttribute("success", existing.isPresent() ? "rtc.saved" : "rtc.created");
		return "redirect:/secretariat/roundtables/" + id + "/conference";
	}

	@PostMapping("/secretariat/conferences/{conference}/programme")
	String addItem(@PathVariable UUID conference, @Validated @ModelAttribute("itemForm") ItemForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceView c = conference(conference);
		if (errors.hasErrors()) {
			return page(c.roundtableId(), model, locale);
		}
		conferences.addItem(conference, new ProgrammeItem(TimeOfDay.parse(form.itemTime()), form.itemTitle().strip(),
				form.itemSpeaker() == null || form.itemSpeaker().isBlank() ? null : form.itemSpeaker().strip()));
		redirect.addFlashAttribute("success", "rtc.programme.added");
		return "redirect:/secretariat/roundtables/" + c.roundtableId() + "/conference#programme-heading";
	}

	@PostMapping("/secretariat/conferences/{conference}/programme/{index}/delete")
	String removeItem(@PathVariable UUID conference, @PathVariable int index, RedirectAttributes redirect) {
		ConferenceView c = conference(conference);
		if (index < 0 || index >= c.programme().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		conferences.removeItem(conference, index);
		redirect.addFlashAttribute("success", "rtc.programme.removed");
		return "redirect:/secretariat/roundtables/" + c.roundtableId() + "/conference#programme-heading";
	}

	@PostMapping("/secretariat/conferences/{conference}/invitations")
	String invite(@PathVariable UUID conference, @Validated @ModelAttribute("invitationForm") InvitationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceView c = conference(conference);
		if (!errors.hasFieldErrors("inviteeEmail") && form.inviteeEmail() != null && conferences.invitations(conference)
			.stream().anyMatch(i -> i.email().equalsIgnoreCase(form.inviteeEmail().strip()))) {
			errors.rejectValue("inviteeEmail", "rtc.invitation.duplicate");
		}
		if (errors.hasErrors()) {
			return page(c.roundtableId(), model, locale);
		}
		conferences.invite(conference, form.inviteeName(), form.inviteeEmail(), form.inviteeAffiliation(),
				Locale.of(form.language()));
		redirect.addFlashAttribute("success", "rtc.invitation.sent");
		return "redirect:/secretariat/roundtables/" + c.roundtableId() + "/conference#invitations-heading";
	}

	private ConferenceView conference(UUID id) {
		return conferences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
