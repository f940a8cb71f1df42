package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import dk.kulturpuls.platform.Money;

/**
 * A proposed portfolio.
 *
 * @param status whether the solution is proven optimal, only feasible (time ran out), no portfolio satisfies the
 *     rules, or the time ran out before any portfolio was found
 * @param gap the relative distance to the best bound (0 when proven optimal)
 * @param costOfInclusion for each left-out application, how much the total score of this portfolio falls if the
 *     application must be included
 */
record PortfolioResult(Status status, List<Award> awards, double totalScore, SortedMap<Integer, Money> spentPerYear,
		Set<String> municipalitiesCovered, Set<String> offerTypesCovered, double gap, Duration solveTime,
		Map<String, Cost> costOfInclusion) {

	enum Status {
		OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN
	}

	/**
	 * @param shareBasisPoints the funded share of the request (10000 = in full)
	 */
	record Award(String candidateId, SortedMap<Integer, Money> amounts, int shareBasisPoints) {

		Money total() {
			return amounts.values().stream().reduce(Money.ZERO, Money::plus);
		}

		/** The funded share in twentieths (the solver's level). */
		int level() {
			return shareBasisPoints * PortfolioProblem.STEPS / 10_000;
		}
	}

	/**
	 * What including a left-out application costs.
	 *
	 * @param points the fall in total score (0 for {@link Kind#IMPOSSIBLE})
	 */
	public record Cost(Kind kind, double points) {

		public enum Kind {
			/** Proven by an exact solve with the application forced in. */
			EXACT,
			/** A portfolio with the application in that loses this much exists; the best one may lose less. */
			AT_MOST,
			/** No portfolio within the budget and the rules can include it. */
			IMPOSSIBLE
		}

		static Cost exact(double points) {
			return new Cost(Kind.EXACT, points);
		}

		static Cost atMost(double points) {
			return new Cost(Kind.AT_MOST, points);
		}

		static Cost impossible() {
			return new Cost(Kind.IMPOSSIBLE, 0);
		}
	}

	boolean isSelected(String candidateId) {
		return awards.stream().anyMatch(a -> a.candidateId().equals(candidateId));
	}

	boolean hasPortfolio() {
		return status == Status.OPTIMAL || status == Status.FEASIBLE;
	}

	PortfolioResult withCostOfInclusion(Map<String, Cost> costs) {
		return new PortfolioResult(status, awards, totalScore, spentPerYear, municipalitiesCovered, offerTypesCovered,
				gap, solveTime, Map.copyOf(costs));
	}
}
