package dk.kulturpuls.roundtable.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

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

/** The secretariat's milestones page of a process: the timeline, a form to add one, and editing one. */
@Controller
class MilestoneController {

	private final Milestones milestones;
	private final Roundtables roundtables;
	private final MessageSource messages;
	private final Clock clock;

	MilestoneController(Milestones milestones, Roundtables roundtables, MessageSource messages, Clock clock) {
		this.milestones = milestones;
		this.roundtables = roundtables;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/secretariat/roundtables/{id}/milestones")
	String list(@PathVariable UUID id, Model model, Locale locale) {
		RoundtableView roundtable = roundtable(id);
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("milestones", milestones.timeline(id));
		choices(roundtable, model, locale);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MilestoneForm.empty());
		}
		return "roundtable/milestones";
	}

	@PostMapping("/secretariat/roundtables/{id}/milestones")
	String add(@PathVariable UUID id, @Validated @ModelAttribute("form") MilestoneForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		RoundtableView roundtable = roundtable(id);
		validate(roundtable, form, errors);
		if (errors.hasErrors()) {
			return list(id, model, locale);
		}
		UUID milestone = milestones.add(id, form.iteration(), form.kind(), form.title(), form.dueDate(),
				form.responsible());
		if (form.done()) {
			milestones.change(milestone, form.iteration(), form.kind(), form.title(), form.dueDate(),
					form.responsible(), true, form.doneOn());
		}
		redirect.addFlashAttribute("success", "rtp.milestone.added");
		return "redirect:/secretariat/roundtables/" + id + "/milestones";
	}

	@GetMapping("/secretariat/milestones/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		MilestoneView milestone = milestone(id);
		RoundtableView roundtable = roundtable(milestone.roundtableId());
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("milestone", milestone);
		choices(roundtable, model, locale);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MilestoneForm.of(milestone));
		}
		return "roundtable/milestones-edit";
	}

	@PostMapping("/secretariat/milestones/{id}")
	String change(@PathVariable UUID id, @Validated @ModelAttribute("form") MilestoneForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		MilestoneView milestone = milestone(id);
		validate(roundtable(milestone.roundtableId()), form, errors);
		if (errors.hasErrors()) {
			return edit(id, model, locale);
		}
		milestones.change(id, form.iteration(), form.kind(), form.title(), form.dueDate(), form.responsible(),
				form.done(), form.doneOn());
		redirect.addFlashAttribute("success", "rtp.milestone.changed");
		return "redirect:/secretariat/roundtables/" + milestone.roundtableId() + "/milestones";
	}

	@PostMapping("/secretariat/milestones/{id}/done")
	String done(@PathVariable UUID id, RedirectAttributes redirect) {
		MilestoneView milestone = milestone(id);
		if (milestone.status() == MilestoneStatus.DONE) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		milestones.markDoneToday(id);
		redirect.addFlashAttribute("success", "rtp.milestone.markedDone");
		return "redirect:/secretariat/roundtables/" + milestone.roundtableId() + "/milestones";
	}

	@PostMapping("/secretariat/milestones/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		MilestoneView milestone = milestone(id);
		milestones.remove(id);
		redirect.addFlashAttribute("success", "rtp.milestone.removed");
		return "redirect:/secretariat/roundtables/" + milestone.roundtableId() + "/milestones";
	}

	/** The rules that need the process or the clock; the whole form's errors are reported together. */
	private void validate(RoundtableView roundtable, MilestoneForm form, BindingResult errors) {
		if (form.iteration() != null
				&& (form.iteration() < roundtable.firstYear() || form.iteration() > roundtable.lastYear())) {
			errors.rejectValue("iteration", "rtp.milestone.iteration.outside");
		}
		if (form.done() && form.doneOn() == null && !errors.hasFieldErrors("doneOn")) {
			errors.rejectValue("doneOn", "rtp.milestone.doneOn.required");
		}
		if (form.done() && form.doneOn() != null && form.doneOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("doneOn", "rtp.milestone.doneOn.future");
		}
	}

	private void choices(RoundtableView roundtable, Model model, Locale locale) {
		model.addAttribute("iterations", IntStream.rangeClosed(roundtable.firstYear(), roundtable.lastYear())
			.mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y))).toList());
		model.addAttribute("kinds", Arrays.stream(MilestoneKind.values())
			.map(k -> new Option(k.name(), messages.getMessage(k.messageKey(), null, locale))).toList());
	}

	private MilestoneView milestone(UUID id) {
		return milestones.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
