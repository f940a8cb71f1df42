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
import org.springframework.web.bind.annotation.RequestParam;
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
	private final org.springframework.context.MessageSource messages;

	CallFormController(Calls calls, PoolRepository pools, ProgrammeCatalogue catalogue,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.calls = calls;
		this.pools = pools;
		this.catalogue = catalogue;
	}

	@GetMapping("/officer/calls/new")
	String form(Model model, Locale locale) {
		model.addAttribute("form", CallForm.empty());
		return show(model, locale);
	}

	/** "Add row" and "remove" buttons: the form comes back with the row added or removed and everything typed kept. */
	@PostMapping(path = "/officer/calls", params = "rows")
	String rows(@ModelAttribute("form") CallForm form, BindingResult errors, @RequestParam String rows, Model model,
			Locale locale) {
		switch (rows) {
			case "add-criterion" -> form.getCriteria().add(new CallForm.CriterionRow());
			case "add-question" -> form.getQuestions().add(new CallForm.QuestionRow());
			case "add-attachment" -> form.getAttachments().add(new CallForm.AttachmentRow());
			default -> {
				java.util.regex.Matcher remove = java.util.regex.Pattern.compile("remove-(criterion|question|attachment)-(\\d{1,3})")
					.matcher(rows);
				if (remove.matches()) {
					int index = Integer.parseInt(remove.group(2));
					List<?> list = switch (remove.group(1)) {
						case "criterion" -> form.getCriteria();
						case "question" -> form.getQuestions();
						default -> form.getAttachments();
					};
					if (index < list.size()) {
						list.remove(index);
					}
				}
			}
		}
		model.addAttribute("focusRows", rows.startsWith("add-") ? rows.substring(4) : null);
		return show(model, locale);
	}

	@PostMapping("/officer/calls")
	String create(@Validated @ModelAttribute("form") CallForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.getPool() != null && !pools.existsById(form.getPool())) {
			errors.rejectValue("pool", "callForm.pool.unknown");
		}
		List<Criterion> criteria = new ArrayList<>();
		List<EligibilityQuestion> questions = new ArrayList<>();
		List<RequiredAttachment> attachments = new ArrayList<>();
		for (int i = 0; i < form.getCriteria().size(); i++) {
			CallForm.CriterionRow row = form.getCriteria().get(i);
			String path = "criteria[" + i + "].";
			if (row.isBlank() || errors.hasFieldErrors(path + "weight") || errors.hasFieldErrors(path + "scale")) {
				continue;
			}
			Object[] number = { i + 1 };
			boolean ok = true;
			if (CallForm.blank(row.getNameDa())) {
				errors.rejectValue(path + "nameDa", "callForm.criterion.name", number, null);
				ok = false;
			}
			if (row.getWeight() == null || row.getWeight() < 1 || row.getWeight() > 100) {
				errors.rejectValue(path + "weight", "callForm.criterion.weight", number, null);
				ok = false;
			}
			if (row.getScale() == null || row.getScale() < 2 || row.getScale() > 100) {
				errors.rejectValue(path + "scale", "callForm.criterion.scale", number, null);
				ok = false;
			}
			if (ok) {
				criteria.add(new Criterion(LocalizedText.of(row.getNameDa().strip(), strip(row.getNameEn())),
						row.getWeight(), row.getScale()));
			}
		}
		if (form.getCriteria().stream().allMatch(CallForm.CriterionRow::isBlank)) {
			errors.rejectValue("criteria", "callForm.criteria.required");
		}
		else if (!criteria.isEmpty() && criteria.size() == form.getCriteria().stream().filter(r -> !r.isBlank()).count()
				&& criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
			errors.rejectValue("criteria", "callForm.criteria.weights",
					new Object[] { criteria.stream().mapToInt(Criterion::weight).sum() }, null);
		}
		for (int i = 0; i < form.getQuestions().size(); i++) {
			CallForm.QuestionRow row = form.getQuestions().get(i);
			String path = "questions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Object[] number = { i + 1 };
			boolean ok = true;
			if (CallForm.blank(row.getTextDa())) {
				errors.rejectValue(path + "textDa", "callForm.question.text", number, null);
				ok = false;
			}
			if (!"yes".equals(row.getExcludingAnswer()) && !"no".equals(row.getExcludingAnswer())) {
				errors.rejectValue(path + "excludingAnswer", "callForm.question.answer", number, null);
				ok = false;
			}
			if (CallForm.blank(row.getReasonDa())) {
				errors.rejectValue(path + "reasonDa", "callForm.question.reason", number, null);
				ok = false;
			}
			if (ok) {
				questions.add(new EligibilityQuestion(LocalizedText.of(row.getTextDa().strip(), strip(row.getTextEn())),
						"yes".equals(row.getExcludingAnswer()),
						LocalizedText.of(row.getReasonDa().strip(), strip(row.getReasonEn()))));
			}
		}
		java.util.Set<String> codes = new java.util.HashSet<>();
		for (int i = 0; i < form.getAttachments().size(); i++) {
			CallForm.AttachmentRow row = form.getAttachments().get(i);
			String path = "attachments[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			if (CallForm.blank(row.getNameDa())) {
				errors.rejectValue(path + "nameDa", "callForm.attachment.name", new Object[] { i + 1 }, null);
				continue;
			}
			String code = RequiredAttachment.codeFor(row.getNameDa());
			if (!codes.add(code)) {
				errors.rejectValue(path + "nameDa", "callForm.attachment.duplicate", new Object[] { i + 1 }, null);
				continue;
			}
			attachments.add(new RequiredAttachment(code,
					LocalizedText.of(row.getNameDa().strip(), strip(row.getNameEn())), row.isRequired()));
		}
		if (form.getOfferTypes().isEmpty()) {
			errors.rejectValue("offerTypes", "callForm.offerTypes.required");
		}
		ZonedDateTime opens = at(form.getOpensDate(), form.getOpensTime());
		ZonedDateTime deadline = at(form.getDeadlineDate(), form.getDeadlineTime());
		if (opens != null && deadline != null && !deadline.isAfter(opens)) {
			errors.rejectValue("deadlineDate", "callForm.deadline.beforeOpening");
		}
		if (errors.hasErrors()) {
			return show(model, locale);
		}
		calls.create(new PoolId(form.getPool()), LocalizedText.of(form.getTitleDa(), form.getTitleEn()),
				LocalizedText.of(form.getTextDa(), form.getTextEn()), opens.toInstant(), deadline.toInstant(),
				form.getOfferTypes(), form.getTargetGroups(), criteria, questions, attachments);
		redirect.addFlashAttribute("success", "call.created");
		return "redirect:/officer/calls";
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ZonedDateTime at(java.time.LocalDate date, String time) {
		if (date == null || time == null || !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
			return null;
		}
		return ZonedDateTime.of(date, LocalTime.parse(time), Formats.ZONE);
	}

	private String show(Model model, Locale locale) {
		model.addAttribute("answers", List.of(new Option("yes", messages.getMessage("callForm.answer.yes", null, locale)),
				new Option("no", messages.getMessage("callForm.answer.no", null, locale))));
		model.addAttribute("pools", pools.findAll().stream()
			.map(p -> new Option(p.id().value().toString(), p.name().in(locale))).toList());
		model.addAttribute("offerTypes",
				catalogue.offerTypes().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				catalogue.targetGroups().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		return "funding/officer-call-form";
	}
}
