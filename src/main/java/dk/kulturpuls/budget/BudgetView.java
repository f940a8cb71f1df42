package dk.kulturpuls.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
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
	 * A rule evaluated against the budget.
	 *
	 * @param required what the rule requires (the anchor funder's minimum, or the minimum co-funding)
	 * @param secured what is secured towards it (pledged, committed or paid)
	 * @param shortfall how much is missing for the required part (zero when met)
	 * @param gap for ANCHOR_SHARE, how much of the whole budget is still not secured by the anchor and the
	 *     funders of the rest kind (zero when fully funded)
	 */
	public record RuleResult(CoFundingRule rule, boolean holds, Money required, Money secured, Money shortfall,
			Money gap) {
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
				Money anchor = secured(fundings, rule.funder(), null, true);
				Money rest = secured(fundings, rule.funder(), rule.restKind(), false);
				Money shortfall = max0(required.minus(anchor));
				Money gap = max0(total.minus(anchor).minus(rest));
				yield new RuleResult(rule, shortfall.ore() == 0 && gap.ore() == 0, required, anchor, shortfall, gap);
			}
			case MIN_COFUNDING -> {
				Money others = secured(fundings, rule.funder(), null, false);
				Money shortfall = max0(required.minus(others));
				yield new RuleResult(rule, shortfall.ore() == 0, required, others, shortfall, Money.ZERO);
			}
		};
	}

	/** The share of an amount, rounded up to whole øre so that a requirement is never understated. */
	static Money share(Money total, int basisPoints) {
		return new Money(BigDecimal.valueOf(total.ore()).multiply(BigDecimal.valueOf(basisPoints))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact());
	}

	private static Money secured(List<FundingView> fundings, String funder, FunderKind kind, boolean isFunder) {
		return fundings.stream()
			.filter(f -> f.status().isSecured())
			.filter(f -> isFunder == f.funder().equalsIgnoreCase(funder))
			.filter(f -> kind == null || f.kind() == kind)
			.map(FundingView::amount)
			.reduce(Money.ZERO, Money::plus);
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
