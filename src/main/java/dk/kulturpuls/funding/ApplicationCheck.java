package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/**
 * The rules an application must meet before it can be submitted, step by step: required answers, the call's
 * offer types, and the pool's limits (minimum and maximum grant, duration, co-funding share). Each problem is a
 * field and a message key with arguments, so that a step shows all its errors at once.
 */
final class ApplicationCheck {

	record Problem(String field, String messageKey, Object... arguments) {
	}

	private ApplicationCheck() {
	}

	/** What the applicant asks the pool for: the budget's total less every co-funding source. */
	static Money requested(BudgetView budget) {
		if (budget == null) {
			return Money.ZERO;
		}
		Money coFunding = coFunding(budget);
		Money requested = budget.plannedTotal().minus(coFunding);
		return requested.isNegative() ? Money.ZERO : requested;
	}

	static Money coFunding(BudgetView budget) {
		return budget == null ? Money.ZERO
				: budget.fundings().stream().map(BudgetView.FundingView::amount).reduce(Money.ZERO, Money::plus);
	}

	static Map<ApplicationStep, List<Problem>> check(GrantApplication application, Calls.CallView call,
			BudgetView budget, List<String> attachmentKinds) {
		return check(application, call, budget, attachmentKinds, null);
	}

	/**
	 * The problems of each step; with {@code today} given (while the application can still change), a project
	 * that starts before today is a problem too.
	 */
	static Map<ApplicationStep, List<Problem>> check(GrantApplication application, Calls.CallView call,
			BudgetView budget, List<String> attachmentKinds, LocalDate today) {
		Map<ApplicationStep, List<Problem>> problems = new EnumMap<>(ApplicationStep.class);
		for (ApplicationStep step : ApplicationStep.values()) {
			problems.put(step, new ArrayList<>());
		}
		List<Problem> project = problems.get(ApplicationStep.PROJECT);
		if (application.title() == null) {
			project.add(new Problem("title", "application.title.required"));
		}
		else if (application.title().length() > 200) {
			project.add(new Problem("title", "application.title.tooLong"));
		}
		if (application.summary() == null) {
			project.add(new Problem("summary", "application.summary.required"));
		}
		LocalDate start = application.startDate();
		LocalDate end = application.endDate();
		if (start == null) {
			project.add(new Problem("startDate", "application.startDate.required"));
		}
		else if (today != null && start.isBefore(today)) {
			project.add(new Problem("startDate", "application.startDate.past", Formats.date(today)));
		}
		if (end == null) {
			project.add(new Problem("endDate", "application.endDate.required"));
		}
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				project.add(new Problem("endDate", "application.endDate.beforeStart"));
			}
			else {
				LocalDate dayAfter = end.plusDays(1);
				if (call.minDurationMonths() != null && dayAfter.isBefore(start.plusMonths(call.minDurationMonths()))) {
					project.add(new Problem("endDate", "application.duration.tooShort", call.minDurationMonths()));
				}
				if (call.maxDurationMonths() != null && dayAfter.isAfter(start.plusMonths(call.maxDurationMonths()))) {
					project.add(new Problem("endDate", "application.duration.tooLong", call.maxDurationMonths()));
				}
				if (end.getYear() - start.getYear() > 9) {
					project.add(new Problem("endDate", "application.duration.years"));
				}
			}
		}

		List<Problem> offer = problems.get(ApplicationStep.OFFER);
		if (application.offerType() == null) {
			offer.add(new Problem("offerType", "application.offerType.required"));
		}
		else if (call.offerTypes().stream().noneMatch(c -> c.code().equals(application.offerType()))) {
			offer.add(new Problem("offerType", "application.offerType.notInCall"));
		}
		if (application.targetGroups().isEmpty()) {
			offer.add(new Problem("targetGroups", "application.targetGroups.required"));
		}

		if (application.municipalities().isEmpty()) {
			problems.get(ApplicationStep.MUNICIPALITIES)
				.add(new Problem("municipalities", "application.municipalities.required"));
		}

		List<Problem> money = problems.get(ApplicationStep.BUDGET);
		if (budget == null || budget.plannedTotal().ore() == 0) {
			money.add(new Problem("lines", "application.budget.empty"));
		}
		else {
			Money requested = requested(budget);
			Money coFunding = coFunding(budget);
			if (coFunding.isGreaterThan(budget.plannedTotal())) {
				money.add(new Problem("fundings", "application.budget.overfunded"));
			}
			if (requested.isLessThan(call.minGrant())) {
				money.add(new Problem("lines", "application.budget.belowMinimum", Formats.dkk(requested),
						Formats.dkk(call.minGrant())));
			}
			if (requested.isGreaterThan(call.maxGrant())) {
				money.add(new Problem("lines", "application.budget.aboveMaximum", Formats.dkk(requested),
						Formats.dkk(call.maxGrant())));
			}
			if (call.coFundingPercent() > 0) {
				Money required = budget.plannedTotal().percentOf(call.coFundingPercent() * 100L);
				if (coFunding.isLessThan(required)) {
					money.add(new Problem("fundings", "application.budget.coFunding", call.coFundingPercent(),
							Formats.dkk(required), Formats.dkk(coFunding)));
				}
			}
		}

		List<Problem> evaluation = problems.get(ApplicationStep.EVALUATION);
		if (application.evaluationPlan() == null) {
			evaluation.add(new Problem("evaluationPlan", "application.evaluationPlan.required"));
		}
		if (application.instruments() == null) {
			evaluation.add(new Problem("instruments", "application.instruments.required"));
		}

		for (RequiredAttachment required : call.requiredAttachments()) {
			if (required.required() && !attachmentKinds.contains(required.code())) {
				problems.get(ApplicationStep.ATTACHMENTS)
					.add(new Problem("file", "application.attachment.missing", required.name().da(), required.name().en()));
			}
		}
		return problems;
	}
}
