package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dk.kulturpuls.platform.Money;

/**
 * The committee's allocation question for one call: which applications, funded how much, give the greatest
 * total weighted score within the pool's budget per year and the spread rules.
 *
 * @param candidates the applications that may be funded
 * @param budgetPerYear the pool's money per budget year
 * @param minMunicipalities at least this many different municipalities must be reached (0: no rule)
 * @param requiredOfferTypes each of these offer types must be represented by at least one grant
 * @param maxPerOrganisation at most this many grants per organisation (0: no rule)
 * @param minShareBasisPoints partial funding down to this share of the request (10000: no partial funding);
 *     partial grants move in steps of 5 %
 * @param timeLimit how long the exact solver may search before it reports its best solution and gap
 */
record PortfolioProblem(List<Candidate> candidates, SortedMap<Integer, Money> budgetPerYear, int minMunicipalities,
		Set<String> requiredOfferTypes, int maxPerOrganisation, int minShareBasisPoints, Duration timeLimit) {

	/** Funding levels are counted in twentieths (5 % steps). */
	static final int STEPS = 20;

	PortfolioProblem {
		candidates = List.copyOf(candidates);
		budgetPerYear = new TreeMap<>(budgetPerYear);
		requiredOfferTypes = Set.copyOf(requiredOfferTypes);
		if (minShareBasisPoints <= 0 || minShareBasisPoints > 10_000) {
			throw new IllegalArgumentException("the minimum share is between 0 and 100 %");
		}
		for (Candidate candidate : candidates) {
			if (!budgetPerYear.keySet().containsAll(candidate.request().keySet())) {
				throw new IllegalArgumentException("candidate " + candidate.id() + " requests money outside the pool's years");
			}
		}
	}

	/** The smallest funding level (in twentieths) allowed for a funded application. */
	int minimumLevel() {
		return (int) Math.ceil(minShareBasisPoints * STEPS / 10_000.0);
	}

	/**
	 * An application as the portfolio sees it.
	 *
	 * @param score the weighted total score (mean of the reviewers' weighted totals)
	 * @param request the requested amount per budget year
	 */
	record Candidate(String id, String title, String organisation, String offerType, Set<String> municipalities,
			double score, Map<Integer, Money> request) {

		Candidate {
			municipalities = Set.copyOf(municipalities);
			request = Map.copyOf(request);
			if (score < 0) {
				throw new IllegalArgumentException("scores are not negative");
			}
		}

		Money totalRequest() {
			return request.values().stream().reduce(Money.ZERO, Money::plus);
		}
	}
}
