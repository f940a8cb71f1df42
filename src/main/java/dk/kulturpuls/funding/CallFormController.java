package dk.kulturpuls.funding;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Option;

/** The programme officer drafts a new call; it is published from the list of calls. */
@Controller
class CallFormController {

	private final Calls calls;
	private final PoolRepository pools;
	private final ProgrammeCatalogue catalogue;

	CallFormController(Calls calls, PoolRepository pools, ProgrammeCatalogue catalogue) {
		this.calls = calls;
		this.pools = pools;
		this.catalogue = catalogue;
	}

	@GetMapping("/officer/calls/new")
	String form(Model model, Locale locale) {
		model.addAttribute("form", CallForm.empty());
		return show(model, locale);
	}

	@PostMapping("/officer/calls")
	String create(@Validated @ModelAttribute("form") CallForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.pool() != null && !pools.existsById(form.pool())) {
			errors.rejectValue("pool", "callForm.pool.unknown");
		}
		List<Criterion> criteria = new ArrayList<>();
		List<EligibilityQuestion> questions = new ArrayList<>();
		List<RequiredAttachment> attachments = new ArrayList<>();
		int line = 0;
		for (String text : lines(form.criteria())) {
			line++;
			String[] parts = text.split(";");
			try {
				criteria.add(new Criterion(LocalizedText.of(parts[0].strip(), null), Integer.parseInt(parts[1].strip()),
						Integer.parseInt(parts[2].strip())));
			}
			catch (RuntimeException e) {
				errors.rejectValue("criteria", "callForm.criteria.line", new Object[] { line }, null);
			}
		}
		if (!criteria.isEmpty() && criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
			errors.rejectValue("criteria", "call.error.weights");
		}
		line = 0;
		for (String text : lines(form.questions())) {
			line++;
			String[] parts = text.split(";");
			String answer = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
			if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()
					|| !(answer.equals("ja") || answer.equals("nej") || answer.equals("yes") || answer.equals("no"))) {
				errors.rejectValue("questions", "callForm.questions.line", new Object[] { line }, null);
				continue;
			}
			questions.add(new EligibilityQuestion(LocalizedText.of(parts[0].strip(), null),
					answer.equals("ja") || answer.equals("yes"), LocalizedText.of(parts[2].strip(), null)));
		}
		line = 0;
		for (String text : lines(form.attachments())) {
			line++;
			String[] parts = text.split(";");
			try {
				attachments.add(new RequiredAttachment(parts[0].strip(), LocalizedText.of(parts[1].strip(), null)));
			}
			catch (RuntimeException e) {
				errors.rejectValue("attachments", "callForm.attachments.line", new Object[] { line }, null);
			}
		}
		if (form.offerTypes().isEmpty()) {
			errors.rejectValue("offerTypes", "callForm.offerTypes.required");
		}
		ZonedDateTime opens = at(form.opensDate(), form.opensTime());
		ZonedDateTime deadline = at(form.deadlineDate(), form.deadlineTime());
		if (opens != null && deadline != null && !deadline.isAfter(opens)) {
			errors.rejectValue("deadlineDate", "callForm.deadline.beforeOpening");
		}
		if (errors.hasErrors()) {
			return show(model, locale);
		}
		calls.create(new PoolId(form.pool()), LocalizedText.of(form.titleDa(), form.titleEn()),
				LocalizedText.of(form.textDa(), form.textEn()), opens.toInstant(), deadline.toInstant(),
				form.offerTypes(), form.targetGroups(), criteria, questions, attachments);
		redirect.addFlashAttribute("success", "call.created");
		return "redirect:/officer/calls";
	}

	private static ZonedDateTime at(java.time.LocalDate date, String time) {
		if (date == null || time == null || !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
			return null;
		}
		return ZonedDateTime.of(date, LocalTime.parse(time), Formats.ZONE);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
	}

	private String show(Model model, Locale locale) {
		model.addAttribute("pools", pools.findAll().stream()
			.map(p -> new Option(p.id().value().toString(), p.name().in(locale))).toList());
		model.addAttribute("offerTypes",
				catalogue.offerTypes().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				catalogue.targetGroups().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		return "funding/officer-call-form";
	}
}
