package dk.kulturpuls.funding;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Option;

/**
 * The programme officer drafts a new call, edits a saved one and previews it as applicants will see it; it is
 * published from the list of calls. A draft may change in every respect; a published call within the rules of
 * {@link Call#amendmentProblems} (texts, a later deadline; its rows never), and every change is audited.
 */
@Controller
class CallFormController {

	private final Calls calls;
	private final PoolRepository pools;
	private final ProgrammeCatalogue catalogue;
	private final MessageSource messages;
	private final java.time.Clock clock;

	CallFormController(Calls calls, PoolRepository pools, ProgrammeCatalogue catalogue, MessageSource messages,
			java.time.Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.calls = calls;
		this.pools = pools;
		this.catalogue = catalogue;
	}

	@GetMapping("/officer/calls/new")
	String form(Model model, Locale locale) {
		model.addAttribute("form", CallForm.empty());
		return show(null, model, locale);
	}

	/** "Add row" and "remove" buttons: the form comes back with the row added or removed and everything typed kept. */
	@PostMapping(path = "/officer/calls", params = "rows")
	String rows(@ModelAttribute("form") CallForm form, BindingResult errors, @RequestParam String rows, Model model,
			Locale locale) {
		changeRows(form, rows, model);
		return show(null, model, locale);
	}

	@PostMapping("/officer/calls")
	String create(@Validated @ModelAttribute("form") CallForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.getPool() != null && !pools.existsById(form.getPool())) {
			errors.rejectValue("pool", "callForm.pool.unknown");
		}
		CallFormRows.Parsed call = CallFormRows.parse(form, errors, false);
		if (call == null) {
			return show(null, model, locale);
		}
		Call.Terms terms = call.terms();
		calls.create(terms.pool(), terms.title(), terms.text(), terms.opensAt(), terms.deadline(), terms.offerTypes(),
				terms.targetGroups(), call.criteria(), call.questions(), call.attachments());
		redirect.addFlashAttribute("success", "call.created");
		return "redirect:/officer/calls";
	}

	@GetMapping("/officer/calls/{id}/edit")
	String edit(@PathVariable String id, Model model, Locale locale) {
		Call call = editable(id);
		model.addAttribute("form", CallForm.of(call));
		return show(call, model, locale);
	}

	/** "Add row" and "remove" on a draft's edit form. */
	@PostMapping(path = "/officer/calls/{id}", params = "rows")
	String editRows(@PathVariable String id, @ModelAttribute("form") CallForm form, BindingResult errors,
			@RequestParam String rows, Model model, Locale locale) {
		Call call = editable(id);
		if (call.status() == CallStatus.DRAFT) {
			changeRows(form, rows, model);
		}
		return show(call, model, locale);
	}

	@PostMapping("/officer/calls/{id}")
	String update(@PathVariable String id, @Validated @ModelAttribute("form") CallForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Call call = editable(id);
		boolean published = call.status() != CallStatus.DRAFT;
		if (form.getPool() != null && !pools.existsById(form.getPool())) {
			errors.rejectValue("pool", "callForm.pool.unknown");
		}
		CallFormRows.Parsed parsed = CallFormRows.parse(form, errors, published);
		if (parsed != null) {
			calls.amendmentProblems(call.id(), parsed.terms()).forEach((field, key) -> {
				if (field.isEmpty()) {
					errors.reject(key);
				}
				else {
					errors.rejectValue(field, key, new Object[] { Call.SHORTENING_NOTICE.toDays() }, null);
				}
			});
		}
		if (form.getVersion() == null || form.getVersion() != call.version()) {
			errors.reject("call.error.stale");
		}
		if (errors.hasErrors()) {
			if (published) {
				// the rows of a published call are shown as they are, not as posted
				CallForm stored = CallForm.of(call);
				form.setCriteria(stored.getCriteria());
				form.setQuestions(stored.getQuestions());
				form.setAttachments(stored.getAttachments());
			}
			return show(call, model, locale);
		}
		calls.revise(call.id(), form.getVersion(), parsed.terms(), parsed.criteria(), parsed.questions(),
				parsed.attachments());
		redirect.addFlashAttribute("success", "call.saved");
		return "redirect:/officer/calls";
	}

	/** The call as applicants will see it on its public page, before it is published too. */
	@GetMapping("/officer/calls/{id}/preview")
	String preview(@PathVariable String id, Model model) {
		model.addAttribute("call", calls.find(new CallId(Calls.parse(id)))
			.orElseThrow(() -> new NotFoundException("call")));
		model.addAttribute("preview", true);
		model.addAttribute("loggedIn", false);
		model.addAttribute("canApply", true);
		return "funding/call";
	}

	private Call editable(String id) {
		return calls.findForEdit(new CallId(Calls.parse(id))).filter(c -> c.status() != CallStatus.CLOSED)
			.orElseThrow(() -> new NotFoundException("call"));
	}

	private static void changeRows(CallForm form, String rows, Model model) {
		switch (rows) {
			case "add-criterion" -> form.getCriteria().add(new CallForm.CriterionRow());
			case "add-question" -> form.getQuestions().add(new CallForm.QuestionRow());
			case "add-attachment" -> form.getAttachments().add(new CallForm.AttachmentRow());
			default -> {
				java.util.regex.Matcher remove = java.util.regex.Pattern
					.compile("remove-(criterion|question|attachment)-(\\d{1,3})").matcher(rows);
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
	}

	/** The form, for a new call ({@code call} null) or for editing a stored one. */
	private String show(Call call, Model model, Locale locale) {
		// the form and its row buttons post back to where the call lives: new calls to the list, stored ones to the call
		model.addAttribute("formAction", call == null ? "/officer/calls" : "/officer/calls/" + call.id().value());
		if (call != null) {
			UUID id = call.id().value();
			model.addAttribute("callId", id);
			model.addAttribute("published", call.status() == CallStatus.PUBLISHED);
			model.addAttribute("locked", call.status() == CallStatus.PUBLISHED && calls.hasApplications(call.id()));
			model.addAttribute("opened", call.status() == CallStatus.PUBLISHED
					&& !call.upcomingAt(clock.instant()));
			model.addAttribute("notice", Call.SHORTENING_NOTICE.toDays());
			model.addAttribute("view", calls.view(call));
		}
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
