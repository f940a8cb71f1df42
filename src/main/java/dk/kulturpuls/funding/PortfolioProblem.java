package dk.kulturpuls.funding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * @param timeLimit how long the exact solver may search before it reports its best solution and gap; for the page's
 *     proposal, the one budget for the solve and every application's cost of inclusion
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

	/**
	 * A digest of everything the proposal depends on: each candidate's id, organisation, offer type, municipalities,
	 * score and request per year, the budget per year, the rules and the time budget. Titles are left out (they do
	 * not change the proposal); who looks at it is not part of the problem, so the officer and every committee
	 * member share one proposal.
	 */
	String fingerprint() {
		StringBuilder canonical = new StringBuilder();
		candidates.stream().sorted(Comparator.comparing(Candidate::id)).forEach(c -> {
			canonical.append(c.id()).append('\u001f').append(c.organisation()).append('\u001f').append(c.offerType())
				.append('\u001f').append(new TreeSet<>(c.municipalities())).append('\u001f')
				.append(Double.doubleToLongBits(c.score())).append('\u001f').append(inOre(c.request()))
				.append('\u001e');
		});
		canonical.append(inOre(budgetPerYear)).append('|').append(minMunicipalities).append('|')
			.append(new TreeSet<>(requiredOfferTypes)).append('|').append(maxPerOrganisation).append('|')
			.append(minShareBasisPoints).append('|').append(timeLimit);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	private static String inOre(Map<Integer, Money> perYear) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(perYear).forEach((year, money) -> text.append(year).append('=').append(money.ore()).append(';'));
		return text.toString();
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
