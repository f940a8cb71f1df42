package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;

import dk.kulturpuls.platform.Money;

/**
 * A proposed portfolio.
 *
 * @param status whether the solution is proven optimal, only feasible (time ran out), or no portfolio satisfies the rules
 * @param gap the relative distance to the best bound (0 when proven optimal)
 * @param costOfInclusion for each left-out application, how much total score the portfolio loses if it must be
 *     included (empty when including it is impossible within the rules)
 */
record PortfolioResult(Status status, List<Award> awards, double totalScore, SortedMap<Integer, Money> spentPerYear,
		Set<String> municipalitiesCovered, Set<String> offerTypesCovered, double gap, Duration solveTime,
		Map<String, OptionalDouble> costOfInclusion) {

	enum Status {
		OPTIMAL, FEASIBLE, INFEASIBLE
	}

	/**
	 * @param shareBasisPoints the funded share of the request (10000 = in full)
	 */
	record Award(String candidateId, SortedMap<Integer, Money> amounts, int shareBasisPoints) {

		Money total() {
			return amounts.values().stream().reduce(Money.ZERO, Money::plus);
		}
	}

	boolean isSelected(String candidateId) {
		return awards.stream().anyMatch(a -> a.candidateId().equals(candidateId));
	}

	PortfolioResult withCostOfInclusion(Map<String, OptionalDouble> costs) {
		return new PortfolioResult(status, awards, totalScore, spentPerYear, municipalitiesCovered, offerTypesCovered,
				gap, solveTime, Map.copyOf(costs));
	}
}
