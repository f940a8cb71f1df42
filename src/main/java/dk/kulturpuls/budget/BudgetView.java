package dk.kulturpuls.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import dk.kulturpuls.platform.Money;

/**
 * A budget as everybody reads it: the lines with their amounts per year, the funding sources, and the computed
 * totals and rule evaluations.
 *
 * @param years the budget's years in order; every amount list below is in this order
 */
public record BudgetView(BudgetId id, String ownerType, UUID ownerId, List<Integer> years, List<Line> lines,
		List<FundingView> fundings, List<RuleResult> rules, List<Money> plannedPerYear, Money plannedTotal,
		List<Money> actualPerYear, Money actualTotal, List<Money> securedPerYear, Money securedTotal,
		Money appliedTotal) {

	public record Line(UUID id, String category, String text, List<Money> planned, List<Money> actual) {

		public Money plannedTotal() {
			return planned.stream().reduce(Money.ZERO, Money::plus);
		}

		public Money actualTotal() {
			return actual.stream().reduce(Money.ZERO, Money::plus);
		}
	}

	public record FundingView(UUID id, String funder, FunderKind kind, int year, Money amount, FundingStatus status) {
	}

	/**
	 * A rule evaluated against the budget. An anchor rule has two conditions, each met or not on its own: the anchor
	 * pledges at least its share, and the rest kind funds the rest.
	 *
	 * @param required what the rule requires (the anchor's minimum, or the minimum co-funding)
	 * @param secured what is secured towards it (pledged, committed or paid)
	 * @param shortfall how much is missing for the required part (zero when met)
	 * @param gap for ANCHOR_SHARE, how much of the whole budget is still not secured by the anchor and the
	 *     funders of the rest kind (zero when fully funded)
	 * @param applied what is applied for towards the required part but not secured yet
	 * @param securedPercent the secured part as a percentage of the budget, one decimal
	 * @param restRequired for ANCHOR_SHARE, the rest the rest kind must fund: the budget less the anchor's share (or
	 *     less what the anchor pledged, when that is more)
	 * @param restSecured for ANCHOR_SHARE, what funders of the rest kind have secured
	 * @param restApplied for ANCHOR_SHARE, what funders of the rest kind are applied to but have not secured
	 * @param restMissing for ANCHOR_SHARE, how much of the rest is still missing (zero when met)
	 */
	public record RuleResult(CoFundingRule rule, boolean holds, Money required, Money secured, Money shortfall,
			Money gap, Money applied, BigDecimal securedPercent, Money restRequired, Money restSecured,
			Money restApplied, Money restMissing) {

		/** The first condition: the anchor's share (or the minimum co-funding) is secured. */
		public boolean requiredMet() {
			return shortfall.ore() == 0;
		}

		/** The second condition of an anchor rule: the rest kind funds the rest. */
		public boolean restMet() {
			return restMissing.ore() == 0;
		}
	}

	static BudgetView of(BudgetId id, String ownerType, UUID ownerId, List<Integer> years, List<Line> lines,
			List<FundingView> fundings, List<CoFundingRule> rules) {
		List<Money> plannedPerYear = IntStream.range(0, years.size())
			.mapToObj(i -> lines.stream().map(l -> l.planned().get(i)).reduce(Money.ZERO, Money::plus))
			.toList();
		List<Money> actualPerYear = IntStream.range(0, years.size())
			.mapToObj(i -> lines.stream().map(l -> l.actual().get(i)).reduce(Money.ZERO, Money::plus))
			.toList();
		List<Money> securedPerYear = years.stream()
			.map(year -> fundings.stream().filter(f -> f.year() == year && f.status().isSecured())
				.map(FundingView::amount).reduce(Money.ZERO, Money::plus))
			.toList();
		Money plannedTotal = sum(plannedPerYear);
		Money securedTotal = sum(securedPerYear);
		Money appliedTotal = fundings.stream().filter(f -> !f.status().isSecured()).map(FundingView::amount)
			.reduce(Money.ZERO, Money::plus);
		List<RuleResult> results = rules.stream().map(rule -> evaluate(rule, plannedTotal, fundings)).toList();
		return new BudgetView(id, ownerType, ownerId, years, lines, fundings, results, plannedPerYear, plannedTotal,
				actualPerYear, sum(actualPerYear), securedPerYear, securedTotal, appliedTotal);
	}

	static RuleResult evaluate(CoFundingRule rule, Money total, List<FundingView> fundings) {
		Money required = share(total, rule.shareBasisPoints());
		return switch (rule.type()) {
			case ANCHOR_SHARE -> {
				Predicate<FundingView> anchor = f -> f.kind() == rule.anchorKind();
				Predicate<FundingView> rest = f -> f.kind() != rule.anchorKind()
						&& (rule.restKind() == null || f.kind() == rule.restKind());
				Money anchorSecured = sum(fundings, anchor, true);
				Money restSecured = sum(fundings, rest, true);
				Money shortfall = max0(required.minus(anchorSecured));
				Money restRequired = max0(total.minus(anchorSecured.isGreaterThan(required) ? anchorSecured : required));
				Money restMissing = max0(restRequired.minus(restSecured));
				Money gap = max0(total.minus(anchorSecured).minus(restSecured));
				yield new RuleResult(rule, shortfall.ore() == 0 && restMissing.ore() == 0, required, anchorSecured,
						shortfall, gap, sum(fundings, anchor, false), percent(anchorSecured, total), restRequired,
						restSecured, sum(fundings, rest, false), restMissing);
			}
			case MIN_COFUNDING -> {
				Predicate<FundingView> others = f -> !f.funder().equalsIgnoreCase(rule.funder());
				Money secured = sum(fundings, others, true);
				Money shortfall = max0(required.minus(secured));
				yield new RuleResult(rule, shortfall.ore() == 0, required, secured, shortfall, Money.ZERO,
						sum(fundings, others, false), percent(secured, total), Money.ZERO, Money.ZERO, Money.ZERO,
						Money.ZERO);
			}
		};
	}

	/** Secured (or only applied for) funding of the sources that match. */
	private static Money sum(List<FundingView> fundings, Predicate<FundingView> matches, boolean secured) {
		return fundings.stream()
			.filter(f -> f.status().isSecured() == secured)
			.filter(matches)
			.map(FundingView::amount)
			.reduce(Money.ZERO, Money::plus);
	}

	private static BigDecimal percent(Money part, Money whole) {
		return whole.ore() == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(part.ore()).multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole.ore()), 1, RoundingMode.DOWN);
	}

	/** The share of an amount, rounded up to whole øre so that a requirement is never understated. */
	static Money share(Money total, int basisPoints) {
		return new Money(BigDecimal.valueOf(total.ore()).multiply(BigDecimal.valueOf(basisPoints))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact());
	}

	private static Money max0(Money money) {
		return money.isNegative() ? Money.ZERO : money;
	}

	private static Money sum(List<Money> amounts) {
		return amounts.stream().reduce(Money.ZERO, Money::plus);
	}

	/** Secured funding of one funder in one year. */
	public Money securedBy(String funder, int year) {
		return fundings.stream().filter(f -> f.year() == year && f.status().isSecured()
				&& f.funder().equalsIgnoreCase(funder)).map(FundingView::amount).reduce(Money.ZERO, Money::plus);
	}

	/** The funders in the order they were first added. */
	public List<String> funders() {
		return fundings.stream().map(FundingView::funder).distinct().toList();
	}

	/** Planned total minus everything secured: what is still to be found (zero when covered). */
	public Money unfunded() {
		return max0(plannedTotal.minus(securedTotal));
	}
}
