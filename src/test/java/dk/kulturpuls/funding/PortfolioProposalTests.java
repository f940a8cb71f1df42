package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.platform.Money;

/** The exact portfolio against hand-made cases and against brute force on random small calls. */
class PortfolioProposalTests {

	final PortfolioProposal proposal = new PortfolioProposal();

	static PortfolioProblem.Candidate candidate(String id, String organisation, String offerType, double score,
			long kroner2026, long kroner2027, String... municipalities) {
		Map<Integer, Money> request = new HashMap<>();
		if (kroner2026 > 0) {
			request.put(2026, Money.ofKroner(kroner2026));
		}
		if (kroner2027 > 0) {
			request.put(2027, Money.ofKroner(kroner2027));
		}
		return new PortfolioProblem.Candidate(id, "Ansøgning " + id, organisation, offerType, Set.of(municipalities),
				score, request);
	}

	static SortedMap<Integer, Money> budget(long y2026, long y2027) {
		return new TreeMap<>(Map.of(2026, Money.ofKroner(y2026), 2027, Money.ofKroner(y2027)));
	}

	@Test
	void beatsBestFirstWhenTheBestDoesNotPackWell() {
		// best first takes A (score 9, 600k) and then nothing else fits; B + C (score 8 + 7) fit exactly
		List<PortfolioProblem.Candidate> candidates = List.of(
				candidate("A", "org-a", "digital", 9, 600_000, 0, "0851"),
				candidate("B", "org-b", "digital", 8, 500_000, 0, "0860"),
				candidate("C", "org-c", "digital", 7, 500_000, 0, "0787"));
		PortfolioProblem problem = new PortfolioProblem(candidates, budget(1_000_000, 0), 0, Set.of(), 0, 10_000,
				Duration.ofSeconds(5));

		PortfolioResult greedy = proposal.greedy(problem);
		PortfolioResult exact = proposal.solveWithCostOfInclusion(problem);

		assertThat(greedy.awards()).extracting(PortfolioResult.Award::candidateId).containsExactly("A");
		assertThat(exact.status()).isEqualTo(PortfolioResult.Status.OPTIMAL);
		assertThat(exact.awards()).extracting(PortfolioResult.Award::candidateId).containsExactlyInAnyOrder("B", "C");
		assertThat(exact.totalScore()).isEqualTo(15.0);
		assertThat(exact.spentPerYear().get(2026)).isEqualTo(Money.ofKroner(1_000_000));
		// forcing A in leaves room for nothing else: 15 - 9 = 6 points lost
		assertThat(exact.costOfInclusion().get("A")).isEqualTo(PortfolioResult.Cost.exact(6.0));
	}

	@Test
	void everyLeftOutApplicationGetsACostThatNoPortfolioWithItBeats() {
		Random random = new Random(20261204);
		for (int round = 0; round < 15; round++) {
			PortfolioProblem problem = randomCall(random, Duration.ofSeconds(10));
			PortfolioResult exact = proposal.compute(problem).exact();
			if (!exact.hasPortfolio()) {
				continue;
			}
			for (PortfolioProblem.Candidate candidate : problem.candidates()) {
				if (exact.isSelected(candidate.id())) {
					continue;
				}
				PortfolioResult.Cost cost = exact.costOfInclusion().get(candidate.id());
				double forcedBest = bruteForce(problem, candidate.id());
				assertThat(cost).as("round %d, %s", round, candidate.id()).isNotNull();
				if (forcedBest < 0) {
					assertThat(cost.kind()).as("round %d, %s", round, candidate.id())
						.isEqualTo(PortfolioResult.Cost.Kind.IMPOSSIBLE);
				}
				else {
					// a small call leaves time to prove every cost
					assertThat(cost).as("round %d, %s", round, candidate.id())
						.isEqualTo(PortfolioResult.Cost.exact(Math.round((exact.totalScore() - forcedBest) * 1000) / 1000.0));
				}
			}
		}
	}

