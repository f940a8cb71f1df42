package dk.kulturpuls.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/** The roundtable's budget from PRODUCT.md, held and checked exactly. */
class BudgetTests {

	static Budget roundtableBudget() {
		Budget budget = new Budget("roundtable", UUID.randomUUID(), 2025, 2026);
		line(budget, "Sekretariatsleder, seniorkonsulent", 364_000, 364_000);
		line(budget, "Eventkoordinator og co-facilitator", 166_400, 166_400);
		line(budget, "Konsulentbistand / analyser", 100_000, 100_000);
		line(budget, "Transport", 46_000, 46_000);
		line(budget, "Workshops inkl. lokaler og forplejning", 90_000, 90_000);
		line(budget, "Visualisering af missionen", 100_000, 0);
		line(budget, "Afsluttende konference", 0, 300_000);
		line(budget, "Overhead inkl. sekretariatsdrift", 86_640, 106_640);
		budget.replaceRules(List.of(CoFundingRule.anchorShare("Sundhedsudvalget", 30, FunderKind.FOUNDATION)));
		return budget;
	}

	private static void line(Budget budget, String text, long y2025, long y2026) {
		UUID line = budget.addLine("cost", text);
		budget.plan(line, 2025, Money.ofKroner(y2025));
		budget.plan(line, 2026, Money.ofKroner(y2026));
	}

	@Test
	void computesTheRoundtableTotalsExactly() {
		BudgetView view = roundtableBudget().view();

		assertThat(view.plannedPerYear()).containsExactly(Money.ofKroner(953_040), Money.ofKroner(1_173_040));
		assertThat(view.plannedTotal()).isEqualTo(Money.ofKroner(2_126_080));
		assertThat(Formats.dkk(view.plannedTotal())).isEqualTo("2.126.080 kr.");
		assertThat(view.lines().get(0).plannedTotal()).isEqualTo(Money.ofKroner(728_000));
		assertThat(view.lines().get(6).plannedTotal()).isEqualTo(Money.ofKroner(300_000));
	}

