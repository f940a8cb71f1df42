package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.budget.BudgetId;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/** The pools' real limits applied to applications, with the message each problem gives. */
class ApplicationCheckTests {

	static Calls.CallView signature() {
		return call(Money.ofKroner(400_000), Money.ofKroner(1_200_000), 24, null, 20);
	}

	static Calls.CallView small() {
		return call(Money.ZERO, Money.ofKroner(50_000), null, 6, 0);
	}

	static Calls.CallView call(Money min, Money max, Integer minMonths, Integer maxMonths, int coFunding) {
		return new Calls.CallView(new CallId(UUID.randomUUID()), new PoolId(UUID.randomUUID()),
				LocalizedText.of("Pulje", null), LocalizedText.of("Opslag", null), LocalizedText.of("Tekst", null),
				Instant.EPOCH, Instant.EPOCH.plusSeconds(60), CallStatus.PUBLISHED, true,
				List.of(new ProgrammeCatalogue.CategoryView("digital", LocalizedText.of("Digitale tilbud", null))),
				List.of(), List.of(), List.of(),
				List.of(new RequiredAttachment("letter-of-intent", LocalizedText.of("Hensigtserklæring", "Letter"))),
				min, max, minMonths, maxMonths, coFunding, EnumSet.allOf(ApplicantKind.class), null, false);
	}

	static BudgetView budget(long totalKroner, long... coFundingKroner) {
		List<BudgetView.FundingView> fundings = java.util.Arrays.stream(coFundingKroner)
			.mapToObj(k -> new BudgetView.FundingView(UUID.randomUUID(), "Fond", FunderKind.FOUNDATION, 2027,
					Money.ofKroner(k), FundingStatus.APPLIED))
			.toList();
		Money total = Money.ofKroner(totalKroner);
		return new BudgetView(new BudgetId(UUID.randomUUID()), GrantApplication.BUDGET_OWNER, UUID.randomUUID(),
				List.of(2027), List.of(), fundings, List.of(), List.of(total), total, List.of(Money.ZERO), Money.ZERO,
				List.of(Money.ZERO), Money.ZERO, Money.ZERO);
	}

	static GrantApplication complete(Calls.CallView call, LocalDate start, LocalDate end) {
		GrantApplication application = new GrantApplication(call.id(), UUID.randomUUID(), "a", Instant.EPOCH);
		application.describeProject("Titel", "Beskrivelse", start, end, Instant.EPOCH);
		application.chooseOffer("digital", Set.of("children"), Instant.EPOCH);
		application.reach(Set.of("0851"), Instant.EPOCH);
		application.planEvaluation("Plan", "WEMWBS", Instant.EPOCH);
		return application;
	}

	static List<String> keys(Map<ApplicationStep, List<ApplicationCheck.Problem>> problems, ApplicationStep step) {
		return problems.get(step).stream().map(ApplicationCheck.Problem::messageKey).toList();
	}

	@Test
	void theRequestedAmountIsTheBudgetLessCoFunding() {
		assertThat(ApplicationCheck.requested(budget(1_000_000, 150_000, 50_000))).isEqualTo(Money.ofKroner(800_000));
		assertThat(ApplicationCheck.requested(budget(10_000, 20_000))).isEqualTo(Money.ZERO);
		assertThat(ApplicationCheck.requested(null)).isEqualTo(Money.ZERO);
	}

	@Test
	void aCompleteSignatureApplicationHasNoProblems() {
		Calls.CallView call = signature();
		var problems = ApplicationCheck.check(complete(call, LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28)),
				call, budget(1_000_000, 200_000), List.of("letter-of-intent"));
		assertThat(problems.values()).allMatch(List::isEmpty);
	}

	@Test
	void theSignaturePoolNeedsTwoYearsItsGrantLimitsAndTwentyPercentCoFunding() {
		Calls.CallView call = signature();
		GrantApplication tooShort = complete(call, LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 27));
		var problems = ApplicationCheck.check(tooShort, call, budget(1_600_000, 200_000), List.of());
		assertThat(keys(problems, ApplicationStep.PROJECT)).containsExactly("application.duration.tooShort");
		// 1,600,000 - 200,000 = 1,400,000 requested: above the maximum, and 200,000 is under 20 % (320,000)
		assertThat(keys(problems, ApplicationStep.BUDGET))
			.containsExactly("application.budget.aboveMaximum", "application.budget.coFunding");
		assertThat(problems.get(ApplicationStep.BUDGET).get(0).arguments())
			.containsExactly("1.400.000 kr.", "1.200.000 kr.");
		assertThat(problems.get(ApplicationStep.BUDGET).get(1).arguments())
			.containsExactly(20, "320.000 kr.", "200.000 kr.");
		assertThat(keys(problems, ApplicationStep.ATTACHMENTS)).containsExactly("application.attachment.missing");

		var below = ApplicationCheck.check(tooShort, call, budget(450_000, 100_000), List.of("letter-of-intent"));
		assertThat(keys(below, ApplicationStep.BUDGET)).containsExactly("application.budget.belowMinimum");
	}

	@Test
	void theSmallPoolAllowsAtMostSixMonthsAndFiftyThousandKroner() {
		Calls.CallView call = small();
		GrantApplication sixMonths = complete(call, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31));
		assertThat(ApplicationCheck.check(sixMonths, call, budget(50_000), List.of("letter-of-intent")).values())
			.allMatch(List::isEmpty);
		GrantApplication longer = complete(call, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1));
		var problems = ApplicationCheck.check(longer, call, budget(50_001), List.of("letter-of-intent"));
		assertThat(keys(problems, ApplicationStep.PROJECT)).containsExactly("application.duration.tooLong");
		assertThat(keys(problems, ApplicationStep.BUDGET)).containsExactly("application.budget.aboveMaximum");
	}

	@Test
	void anEmptyDraftReportsEveryMissingAnswerOfEachStepAtOnce() {
		Calls.CallView call = small();
		GrantApplication empty = new GrantApplication(call.id(), UUID.randomUUID(), "a", Instant.EPOCH);
		var problems = ApplicationCheck.check(empty, call, null, List.of());
		assertThat(keys(problems, ApplicationStep.PROJECT)).containsExactly("application.title.required",
				"application.summary.required", "application.startDate.required", "application.endDate.required");
		assertThat(keys(problems, ApplicationStep.OFFER)).containsExactly("application.offerType.required",
				"application.targetGroups.required");
		assertThat(keys(problems, ApplicationStep.MUNICIPALITIES)).containsExactly("application.municipalities.required");
		assertThat(keys(problems, ApplicationStep.BUDGET)).containsExactly("application.budget.empty");
		assertThat(keys(problems, ApplicationStep.EVALUATION)).containsExactly("application.evaluationPlan.required",
				"application.instruments.required");
	}
}