	@Test
	void theRepairedPortfolioKeepsEveryRuleAndSoBoundsTheCostFromAbove() {
		Random random = new Random(4711);
		int repaired = 0;
		for (int round = 0; round < 25; round++) {
			PortfolioProblem problem = randomCall(random, Duration.ofSeconds(10));
			PortfolioResult exact = proposal.solve(problem);
			if (!exact.hasPortfolio()) {
				continue;
			}
			PortfolioRepair repair = new PortfolioRepair(problem, exact);
			for (PortfolioProblem.Candidate candidate : problem.candidates()) {
				if (exact.isSelected(candidate.id())) {
					continue;
				}
				var forced = repair.forceIn(candidate.id());
				double forcedBest = bruteForce(problem, candidate.id());
				if (forced.isPresent()) {
					repaired++;
					assertThat(forced.get().levels()).containsKey(candidate.id());
					assertThat(keepsTheRules(problem, forced.get().levels().keySet())).as("round %d", round).isTrue();
					assertThat(forcedBest).as("round %d: a portfolio with it exists", round).isGreaterThanOrEqualTo(0);
					assertThat(forced.get().score()).isLessThanOrEqualTo(forcedBest + 1e-9);
				}
				if (repair.cannotFit(candidate.id())) {
					assertThat(forcedBest).isNegative();
				}
			}
		}
		assertThat(repaired).as("the repair finds portfolios").isGreaterThan(50);
	}

	@Test
	void theSamePortfolioIsComputedOnceAndAChangedScoreComputesAgain() {
		PortfolioProposal cached = new PortfolioProposal();
		List<PortfolioProblem.Candidate> candidates = List.of(
				candidate("A", "org-a", "digital", 9, 600_000, 0, "0851"),
				candidate("B", "org-b", "digital", 8, 500_000, 0, "0860"),
				candidate("C", "org-c", "digital", 7, 500_000, 0, "0787"));
		PortfolioProblem problem = new PortfolioProblem(candidates, budget(1_000_000, 0), 0, Set.of(), 0, 10_000,
				Duration.ofSeconds(5));

		PortfolioProposal.Proposal first = cached.propose(problem);
		PortfolioProposal.Proposal second = cached.propose(new PortfolioProblem(List.copyOf(candidates),
				budget(1_000_000, 0), 0, Set.of(), 0, 10_000, Duration.ofSeconds(5)));
		assertThat(cached.computations()).isEqualTo(1);
		assertThat(second).isSameAs(first);

		List<PortfolioProblem.Candidate> rescored = List.of(candidates.get(0), candidates.get(1),
				candidate("C", "org-c", "digital", 7.5, 500_000, 0, "0787"));
		PortfolioProposal.Proposal third = cached.propose(new PortfolioProblem(rescored, budget(1_000_000, 0), 0,
				Set.of(), 0, 10_000, Duration.ofSeconds(5)));
		assertThat(cached.computations()).isEqualTo(2);
		assertThat(third.exact().totalScore()).isEqualTo(15.5);
		cached.propose(new PortfolioProblem(candidates, budget(1_000_000, 0), 0, Set.of(), 1, 10_000,
				Duration.ofSeconds(5)));
		assertThat(cached.computations()).as("a changed rule").isEqualTo(3);
	}

	@Test
	void aLargeCallGetsACostForEveryLeftOutApplicationWithinItsBudget() {
		PortfolioProblem large = PortfolioBenchmark.largeCall(120, new Random(7));
		PortfolioProblem problem = new PortfolioProblem(large.candidates(), large.budgetPerYear(),
				large.minMunicipalities(), large.requiredOfferTypes(), large.maxPerOrganisation(),
				large.minShareBasisPoints(), Duration.ofSeconds(5));
		PortfolioProposal.Proposal proposal = this.proposal.compute(problem);
		assertThat(proposal.exact().hasPortfolio()).isTrue();
		List<String> leftOut = problem.candidates().stream().map(PortfolioProblem.Candidate::id)
			.filter(id -> !proposal.exact().isSelected(id)).toList();
		assertThat(leftOut).isNotEmpty().hasSize(proposal.leftOut());
		assertThat(proposal.exact().costOfInclusion().keySet()).containsAll(leftOut);
		assertThat(proposal.exactCosts()).isPositive();
	}

	@Test
	void keepsEveryYearWithinItsBudget() {
		List<PortfolioProblem.Candidate> candidates = List.of(
				candidate("A", "o1", "digital", 10, 300_000, 700_000, "0851"),
				candidate("B", "o2", "digital", 6, 300_000, 300_000, "0860"),
				candidate("C", "o3", "digital", 6, 300_000, 300_000, "0787"));
		PortfolioProblem problem = new PortfolioProblem(candidates, budget(1_000_000, 700_000), 0, Set.of(), 0,
				10_000, Duration.ofSeconds(5));
		PortfolioResult exact = proposal.solve(problem);
		// A alone uses all of 2027; B + C together need 600k in 2027 and score more
		assertThat(exact.awards()).extracting(PortfolioResult.Award::candidateId).containsExactlyInAnyOrder("B", "C");
		assertThat(exact.spentPerYear().get(2027)).isEqualTo(Money.ofKroner(600_000));
	}