	@Test
	void theHealthCommitteeRuleNeedsThirtyPercentAndFoundationsForTheRest() {
		Budget budget = roundtableBudget();
		BudgetView.RuleResult empty = budget.view().rules().get(0);
		assertThat(empty.holds()).isFalse();
		assertThat(empty.required()).isEqualTo(Money.ofKroner(637_824));
		assertThat(empty.shortfall()).isEqualTo(Money.ofKroner(637_824));
		assertThat(empty.gap()).isEqualTo(Money.ofKroner(2_126_080));

		budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2025, Money.ofKroner(285_912), FundingStatus.PLEDGED);
		budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2026, Money.ofKroner(351_912), FundingStatus.PLEDGED);
		UUID foundation = budget.addFunding("Nordea-fonden", FunderKind.FOUNDATION, 2025, Money.ofKroner(667_128),
				FundingStatus.APPLIED);
		budget.addFunding("Det Obelske Familiefond", FunderKind.FOUNDATION, 2026, Money.ofKroner(821_128),
				FundingStatus.COMMITTED);

		BudgetView.RuleResult partly = budget.view().rules().get(0);
		assertThat(partly.secured()).isEqualTo(Money.ofKroner(637_824));
		assertThat(partly.shortfall()).isEqualTo(Money.ZERO);
		// the first foundation has only applied: its amount is not secured yet
		assertThat(partly.gap()).isEqualTo(Money.ofKroner(667_128));
		assertThat(partly.holds()).isFalse();

		budget.changeFunding(foundation, Money.ofKroner(667_128), FundingStatus.PLEDGED);
		BudgetView.RuleResult full = budget.view().rules().get(0);
		assertThat(full.holds()).isTrue();
		assertThat(full.gap()).isEqualTo(Money.ZERO);
		assertThat(budget.view().unfunded()).isEqualTo(Money.ZERO);
	}

	@Test
	void aPublicFunderOtherThanFoundationsDoesNotCoverTheRest() {
		Budget budget = roundtableBudget();
		budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2025, Money.ofKroner(637_824), FundingStatus.PAID);
		budget.addFunding("Region Nordjylland", FunderKind.PUBLIC, 2026, Money.ofKroner(1_488_256), FundingStatus.PAID);

		BudgetView.RuleResult result = budget.view().rules().get(0);
		assertThat(result.holds()).isFalse();
		assertThat(result.gap()).isEqualTo(Money.ofKroner(1_488_256));
	}

	@Test
	void theCommitteeIsRecognisedByItsKindWhateverItsNameAndNotByTheName() {
		Budget budget = roundtableBudget();
		budget.addFunding("Folketingets sundhedsudvalg", FunderKind.COMMITTEE, 2025, Money.ofKroner(637_824),
				FundingStatus.PLEDGED);
		// typed exactly as the rule names the committee, but a public body: not the committee's pledge
		budget.addFunding("Sundhedsudvalget", FunderKind.PUBLIC, 2026, Money.ofKroner(100_000), FundingStatus.PAID);

		BudgetView.RuleResult result = budget.view().rules().get(0);
		assertThat(result.secured()).isEqualTo(Money.ofKroner(637_824));
		assertThat(result.requiredMet()).isTrue();
	}

	@Test
	void aPledgeOfThirtyPercentMeetsTheFirstConditionWhileTheRestIsStillMissing() {
		Budget budget = roundtableBudget();
		UUID y2025 = budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2025, Money.ofKroner(285_912),
				FundingStatus.APPLIED);
		budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2026, Money.ofKroner(351_912),
				FundingStatus.PLEDGED);
		budget.addFunding("Nordea-fonden", FunderKind.FOUNDATION, 2025, Money.ofKroner(500_000), FundingStatus.PLEDGED);
		budget.addFunding("Det Obelske Familiefond", FunderKind.FOUNDATION, 2026, Money.ofKroner(300_000),
				FundingStatus.APPLIED);

		BudgetView.RuleResult applied = budget.view().rules().get(0);
		assertThat(applied.requiredMet()).isFalse();
		assertThat(applied.secured()).isEqualTo(Money.ofKroner(351_912));
		assertThat(applied.applied()).isEqualTo(Money.ofKroner(285_912));
		assertThat(applied.shortfall()).isEqualTo(Money.ofKroner(285_912));
		assertThat(applied.securedPercent()).isEqualByComparingTo("16.5");

		// a pledge, not yet a committed grant, is what the rule asks of the committee
		budget.changeFunding(y2025, Money.ofKroner(285_912), FundingStatus.PLEDGED);
		BudgetView.RuleResult pledged = budget.view().rules().get(0);
		assertThat(pledged.requiredMet()).isTrue();
		assertThat(pledged.securedPercent()).isEqualByComparingTo("30.0");
		assertThat(pledged.restRequired()).isEqualTo(Money.ofKroner(1_488_256));
		assertThat(pledged.restSecured()).isEqualTo(Money.ofKroner(500_000));
		assertThat(pledged.restApplied()).isEqualTo(Money.ofKroner(300_000));
		assertThat(pledged.restMissing()).isEqualTo(Money.ofKroner(988_256));
		assertThat(pledged.restMet()).isFalse();
		assertThat(pledged.holds()).isFalse();
	}

	@Test
	void theCommitteeGivingMoreThanItsShareLeavesLessForTheFoundations() {
		Budget budget = roundtableBudget();
		budget.addFunding("Sundhedsudvalget", FunderKind.COMMITTEE, 2025, Money.ofKroner(1_126_080),
				FundingStatus.COMMITTED);
		budget.addFunding("Nordea-fonden", FunderKind.FOUNDATION, 2026, Money.ofKroner(1_000_000),
				FundingStatus.PLEDGED);

		BudgetView.RuleResult result = budget.view().rules().get(0);
		assertThat(result.restRequired()).isEqualTo(Money.ofKroner(1_000_000));
		assertThat(result.restMet()).isTrue();
		assertThat(result.holds()).isTrue();
	}

	@Test
	void aMinimumCoFundingRuleCountsEveryoneButThePool() {
		Budget budget = new Budget("grant-application", UUID.randomUUID(), 2026, 2026);
		UUID line = budget.addLine("fee", "Kunstnerhonorarer");
		budget.plan(line, 2026, Money.ofKroner(60_000));
		budget.replaceRules(List.of(CoFundingRule.minimumCoFunding("Puljen til mindre projekter", 20)));
		budget.addFunding("Puljen til mindre projekter", FunderKind.PUBLIC, 2026, Money.ofKroner(50_000),
				FundingStatus.APPLIED);
		budget.addFunding("Egen forening", FunderKind.OWN, 2026, Money.ofKroner(10_000), FundingStatus.COMMITTED);

		BudgetView.RuleResult result = budget.view().rules().get(0);
		assertThat(result.required()).isEqualTo(Money.ofKroner(12_000));
		assertThat(result.secured()).isEqualTo(Money.ofKroner(10_000));
		assertThat(result.shortfall()).isEqualTo(Money.ofKroner(2_000));
		assertThat(result.holds()).isFalse();
	}

	@Test
	void refusesAmountsOutsideItsYearsAndYearsThatWouldDropAmounts() {
		Budget budget = roundtableBudget();
		UUID line = budget.addLine("cost", "Ekstra");
		assertThatThrownBy(() -> budget.plan(line, 2027, Money.ofKroner(1)))
			.isInstanceOf(BudgetException.class).hasMessage("budget.error.yearOutside");
		assertThatThrownBy(() -> budget.changeYears(2026, 2027))
			.isInstanceOf(BudgetException.class).hasMessage("budget.error.yearsInUse");
		assertThatThrownBy(() -> budget.plan(line, 2025, Money.ofKroner(-5)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aShareIsRoundedUpToWholeOre() {
		assertThat(BudgetView.share(new Money(1001), 3000)).isEqualTo(new Money(301));
		assertThat(BudgetView.share(Money.ofKroner(2_126_080), 3000)).isEqualTo(Money.ofKroner(637_824));
	}
}
