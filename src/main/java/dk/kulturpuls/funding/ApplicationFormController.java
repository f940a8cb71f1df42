package dk.kulturpuls.funding;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Option;

/**
 * The multi-step application form: one page per step with the step indicator; "save and continue", autosave of
 * the text steps through htmx, all errors of a step at once, and a summary before submitting. A save based on an
 * older version is refused with a message and the typed text kept in the form.
 */
@Controller
class ApplicationFormController {

	private final Applications applications;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final MessageSource messages;
	private final ConversionService conversionService;

	ApplicationFormController(Applications applications, ProgrammeCatalogue catalogue, Municipalities municipalities,
			MessageSource messages, @Qualifier("mvcConversionService") ConversionService conversionService) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.messages = messages;
		this.conversionService = conversionService;
	}

	@GetMapping("/applicant/applications/{id}/{step:[a-z]+}")
	String step(@PathVariable UUID id, @PathVariable String step, Authentication user, Model model, Locale locale) {
		ApplicationStep current = step(step);
		Applications.ApplicationView view = applications.get(user.getName(), id);
		// a draft always shows its steps (after the deadline with the refusal); a submitted one while it can change
		if (view.application().status() != ApplicationStatus.DRAFT && !view.editable()) {
			return "redirect:/applicant/applications/" + id;
		}
		model.addAttribute("form", DraftForm.of(view.application()));
		return render(current, view, model, locale, false);
	}

	@PostMapping("/applicant/applications/{id}/{step:[a-z]+}")
	String save(@PathVariable UUID id, @PathVariable String step, @Validated @ModelAttribute("form") DraftForm form,
			BindingResult errors, @RequestParam(defaultValue = "continue") String action,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication user, Model model,
			Locale locale) {
		ApplicationStep current = step(step);
		String username = user.getName();
		boolean autosave = "autosave".equals(action) && htmx != null;
		if (errors.hasErrors()) {
			if (autosave) {
				model.addAttribute("autosave", "autosave.invalid");
				model.addAttribute("version", form.version());
				return "funding/step :: autosave";
			}
			return render(current, applications.get(username, id), model, locale, false);
		}
		try {
			switch (current) {
				case PROJECT -> applications.describeProject(username, id, form.version(), form.title(), form.summary(),
						form.startDate(), form.endDate());
				case OFFER -> applications.chooseOffer(username, id, form.version(), form.offerType(), form.targetGroups());
				case MUNICIPALITIES -> applications.reach(username, id, form.version(), form.municipalities());
				case EVALUATION -> applications.planEvaluation(username, id, form.version(), form.evaluationPlan(),
						form.instruments());
				default -> {
				}
			}
		}
		catch (StaleEditException | OptimisticLockingFailureException e) {
			Applications.ApplicationView view = applications.get(username, id);
			if (autosave) {
				model.addAttribute("autosave", "autosave.conflict");
				model.addAttribute("version", form.version());
				return "funding/step :: autosave";
			}
			model.addAttribute("form", form.withVersion(view.application().version()));
			errorsFor(model).reject("application.error.stale", new Object[] { Formats.dateTime(view.application().updatedAt()) },
					null);
			return render(current, view, model, locale, false);
		}
		catch (FundingException e) {
			errors.reject(e.messageKey(), e.arguments(), null);
			return render(current, applications.get(username, id), model, locale, false);
		}
		Applications.ApplicationView view = applications.get(username, id);
		if (autosave) {
			model.addAttribute("autosave", "autosave.saved");
			model.addAttribute("savedAt", Formats.dateTime(view.application().updatedAt()));
			model.addAttribute("version", view.application().version());
			return "funding/step :: autosave";
		}
		if ("back".equals(action)) {
			return "redirect:/applicant/applications/" + id + "/" + current.previous().orElse(current).path();
		}
		List<ApplicationCheck.Problem> problems = view.problemsOf(current);
		if (!problems.isEmpty() && !"save".equals(action)) {
			model.addAttribute("form", DraftForm.of(view.application()));
			return render(current, view, model, locale, true);
		}
		if ("save".equals(action)) {
			model.addAttribute("form", DraftForm.of(view.application()));
			model.addAttribute("success", "application.saved");
			return render(current, view, model, locale, false);
		}
		return "redirect:/applicant/applications/" + id + "/" + current.next().orElse(current).path();
	}

	@PostMapping("/applicant/applications/{id}/partners/add")
	String addPartner(@PathVariable UUID id, @Validated @ModelAttribute("partnerForm") PartnerForm partner,
			BindingResult errors, Authentication user, Model model, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				applications.addPartner(user.getName(), id, partner.version(), new Partner(partner.name(), partner.role()));
				return "redirect:/applicant/applications/" + id + "/partners";
			}
			catch (StaleEditException e) {
				errors.reject("application.error.stale", new Object[] { Formats.dateTime(e.savedAt()) }, null);
			}
		}
		return rerender(ApplicationStep.PARTNERS, id, user, model, locale);
	}

	@PostMapping("/applicant/applications/{id}/partners/{index}/remove")
	String removePartner(@PathVariable UUID id, @PathVariable int index, @RequestParam long version,
			Authentication user, RedirectAttributes redirect) {
		return guarded(id, "partners", redirect, () -> applications.removePartner(user.getName(), id, version, index));
	}

	@PostMapping("/applicant/applications/{id}/budget/lines")
	String addLine(@PathVariable UUID id, @Validated @ModelAttribute("lineForm") BudgetLineForm line,
			BindingResult errors, Authentication user, Model model, Locale locale) {
		if (line.amount() != null && line.amount().hasOre()) {
			errors.rejectValue("amount", "money.wholeKroner");
		}
		if (!errors.hasErrors()) {
			try {
				applications.addBudgetLine(user.getName(), id, line.version(), line.category(), line.text(), line.year(),
						line.amount());
				return "redirect:/applicant/applications/" + id + "/budget";
			}
			catch (StaleEditException e) {
				errors.reject("application.error.stale", new Object[] { Formats.dateTime(e.savedAt()) }, null);
			}
			catch (FundingException e) {
				errors.reject(e.messageKey(), e.arguments(), null);
			}
			catch (dk.kulturpuls.budget.BudgetException e) {
				errors.rejectValue("year", e.messageKey());
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("amount", "application.budget.amountInvalid");
			}
		}
		return rerender(ApplicationStep.BUDGET, id, user, model, locale);
	}

	@PostMapping("/applicant/applications/{id}/budget/lines/{line}/remove")
	String removeLine(@PathVariable UUID id, @PathVariable UUID line, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		return guarded(id, "budget", redirect, () -> applications.removeBudgetLine(user.getName(), id, version, line));
	}

	@PostMapping("/applicant/applications/{id}/budget/fundings")
	String addFunding(@PathVariable UUID id, @Validated @ModelAttribute("fundingForm") CoFundingForm funding,
			BindingResult errors, Authentication user, Model model, Locale locale) {
		if (funding.fundingAmount() != null && funding.fundingAmount().hasOre()) {
			errors.rejectValue("fundingAmount", "money.wholeKroner");
		}
		if (!errors.hasErrors()) {
			try {
				applications.addCoFunding(user.getName(), id, funding.version(), funding.funder(), funding.kind(),
						funding.fundingYear(), funding.fundingAmount(), funding.status());
				return "redirect:/applicant/applications/" + id + "/budget";
			}
			catch (StaleEditException e) {
				errors.reject("application.error.stale", new Object[] { Formats.dateTime(e.savedAt()) }, null);
			}
			catch (FundingException e) {
				errors.reject(e.messageKey(), e.arguments(), null);
			}
			catch (dk.kulturpuls.budget.BudgetException e) {
				errors.rejectValue("fundingYear", e.messageKey());
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("fundingAmount", "application.budget.amountInvalid");
			}
		}
		return rerender(ApplicationStep.BUDGET, id, user, model, locale);
	}

	@PostMapping("/applicant/applications/{id}/budget/fundings/{funding}/remove")
	String removeFunding(@PathVariable UUID id, @PathVariable UUID funding, @RequestParam long version,
			Authentication user, RedirectAttributes redirect) {
		return guarded(id, "budget", redirect,
				() -> applications.removeCoFunding(user.getName(), id, version, funding));
	}

	@PostMapping("/applicant/applications/{id}/attachments/upload")
	String upload(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) MultipartFile file, Authentication user, Model model, Locale locale)
			throws IOException {
		kind = java.util.Objects.toString(kind, "");
		String problem = null;
		Object[] arguments = null;
		if (file == null || file.isEmpty()) {
			problem = "upload.error.empty";
		}
		else if (!kind.matches("[a-z0-9-]{2,60}")) {
			problem = "attachment.error.kind";
		}
		else {
			try {
				applications.upload(user.getName(), id, version, kind, file.getOriginalFilename(), file.getInputStream());
				return "redirect:/applicant/applications/" + id + "/attachments";
			}
			catch (StaleEditException e) {
				problem = "application.error.stale";
				arguments = new Object[] { Formats.dateTime(e.savedAt()) };
			}
			catch (FundingException e) {
				problem = e.messageKey();
				arguments = e.arguments();
			}
		}
		model.addAttribute("uploadError", messages.getMessage(problem, arguments, locale));
		return rerender(ApplicationStep.ATTACHMENTS, id, user, model, locale);
	}

	@PostMapping("/applicant/applications/{id}/attachments/{attachment}/remove")
	String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachment, @RequestParam long version,
			Authentication user, RedirectAttributes redirect) {
		return guarded(id, "attachments", redirect,
				() -> applications.removeAttachment(user.getName(), id, version, attachment));
	}

	private String guarded(UUID id, String step, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("error", "application.error.staleRemove");
		}
		return "redirect:/applicant/applications/" + id + "/" + step;
	}

	private String rerender(ApplicationStep step, UUID id, Authentication user, Model model, Locale locale) {
		Applications.ApplicationView view = applications.get(user.getName(), id);
		model.addAttribute("form", DraftForm.of(view.application()));
		return render(step, view, model, locale, false);
	}

	private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("title", "summary", "startDate",
			"endDate", "offerType", "targetGroups", "municipalities", "evaluationPlan", "instruments");

	/** The form's binding result, created with the web conversion service so that dates show as dd.mm.åååå. */
	private BindingResult errorsFor(Model model) {
		String key = BindingResult.MODEL_KEY_PREFIX + "form";
		BindingResult errors = (BindingResult) model.getAttribute(key);
		if (errors == null) {
			var created = new org.springframework.validation.BeanPropertyBindingResult(model.getAttribute("form"), "form");
			created.initConversion(conversionService);
			model.addAttribute(key, created);
			errors = created;
		}
		return errors;
	}

	private static ApplicationStep step(String path) {
		return ApplicationStep.of(path).orElseThrow(() -> new NotFoundException("step"));
	}

	private String render(ApplicationStep step, Applications.ApplicationView view, Model model, Locale locale,
			boolean showProblems) {
		model.addAttribute("view", view);
		model.addAttribute("step", step);
		if (showProblems && step != ApplicationStep.REVIEW) {
			BindingResult errors = errorsFor(model);
			for (ApplicationCheck.Problem problem : view.problemsOf(step)) {
				if (FORM_FIELDS.contains(problem.field())) {
					errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
				}
				else {
					errors.reject(problem.messageKey(), problem.arguments(), null);
				}
			}
		}
		model.addAttribute("steps", ApplicationStep.values());
		model.addAttribute("showProblems", showProblems && step != ApplicationStep.REVIEW);
		long version = view.application().version();
		if (!model.containsAttribute("partnerForm")) {
			model.addAttribute("partnerForm", new PartnerForm(version, null, null));
		}
		Integer firstYear = view.application().startDate() == null ? null : view.application().startDate().getYear();
		if (!model.containsAttribute("lineForm")) {
			model.addAttribute("lineForm", new BudgetLineForm(version, null, null, firstYear, null));
		}
		if (!model.containsAttribute("fundingForm")) {
			model.addAttribute("fundingForm", new CoFundingForm(version, null, null, firstYear, null, null));
		}
		model.addAttribute("offerTypes", view.call().offerTypes().stream()
			.map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups", catalogue.targetGroups().stream()
			.map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("municipalityOptions", municipalities.inRegion(Municipalities.NORTH_JUTLAND).stream()
			.map(m -> new Option(m.code().value(), m.name())).toList());
		model.addAttribute("years", view.budget() != null ? view.budget().years().stream()
			.map(y -> new Option(String.valueOf(y), String.valueOf(y))).toList()
				: firstYear == null ? List.of()
						: java.util.stream.IntStream.rangeClosed(firstYear, view.application().endDate() == null
								? firstYear : view.application().endDate().getYear())
							.mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y))).toList());
		model.addAttribute("categories", Arrays.stream(new String[] { "fee", "staff", "materials", "venue", "transport",
				"evaluation", "communication", "other" })
			.map(c -> new Option(c, messages.getMessage("budget.category." + c, null, locale))).toList());
		model.addAttribute("funderKinds", Arrays.stream(FunderKind.values())
			.map(k -> new Option(k.name(), messages.getMessage(k.messageKey(), null, locale))).toList());
		model.addAttribute("fundingStatuses", Arrays.stream(FundingStatus.values())
			.filter(s -> s != FundingStatus.PAID)
			.map(s -> new Option(s.name(), messages.getMessage(s.messageKey(), null, locale))).toList());
		model.addAttribute("attachmentKinds", java.util.stream.Stream.concat(
				view.call().requiredAttachments().stream().map(r -> new Option(r.code(), r.name().in(locale))),
				java.util.stream.Stream.of(new Option("letter-of-intent",
						messages.getMessage("attachment.kind.letter-of-intent", null, locale)),
						new Option("other", messages.getMessage("attachment.kind.other", null, locale))))
			.distinct().toList());
		return "funding/step";
	}
}