	@Test
	void honoursSpreadRulesAtTheCostOfScore() {
		List<PortfolioProblem.Candidate> candidates = List.of(
				candidate("A", "same-org", "digital", 9, 100_000, 0, "0851"),
				candidate("B", "same-org", "digital", 9, 100_000, 0, "0851"),
				candidate("C", "other", "youth-education", 3, 100_000, 0, "0787", "0773"),
				candidate("D", "third", "digital", 5, 100_000, 0, "0851"));
		PortfolioProblem problem = new PortfolioProblem(candidates, budget(200_000, 0), 3,
				Set.of("digital", "youth-education"), 1, 10_000, Duration.ofSeconds(5));
		PortfolioResult exact = proposal.solve(problem);
		assertThat(exact.status()).isEqualTo(PortfolioResult.Status.OPTIMAL);
		// A and B tie but share an organisation: one of them, and C for the spread
		assertThat(exact.awards()).extracting(PortfolioResult.Award::candidateId).hasSize(2).contains("C")
			.containsAnyOf("A", "B");
		assertThat(exact.totalScore()).isEqualTo(12.0);
		assertThat(exact.municipalitiesCovered()).containsExactlyInAnyOrder("0851", "0787", "0773");
		assertThat(exact.offerTypesCovered()).containsExactlyInAnyOrder("digital", "youth-education");
	}

	@Test
	void fundsPartlyDownToTheMinimumShareToFitOneMore() {
		List<PortfolioProblem.Candidate> candidates = List.of(
				candidate("A", "o1", "digital", 8, 500_000, 0, "0851"),
				candidate("B", "o2", "digital", 8, 500_000, 0, "0860"),
				candidate("C", "o3", "digital", 8, 200_000, 0, "0787"));
		PortfolioProblem full = new PortfolioProblem(candidates, budget(1_000_000, 0), 0, Set.of(), 0, 10_000,
				Duration.ofSeconds(5));
		assertThat(proposal.solve(full).awards()).hasSize(2);

		PortfolioProblem partial = new PortfolioProblem(candidates, budget(1_000_000, 0), 0, Set.of(), 0, 8_000,
				Duration.ofSeconds(5));
		PortfolioResult result = proposal.solve(partial);
		assertThat(result.awards()).hasSize(3);
		assertThat(result.awards()).allSatisfy(a -> assertThat(a.shareBasisPoints()).isBetween(8_000, 10_000));
		assertThat(result.spentPerYear().get(2026).isGreaterThan(Money.ofKroner(1_000_000))).isFalse();
		// the money left is as little as 5 % steps allow
		assertThat(result.spentPerYear().get(2026)).isEqualTo(Money.ofKroner(1_000_000));
	}

	@Test
	void saysSoWhenNoPortfolioSatisfiesTheRules() {
		List<PortfolioProblem.Candidate> candidates = List.of(candidate("A", "o1", "digital", 8, 500_000, 0, "0851"));
		PortfolioProblem problem = new PortfolioProblem(candidates, budget(1_000_000, 0), 2, Set.of(), 0, 10_000,
				Duration.ofSeconds(5));
		assertThat(proposal.solve(problem).status()).isEqualTo(PortfolioResult.Status.INFEASIBLE);
	}

