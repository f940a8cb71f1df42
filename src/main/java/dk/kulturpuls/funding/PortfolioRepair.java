package dk.kulturpuls.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kulturpuls.platform.Money;

/**
 * A fast repair of a proposed portfolio with one left-out application forced in: the application gets the smallest
 * share the rules allow; to make room, the other grants are first lowered to that share (this costs no score), then
 * the grants giving the least score per krone freed are dropped, never one the spread rules need; what money is then
 * left goes to the best left-out applications that fit. The result keeps the budget and every rule, so the score it
 * loses is an upper bound of the cost of inclusion.
 */
final class PortfolioRepair {

	/** A portfolio with the forced application in: the level (twentieths) of each funded application, and its score. */
	record Repaired(Map<String, Integer> levels, double score) {
	}

	private final PortfolioProblem problem;
	private final Map<String, PortfolioProblem.Candidate> byId = new LinkedHashMap<>();
	private final Map<String, Integer> proposed = new LinkedHashMap<>();
	private final int minLevel;

	PortfolioRepair(PortfolioProblem problem, PortfolioResult proposal) {
		this.problem = problem;
		problem.candidates().forEach(c -> byId.put(c.id(), c));
		proposal.awards().forEach(a -> proposed.put(a.candidateId(), a.level()));
		this.minLevel = Math.max(1, Math.min(PortfolioProblem.STEPS, problem.minimumLevel()));
	}

	/** True when the application alone, at its smallest allowed share, asks more than a year's budget. */
	boolean cannotFit(String candidateId) {
		return byId.get(candidateId).request().entrySet().stream()
			.anyMatch(e -> e.getValue().ore() * minLevel > problem.budgetPerYear().get(e.getKey()).ore()
					* PortfolioProblem.STEPS);
	}

	/** A feasible portfolio with the application in, or empty when this repair finds none. */
	Optional<Repaired> forceIn(String candidateId) {
		PortfolioProblem.Candidate forced = byId.get(candidateId);
		Map<String, Integer> levels = new LinkedHashMap<>(proposed);
		levels.put(candidateId, minLevel);
		if (problem.maxPerOrganisation() > 0) {
			while (ofOrganisation(levels, forced.organisation()).size() > problem.maxPerOrganisation()) {
				Optional<String> drop = ofOrganisation(levels, forced.organisation()).stream()
					.filter(id -> !id.equals(candidateId) && droppable(levels, id))
					.min(Comparator.comparingDouble(id -> byId.get(id).score()));
				if (drop.isEmpty()) {
					return Optional.empty();
				}
				levels.remove(drop.get());
			}
		}
		Map<Integer, Long> over;
		while (!(over = overspent(levels)).isEmpty()) {
			Map<Integer, Long> overNow = over;
			// lowering a grant to the smallest share costs no score
			Optional<String> lower = levels.entrySet().stream()
				.filter(e -> !e.getKey().equals(candidateId) && e.getValue() > minLevel)
				.map(Map.Entry::getKey)
				.filter(id -> freed(id, levels.get(id) - minLevel, overNow) > 0)
				.max(Comparator.comparingLong(id -> freed(id, levels.get(id) - minLevel, overNow)));
			if (lower.isPresent()) {
				levels.put(lower.get(), minLevel);
				continue;
			}
			Optional<String> drop = levels.keySet().stream()
				.filter(id -> !id.equals(candidateId) && freed(id, levels.get(id), overNow) > 0 && droppable(levels, id))
				.min(Comparator.comparingDouble(id -> byId.get(id).score() / freed(id, levels.get(id), overNow)));
			if (drop.isEmpty()) {
				return Optional.empty();
			}
			levels.remove(drop.get());
		}
		refill(levels);
		double score = levels.keySet().stream().mapToDouble(id -> byId.get(id).score()).sum();
		return Optional.of(new Repaired(Map.copyOf(levels), score));
	}

	/** The best left-out applications that still fit, at the smallest share. */
	private void refill(Map<String, Integer> levels) {
		List<PortfolioProblem.Candidate> out = new ArrayList<>(problem.candidates().stream()
			.filter(c -> !levels.containsKey(c.id())).toList());
		out.sort(Comparator.comparingDouble(PortfolioProblem.Candidate::score).reversed());
		Map<Integer, Long> left = new HashMap<>();
		problem.budgetPerYear().forEach((year, money) -> left.put(year, money.ore() * PortfolioProblem.STEPS));
		levels.forEach((id, level) -> byId.get(id).request()
			.forEach((year, money) -> left.merge(year, -money.ore() * level, Long::sum)));
		for (PortfolioProblem.Candidate candidate : out) {
			boolean fits = candidate.request().entrySet().stream()
				.allMatch(e -> e.getValue().ore() * minLevel <= left.get(e.getKey()));
			boolean organisationOk = problem.maxPerOrganisation() == 0
					|| ofOrganisation(levels, candidate.organisation()).size() < problem.maxPerOrganisation();
			if (fits && organisationOk) {
				levels.put(candidate.id(), minLevel);
				candidate.request().forEach((year, money) -> left.merge(year, -money.ore() * minLevel, Long::sum));
			}
		}
	}

	/** Whether the spread rules still hold without this grant. */
	private boolean droppable(Map<String, Integer> levels, String id) {
		PortfolioProblem.Candidate candidate = byId.get(id);
		if (problem.requiredOfferTypes().contains(candidate.offerType()) && levels.keySet().stream()
			.filter(other -> !other.equals(id))
			.noneMatch(other -> byId.get(other).offerType().equals(candidate.offerType()))) {
			return false;
		}
		if (problem.minMunicipalities() > 0) {
			long reachedWithout = levels.keySet().stream().filter(other -> !other.equals(id))
				.flatMap(other -> byId.get(other).municipalities().stream()).distinct().count();
			return reachedWithout >= problem.minMunicipalities();
		}
		return true;
	}

	private List<String> ofOrganisation(Map<String, Integer> levels, String organisation) {
		return levels.keySet().stream().filter(id -> byId.get(id).organisation().equals(organisation)).toList();
	}

	/** Per year, how much (in øre × twentieths) the portfolio spends beyond the budget. */
	private Map<Integer, Long> overspent(Map<String, Integer> levels) {
		Map<Integer, Long> spent = new HashMap<>();
		levels.forEach((id, level) -> byId.get(id).request()
			.forEach((year, money) -> spent.merge(year, money.ore() * level, Long::sum)));
		Map<Integer, Long> over = new HashMap<>();
		spent.forEach((year, amount) -> {
			long budget = problem.budgetPerYear().get(year).ore() * PortfolioProblem.STEPS;
			if (amount > budget) {
				over.put(year, amount - budget);
			}
		});
		return over;
	}

	/** How much of the overspending (øre × twentieths) taking these levels from the grant covers. */
	private long freed(String id, int levelsTaken, Map<Integer, Long> over) {
		long freed = 0;
		for (Map.Entry<Integer, Long> year : over.entrySet()) {
			Money request = byId.get(id).request().get(year.getKey());
			if (request != null) {
				freed += Math.min(year.getValue(), request.ore() * levelsTaken);
			}
		}
		return freed;
	}
}
