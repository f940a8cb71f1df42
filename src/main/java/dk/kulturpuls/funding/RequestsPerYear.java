package dk.kulturpuls.funding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.platform.Money;

/**
 * What an application asks of its pool in each budget year (planned costs less co-funding in that year), and how a
 * grant is spread over those years.
 */
@Component
class RequestsPerYear {

	private final Budgets budgets;

	RequestsPerYear(Budgets budgets) {
		this.budgets = budgets;
	}

	/** The amount asked per budget year; years where co-funding covers the costs ask nothing and are left out. */
	SortedMap<Integer, Money> of(UUID application) {
		SortedMap<Integer, Money> result = new TreeMap<>();
		BudgetView budget = budgets.findByOwner(GrantApplication.BUDGET_OWNER, application).orElse(null);
		if (budget == null) {
			return result;
		}
		for (int i = 0; i < budget.years().size(); i++) {
			int year = budget.years().get(i);
			int index = i;
			Money planned = budget.lines().stream().map(l -> l.planned().get(index)).reduce(Money.ZERO, Money::plus);
			Money coFunding = budget.fundings().stream().filter(f -> f.year() == year)
				.map(BudgetView.FundingView::amount).reduce(Money.ZERO, Money::plus);
			Money asked = planned.minus(coFunding);
			if (!asked.isNegative() && asked.ore() > 0) {
				result.merge(year, asked, Money::plus);
			}
		}
		return result;
	}

	/**
	 * Spreads a grant over the years in proportion to the request per year, in whole øre; the last year takes what
	 * rounding leaves. Without a request per year the whole grant falls in {@code fallbackYear}.
	 */
	static Map<Integer, Money> spread(Money grant, SortedMap<Integer, Money> request, int fallbackYear) {
		Map<Integer, Money> result = new LinkedHashMap<>();
		long total = request.values().stream().mapToLong(Money::ore).sum();
		if (total <= 0) {
			result.put(fallbackYear, grant);
			return result;
		}
		long left = grant.ore();
		int n = 0;
		for (Map.Entry<Integer, Money> year : request.entrySet()) {
			n++;
			long share = n == request.size() ? left
					: java.math.BigInteger.valueOf(grant.ore()).multiply(java.math.BigInteger.valueOf(year.getValue().ore()))
						.divide(java.math.BigInteger.valueOf(total)).longValueExact();
			left -= share;
			if (share > 0) {
				result.put(year.getKey(), new Money(share));
			}
		}
		return result;
	}
}