	@Test
	void matchesBruteForceOnRandomCalls() {
		Random random = new Random(20261123);
		String[] offerTypes = { "digital", "youth-education", "vulnerable-citizens" };
		String[] municipalities = { "0773", "0787", "0810", "0813", "0820", "0825" };
		for (int round = 0; round < 25; round++) {
			int n = 6 + random.nextInt(7);
			List<PortfolioProblem.Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Set<String> reached = new HashSet<>();
				reached.add(municipalities[random.nextInt(municipalities.length)]);
				if (random.nextBoolean()) {
					reached.add(municipalities[random.nextInt(municipalities.length)]);
				}
				candidates.add(candidate("c" + i, "org" + random.nextInt(4), offerTypes[random.nextInt(3)],
						1 + random.nextInt(90) / 10.0, 50_000 + 10_000L * random.nextInt(40),
						random.nextBoolean() ? 10_000L * random.nextInt(30) : 0,
						reached.toArray(String[]::new)));
			}
			int minMunicipalities = random.nextInt(4);
			int maxPerOrganisation = random.nextInt(3);
			Set<String> required = random.nextBoolean() ? Set.of("digital") : Set.of();
			PortfolioProblem problem = new PortfolioProblem(candidates, budget(600_000, 250_000), minMunicipalities,
					required, maxPerOrganisation, 10_000, Duration.ofSeconds(10));

			double brute = bruteForce(problem);
			PortfolioResult exact = proposal.solve(problem);
			if (brute < 0) {
				assertThat(exact.status()).as("round %d", round).isEqualTo(PortfolioResult.Status.INFEASIBLE);
			}
			else {
				assertThat(exact.status()).as("round %d", round).isEqualTo(PortfolioResult.Status.OPTIMAL);
				assertThat(exact.totalScore()).as("round %d", round).isCloseTo(brute, org.assertj.core.data.Offset.offset(1e-9));
			}
		}
	}

	static PortfolioProblem randomCall(Random random, Duration timeLimit) {
		String[] offerTypes = { "digital", "youth-education", "vulnerable-citizens" };
		String[] municipalities = { "0773", "0787", "0810", "0813", "0820", "0825" };
		int n = 6 + random.nextInt(7);
		List<PortfolioProblem.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Set<String> reached = new HashSet<>();
			reached.add(municipalities[random.nextInt(municipalities.length)]);
			if (random.nextBoolean()) {
				reached.add(municipalities[random.nextInt(municipalities.length)]);
			}
			candidates.add(candidate("c" + i, "org" + random.nextInt(4), offerTypes[random.nextInt(3)],
					1 + random.nextInt(90) / 10.0, 50_000 + 10_000L * random.nextInt(40),
					random.nextBoolean() ? 10_000L * random.nextInt(30) : 0, reached.toArray(String[]::new)));
		}
		return new PortfolioProblem(candidates, budget(600_000, 250_000), random.nextInt(4),
				random.nextBoolean() ? Set.of("digital") : Set.of(), random.nextInt(3), 10_000, timeLimit);
	}

	/** Whether funding these applications in full keeps the budget and the rules. */
	static boolean keepsTheRules(PortfolioProblem problem, Set<String> funded) {
		int mask = 0;
		for (int i = 0; i < problem.candidates().size(); i++) {
			if (funded.contains(problem.candidates().get(i).id())) {
				mask |= 1 << i;
			}
		}
		return score(problem, mask) >= 0;
	}

	/** The best total score over every subset (full funding), or -1 when no subset keeps the rules. */
	static double bruteForce(PortfolioProblem problem) {
		return bruteForce(problem, null);
	}

	/** As {@link #bruteForce(PortfolioProblem)}, over the subsets that include this application. */
	static double bruteForce(PortfolioProblem problem, String mustInclude) {
		List<PortfolioProblem.Candidate> c = problem.candidates();
		double best = -1;
		for (int mask = 0; mask < (1 << c.size()); mask++) {
			double score = score(problem, mask);
			boolean includes = true;
			for (int i = 0; i < c.size(); i++) {
				if (c.get(i).id().equals(mustInclude) && (mask & (1 << i)) == 0) {
					includes = false;
				}
			}
			if (includes && score > best) {
				best = score;
			}
		}
		return best < 0 ? -1 : Math.round(best * 1000) / 1000.0;
	}

	/** The total score of this subset funded in full, or -1 when it breaks the budget or a rule. */
	static double score(PortfolioProblem problem, int mask) {
		List<PortfolioProblem.Candidate> c = problem.candidates();
		Map<Integer, Long> spent = new HashMap<>();
		Map<String, Integer> perOrganisation = new HashMap<>();
		Set<String> reached = new HashSet<>();
		Set<String> types = new HashSet<>();
		double score = 0;
		for (int i = 0; i < c.size(); i++) {
			if ((mask & (1 << i)) != 0) {
				c.get(i).request().forEach((year, money) -> spent.merge(year, money.ore(), Long::sum));
				perOrganisation.merge(c.get(i).organisation(), 1, Integer::sum);
				reached.addAll(c.get(i).municipalities());
				types.add(c.get(i).offerType());
				score += c.get(i).score();
			}
		}
		boolean ok = problem.budgetPerYear().entrySet().stream()
			.allMatch(e -> spent.getOrDefault(e.getKey(), 0L) <= e.getValue().ore())
				&& (problem.maxPerOrganisation() == 0
						|| perOrganisation.values().stream().allMatch(v -> v <= problem.maxPerOrganisation()))
				&& reached.size() >= problem.minMunicipalities() && types.containsAll(problem.requiredOfferTypes());
		return ok ? score : -1;
	}
}
