package dk.kulturpuls.roundtable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import dk.kulturpuls.budget.BudgetException;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Organisations.Contact;
import dk.kulturpuls.platform.Option;

/** The secretariat's pages: processes, actor map, workshops, assignments and the budget editor. */
@Controller
class SecretariatController {

	private final Roundtables roundtables;
	private final Organisations organisations;
	private final Budgets budgets;
	private final MessageSource messages;

	SecretariatController(Roundtables roundtables, Organisations organisations, Budgets budgets,
			MessageSource messages) {
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.budgets = budgets;
		this.messages = messages;
	}

	@GetMapping("/secretariat")
	String start(Model model) {
		model.addAttribute("roundtables", roundtables.all());
		model.addAttribute("overdue", roundtables.overdue());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RoundtableForm.empty());
		}
		return "roundtable/start";
	}

	@PostMapping("/secretariat/roundtables")
	String create(@Validated @ModelAttribute("form") RoundtableForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.firstYear() != null && form.lastYear() != null && form.lastYear() < form.firstYear()) {
			errors.rejectValue("lastYear", "roundtable.lastYear.beforeFirst");
		}
		if (errors.hasErrors()) {
			return start(model);
		}
		UUID id = roundtables.create(form.name(), form.purpose(), form.firstYear(), form.lastYear());
		redirect.addFlashAttribute("success", "roundtable.created");
		return "redirect:/secretariat/roundtables/" + id;
	}

	// the process: workshops and assignments

	@GetMapping("/secretariat/roundtables/{id}")
	String process(@PathVariable UUID id, Model model, Locale locale) {
		RoundtableView roundtable = roundtable(id);
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("workshops", roundtables.workshops(id));
		model.addAttribute("assignments", roundtables.assignments(id));
		model.addAttribute("iterations", java.util.stream.IntStream.rangeClosed(roundtable.firstYear(), roundtable.lastYear())
			.mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y))).toList());
		model.addAttribute("themes", options(WorkshopTheme.values(), WorkshopTheme::messageKey, locale));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", WorkshopForm.empty());
		}
		return "roundtable/process";
	}

	@PostMapping("/secretariat/roundtables/{id}/workshops")
	String planWorkshop(@PathVariable UUID id, @Validated @ModelAttribute("form") WorkshopForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		RoundtableView roundtable = roundtable(id);
		if (form.iteration() != null
				&& (form.iteration() < roundtable.firstYear() || form.iteration() > roundtable.lastYear())) {
			errors.rejectValue("iteration", "roundtable.workshop.iteration.outside");
		}
		if (errors.hasErrors()) {
			return process(id, model, locale);
		}
		UUID workshop = roundtables.planWorkshop(id, form.iteration(), form.title(), form.date(), form.venue(),
				form.theme(), form.agenda());
		redirect.addFlashAttribute("success", "roundtable.workshop.planned");
		return "redirect:/secretariat/workshops/" + workshop;
	}

	@GetMapping("/secretariat/workshops/{id}")
	String workshop(@PathVariable UUID id, Model model) {
		WorkshopView workshop = roundtables.workshop(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("workshop", workshop);
		model.addAttribute("roundtable", roundtable(workshop.roundtableId()));
		var participants = roundtables.participants(workshop.roundtableId());
		Map<UUID, String> organisationNames = organisations.all().stream()
			.collect(Collectors.toMap(o -> o.id().value(), Organisations.OrganisationView::name));
		model.addAttribute("participants", participants.stream()
			.map(c -> new Option(c.id().toString(), c.name() + " (" + organisationNames.get(c.organisation().value()) + ")"))
			.toList());
		model.addAttribute("invitedOptions", participants.stream().filter(c -> workshop.invited().contains(c.id()))
			.map(c -> new Option(c.id().toString(), c.name() + " (" + organisationNames.get(c.organisation().value()) + ")"))
			.toList());
		var owners = new java.util.ArrayList<Option>();
		participants.forEach(c -> owners.add(new Option("contact:" + c.id(),
				c.name() + " (" + organisationNames.get(c.organisation().value()) + ")")));
		participants.stream().map(c -> c.organisation().value()).distinct()
			.forEach(o -> owners.add(new Option("organisation:" + o, organisationNames.get(o))));
		model.addAttribute("owners", owners);
		model.addAttribute("invite", new InviteForm(workshop.invited()));
		model.addAttribute("attendance", new AttendanceForm(workshop.attended()));
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm", new MinutesForm(workshop.minutes(), workshop.outputs()));
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AssignmentForm(null, null, roundtables.defaultDueDate(id).orElse(null)));
		}
		model.addAttribute("assignments", roundtables.assignmentsOfWorkshop(id));
		return "roundtable/workshop";
	}

	@PostMapping("/secretariat/workshops/{id}/invited")
	String invite(@PathVariable UUID id, @ModelAttribute InviteForm form, RedirectAttributes redirect) {
		workshopOrNotFound(id);
		roundtables.invite(id, form.chosen());
		redirect.addFlashAttribute("success", "roundtable.workshop.invitedSaved");
		return "redirect:/secretariat/workshops/" + id + "#invited-heading";
	}

	@PostMapping("/secretariat/workshops/{id}/attendance")
	String attendance(@PathVariable UUID id, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
		workshopOrNotFound(id);
		roundtables.recordAttendance(id, form.chosen());
		redirect.addFlashAttribute("success", "roundtable.workshop.attendanceSaved");
		return "redirect:/secretariat/workshops/" + id + "#attendance-heading";
	}

	@PostMapping("/secretariat/workshops/{id}/minutes")
	String minutes(@PathVariable UUID id, @Validated @ModelAttribute("minutesForm") MinutesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		workshopOrNotFound(id);
		if (errors.hasErrors()) {
			return workshop(id, model);
		}
		roundtables.recordMinutes(id, form.minutes(), form.outputs());
		redirect.addFlashAttribute("success", "roundtable.workshop.minutesSaved");
		return "redirect:/secretariat/workshops/" + id + "#minutes-heading";
	}

	@PostMapping("/secretariat/workshops/{id}/assignments")
	String assign(@PathVariable UUID id, @Validated @ModelAttribute("form") AssignmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		workshopOrNotFound(id);
		UUID contact = null;
		UUID organisation = null;
		if (form.owner() != null && !form.owner().isBlank()) {
			try {
				if (form.owner().startsWith("contact:")) {
					contact = UUID.fromString(form.owner().substring("contact:".length()));
				}
				else if (form.owner().startsWith("organisation:")) {
					organisation = UUID.fromString(form.owner().substring("organisation:".length()));
				}
			}
			catch (IllegalArgumentException e) {
				// reported below
			}
			if (contact == null && organisation == null) {
				errors.rejectValue("owner", "roundtable.assignment.owner.invalid");
			}
		}
		if (form.dueDate() == null && roundtables.defaultDueDate(id).isEmpty() && !errors.hasFieldErrors("dueDate")) {
			errors.rejectValue("dueDate", "roundtable.assignment.dueDate.required");
		}
		if (errors.hasErrors()) {
			return workshop(id, model);
		}
		roundtables.assign(id, form.task(), contact, organisation, form.dueDate());
		redirect.addFlashAttribute("success", "roundtable.assignment.assigned");
		return "redirect:/secretariat/workshops/" + id + "#assignments-heading";
	}

	@PostMapping("/secretariat/assignments/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		AssignmentView assignment = roundtables.assignment(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (assignment.status() != AssignmentStatus.DELIVERED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		roundtables.accept(id);
		redirect.addFlashAttribute("success", "roundtable.assignment.acceptedSaved");
		return "redirect:/secretariat/workshops/" + assignment.workshopId() + "#assignments-heading";
	}

	@GetMapping("/secretariat/assignments/{id}/file")
	org.springframework.http.ResponseEntity<byte[]> file(@PathVariable UUID id) {
		return ParticipantController.download(roundtables, id);
	}

	// actor map

	@GetMapping("/secretariat/roundtables/{id}/actors")
	String actors(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("roundtable", roundtable(id));
		ActorMap map = roundtables.actorMap(id);
		model.addAttribute("map", map);
		var onMap = map.actors().stream().map(ActorMap.ActorView::organisationId).collect(Collectors.toSet());
		model.addAttribute("organisationOptions", organisations.all().stream()
			.filter(o -> !onMap.contains(o.id().value())).map(o -> new Option(o.id().toString(), o.name())).toList());
		model.addAttribute("actorOptions", map.actors().stream()
			.sorted(java.util.Comparator.comparing(ActorMap.ActorView::name))
			.map(a -> new Option(a.id().toString(), a.name())).toList());
		model.addAttribute("levels", options(SystemLevel.values(), SystemLevel::messageKey, locale));
		model.addAttribute("kinds", options(RelationKind.values(), RelationKind::messageKey, locale));
		model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(1, 5)
			.mapToObj(i -> new Option(String.valueOf(i), String.valueOf(i))).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ActorForm.empty());
		}
		if (!model.containsAttribute("relationForm")) {
			model.addAttribute("relationForm", RelationForm.empty());
		}
		return "roundtable/actors";
	}

	@PostMapping("/secretariat/roundtables/{id}/actors")
	String addActor(@PathVariable UUID id, @Validated @ModelAttribute("form") ActorForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		roundtable(id);
		if (form.organisation() != null && organisations.find(new OrganisationId(form.organisation())).isEmpty()) {
			errors.rejectValue("organisation", "roundtable.actor.organisation.unknown");
		}
		if (!errors.hasErrors() && roundtables.actorMap(id).actors().stream()
			.anyMatch(a -> a.organisationId().equals(form.organisation()))) {
			errors.rejectValue("organisation", "roundtable.actor.exists");
		}
		if (errors.hasErrors()) {
			return actors(id, model, locale);
		}
		roundtables.addActor(id, new OrganisationId(form.organisation()), form.level(), form.influence(),
				form.interest(), form.incentives(), form.frameConditions(), form.invited());
		redirect.addFlashAttribute("success", "roundtable.actor.added");
		return "redirect:/secretariat/roundtables/" + id + "/actors";
	}

	@PostMapping("/secretariat/roundtables/{id}/relations")
	String relate(@PathVariable UUID id, @Validated @ModelAttribute("relationForm") RelationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		roundtable(id);
		if (form.from() != null && form.from().equals(form.to())) {
			errors.rejectValue("to", "roundtable.relation.self");
		}
		var actorIds = roundtables.actorMap(id).actors().stream().map(ActorMap.ActorView::id).collect(Collectors.toSet());
		if (form.from() != null && !actorIds.contains(form.from())) {
			errors.rejectValue("from", "roundtable.relation.actor.unknown");
		}
		if (form.to() != null && !actorIds.contains(form.to())) {
			errors.rejectValue("to", "roundtable.relation.actor.unknown");
		}
		if (errors.hasErrors()) {
			return actors(id, model, locale);
		}
		roundtables.relate(id, form.from(), form.to(), form.kind(), form.strength());
		redirect.addFlashAttribute("success", "roundtable.relation.added");
		return "redirect:/secretariat/roundtables/" + id + "/actors";
	}

	// budget editor

	@GetMapping("/secretariat/roundtables/{id}/budget")
	String budget(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("roundtable", roundtable(id));
		BudgetView budget = budgetOf(id);
		model.addAttribute("budget", budget);
		model.addAttribute("lineOptions", budget.lines().stream().map(l -> new Option(l.id().toString(), l.text())).toList());
		model.addAttribute("yearOptions", budget.years().stream()
			.map(y -> new Option(String.valueOf(y), String.valueOf(y))).toList());
		model.addAttribute("kinds", options(FunderKind.values(), FunderKind::messageKey, locale));
		model.addAttribute("statuses", options(FundingStatus.values(), FundingStatus::messageKey, locale));
		if (!model.containsAttribute("amountForm")) {
			model.addAttribute("amountForm", AmountForm.empty());
		}
		if (!model.containsAttribute("lineForm")) {
			model.addAttribute("lineForm", LineForm.empty());
		}
		if (!model.containsAttribute("fundingForm")) {
			model.addAttribute("fundingForm", FundingForm.empty());
		}
		return "roundtable/budget";
	}

	@PostMapping("/secretariat/roundtables/{id}/budget/lines")
	String addLine(@PathVariable UUID id, @Validated @ModelAttribute("lineForm") LineForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		BudgetView budget = budgetOf(id);
		if (errors.hasErrors()) {
			return budget(id, model, locale);
		}
		budgets.addLine(budget.id(), "cost", form.text());
		redirect.addFlashAttribute("success", "roundtable.budget.lineAdded");
		return "redirect:/secretariat/roundtables/" + id + "/budget";
	}

	@PostMapping("/secretariat/roundtables/{id}/budget/amounts")
	String amount(@PathVariable UUID id, @Validated @ModelAttribute("amountForm") AmountForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		BudgetView budget = budgetOf(id);
		if (form.line() != null && budget.lines().stream().noneMatch(l -> l.id().equals(form.line()))) {
			errors.rejectValue("line", "roundtable.budget.line.unknown");
		}
		if (form.year() != null && !budget.years().contains(form.year())) {
			errors.rejectValue("year", "roundtable.budget.year.outside");
		}
		if (form.planned() != null) {
			rejectAmount(errors, "planned", form.planned(), form.planned().isNegative(), "roundtable.budget.amount.invalid");
		}
		if (form.actual() != null) {
			rejectAmount(errors, "actual", form.actual(), form.actual().isNegative(), "roundtable.budget.amount.invalid");
		}
		if (errors.hasErrors()) {
			return budget(id, model, locale);
		}
		budgets.plan(budget.id(), form.line(), form.year(), form.planned());
		if (form.actual() != null) {
			budgets.spend(budget.id(), form.line(), form.year(), form.actual());
		}
		redirect.addFlashAttribute("success", "roundtable.budget.amountSaved");
		return "redirect:/secretariat/roundtables/" + id + "/budget";
	}

	@PostMapping("/secretariat/roundtables/{id}/budget/fundings")
	String addFunding(@PathVariable UUID id, @Validated @ModelAttribute("fundingForm") FundingForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		BudgetView budget = budgetOf(id);
		if (form.fundingYear() != null && !budget.years().contains(form.fundingYear())) {
			errors.rejectValue("fundingYear", "roundtable.budget.year.outside");
		}
		if (form.amount() != null) {
			rejectAmount(errors, "amount", form.amount(), form.amount().ore() <= 0,
					"roundtable.budget.funding.amount.invalid");
		}
		if (errors.hasErrors()) {
			return budget(id, model, locale);
		}
		try {
			budgets.addFunding(budget.id(), form.funder(), form.kind(), form.fundingYear(), form.amount(), form.status());
		}
		catch (BudgetException e) {
			errors.reject(e.getMessage());
			return budget(id, model, locale);
		}
		redirect.addFlashAttribute("success", "roundtable.budget.fundingAdded");
		return "redirect:/secretariat/roundtables/" + id + "/budget";
	}

	@PostMapping("/secretariat/roundtables/{id}/budget/fundings/{funding}/status")
	String fundingStatus(@PathVariable UUID id, @PathVariable UUID funding,
			@org.springframework.web.bind.annotation.RequestParam FundingStatus status, RedirectAttributes redirect) {
		BudgetView budget = budgetOf(id);
		BudgetView.FundingView current = budget.fundings().stream().filter(f -> f.id().equals(funding)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		budgets.changeFunding(budget.id(), funding, current.amount(), status);
		redirect.addFlashAttribute("success", "roundtable.budget.fundingChanged");
		return "redirect:/secretariat/roundtables/" + id + "/budget";
	}

	/**
	 * Refuses an amount out of range with its own message, and one with øre ("667.128,50") with a message that asks
	 * for whole kroner and shows the amount without them; the field keeps what was typed.
	 */
	private static void rejectAmount(BindingResult errors, String field, dk.kulturpuls.platform.Money amount,
			boolean outOfRange, String outOfRangeKey) {
		if (outOfRange) {
			errors.rejectValue(field, outOfRangeKey);
		}
		else if (amount.hasOre()) {
			String typed = dk.kulturpuls.platform.Formats.dkk(amount);
			String whole = dk.kulturpuls.platform.Formats.dkk(amount.ore() / 100);
			errors.rejectValue(field, "roundtable.budget.amount.wholeKroner", new Object[] { typed, whole }, null);
		}
	}

	private BudgetView budgetOf(UUID id) {
		roundtable(id);
		return roundtables.budget(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void workshopOrNotFound(UUID id) {
		roundtables.workshop(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private <E> java.util.List<Option> options(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values)
			.map(v -> new Option(((Enum<?>) v).name(), messages.getMessage(key.apply(v), null, locale))).toList();
	}

}
