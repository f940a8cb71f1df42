package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import dk.kulturpuls.platform.Money;

/**
 * Proposes the portfolio of applications that maximises the total weighted score within the pool's budget per
 * year and the spread rules, solved exactly with Google OR-Tools' CP-SAT solver (a proven optimum, or the best
 * solution and its gap when the time limit ends the search). The greedy "best first until the money runs out"
 * is computed beside it for comparison. The committee still decides: this is a proposal.
 *
 * <p>The page's proposal ({@link #propose}) is computed once within one time budget, with the cost of inclusion of
 * every left-out application, and kept until the applications, scores, budget or rules change.
 */
@Component
class PortfolioProposal {

	/** Scores are compared in thousandths of a point. */
	private static final long SCORE_SCALE = 1000;

	/** Loads OR-Tools' native library on first use, not at start-up. */
	private static final class NativeLibrary {
		static {
			Loader.loadNativeLibraries();
		}

		static void load() {
			// the static initialiser does the work once
		}
	}

	/**
	 * A proposal as the portfolio page shows it: the exact portfolio with the cost of inclusion of every left-out
	 * application, best first beside it, and when and how fast it was computed.
	 *
	 * @param exactCosts how many of the left-out applications' costs were proven by an exact solve
	 */
	record Proposal(PortfolioResult exact, PortfolioResult greedy, Instant computedAt, Duration took, int exactCosts,
			int leftOut) {
	}

	/** Share of the time budget the main solve may use; the rest (and what the main solve leaves) goes to costs. */
	private static final double MAIN_SHARE = 0.7;

	/** An exact solve with an application forced in is not started with less time left than this. */
	private static final Duration SHORTEST_FORCED_SOLVE = Duration.ofMillis(150);

	private final Clock clock;
	private final Map<String, CompletableFuture<Proposal>> cache;
	private final AtomicInteger computations = new AtomicInteger();

	/** Without Spring (tests, benchmark): the system clock and a cache of 32 proposals. */
	PortfolioProposal() {
		this(Clock.systemUTC(), 32);
	}

	@Autowired
	PortfolioProposal(Clock clock, @Value("${kulturpuls.funding.portfolio.cache-size:32}") int cacheSize) {
		this.clock = clock;
		this.cache = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Proposal>> eldest) {
				return size() > cacheSize;
			}
		};
	}

	/**
	 * The proposal for this problem: computed once within the problem's time budget and kept (the most recently
	 * used proposals, keyed by {@link PortfolioProblem#fingerprint()}), so a second view of unchanged applications,
	 * scores, budget and rules answers at once and any change computes anew. A view that arrives while the same
	 * proposal is being computed waits for it instead of solving again.
	 */
	Proposal propose(PortfolioProblem problem) {
		String key = problem.fingerprint();
		CompletableFuture<Proposal> mine = new CompletableFuture<>();
		CompletableFuture<Proposal> existing;
		synchronized (cache) {
			existing = cache.get(key);
			if (existing == null) {
				cache.put(key, mine);
			}
		}
		if (existing != null) {
			return existing.join();
		}
		try {
			Proposal proposal = compute(problem);
			mine.complete(proposal);
			return proposal;
		}
		catch (RuntimeException e) {
			synchronized (cache) {
				cache.remove(key, mine);
			}
			mine.completeExceptionally(e);
			throw e;
		}
	}

	/** How many proposals have been computed (not taken from the cache). */
	int computations() {
		return computations.get();
	}

	/**
	 * Computes the proposal within the problem's time limit as one budget: the main solve gets up to 70 % of it;
	 * then every left-out application gets an upper bound of its cost from {@link PortfolioRepair} (milliseconds),
	 * and in the time left exact solves with the application forced in (the repaired portfolio as hint), nearest to
	 * the cut first, make as many of them exact as the budget allows.
	 */
	Proposal compute(PortfolioProblem problem) {
		computations.incrementAndGet();
		Instant computedAt = clock.instant();
		long started = System.nanoTime();
		long deadline = started + problem.timeLimit().toNanos();
		PortfolioResult best = solve(problem, null, Map.of(),
				Duration.ofNanos((long) (problem.timeLimit().toNanos() * MAIN_SHARE)));
		PortfolioResult greedy = greedy(problem);
		int leftOut = (int) problem.candidates().stream().filter(c -> !best.isSelected(c.id())).count();
		if (!best.hasPortfolio()) {
			return new Proposal(best, greedy, computedAt, Duration.ofNanos(System.nanoTime() - started), 0, 0);
		}
		Map<String, PortfolioResult.Cost> costs = costOfInclusion(problem, best, deadline);
		int exact = (int) costs.values().stream().filter(c -> c.kind() != PortfolioResult.Cost.Kind.AT_MOST).count();
		return new Proposal(best.withCostOfInclusion(costs), greedy, computedAt,
				Duration.ofNanos(System.nanoTime() - started), exact, leftOut);
	}

	PortfolioResult solve(PortfolioProblem problem) {
		return solve(problem, null, Map.of(), problem.timeLimit());
	}

	/** Solves exactly, with the cost of inclusion of every left-out application, all within the problem's time limit. */
	PortfolioResult solveWithCostOfInclusion(PortfolioProblem problem) {
		return compute(problem).exact();
	}

	private Map<String, PortfolioResult.Cost> costOfInclusion(PortfolioProblem problem, PortfolioResult best,
			long deadline) {
		PortfolioRepair repair = new PortfolioRepair(problem, best);
		Map<String, PortfolioResult.Cost> costs = new HashMap<>();
		Map<String, Map<String, Integer>> hints = new HashMap<>();
		List<String> leftOut = problem.candidates().stream().map(PortfolioProblem.Candidate::id)
			.filter(id -> !best.isSelected(id)).toList();
		for (String id : leftOut) {
			if (repair.cannotFit(id)) {
				costs.put(id, PortfolioResult.Cost.impossible());
				continue;
			}
			repair.forceIn(id).ifPresent(repaired -> {
				costs.put(id, PortfolioResult.Cost.atMost(fall(best, repaired.score())));
				hints.put(id, repaired.levels());
			});
		}
		// nearest to the cut first: those the repair found no portfolio for, then the smallest upper bounds
		List<String> order = leftOut.stream()
			.filter(id -> costs.get(id) == null || costs.get(id).kind() == PortfolioResult.Cost.Kind.AT_MOST)
			.sorted(Comparator.comparingDouble(id -> costs.get(id) == null ? -1 : costs.get(id).points()))
			.toList();
		Duration longest = Duration.ofNanos(Math.max(SHORTEST_FORCED_SOLVE.toNanos() * 2,
				problem.timeLimit().toNanos() / 8));
		for (String id : order) {
			Duration left = Duration.ofNanos(deadline - System.nanoTime());
			if (left.compareTo(SHORTEST_FORCED_SOLVE) < 0) {
				break;
			}
			PortfolioResult forced = solve(problem, id, hints.getOrDefault(id, Map.of()),
					left.compareTo(longest) < 0 ? left : longest);
			PortfolioResult.Cost known = costs.get(id);
			switch (forced.status()) {
				case OPTIMAL -> costs.put(id, PortfolioResult.Cost.exact(fall(best, forced.totalScore())));
				case INFEASIBLE -> costs.put(id, PortfolioResult.Cost.impossible());
				case FEASIBLE -> {
					double bound = fall(best, forced.totalScore());
					if (known == null || bound < known.points()) {
						costs.put(id, PortfolioResult.Cost.atMost(bound));
					}
				}
				case UNKNOWN -> {
					// no forced portfolio found in the time: the repair's bound (if any) stands
				}
			}
		}
		return costs;
	}

	private static double fall(PortfolioResult best, double score) {
		return Math.max(0, round(best.totalScore() - score));
	}

	private PortfolioResult solve(PortfolioProblem problem, String forcedIn, Map<String, Integer> hint,
			Duration timeLimit) {
		NativeLibrary.load();
		List<PortfolioProblem.Candidate> candidates = problem.candidates();
		int n = candidates.size();
		int minLevel = problem.minimumLevel();
		CpModel model = new CpModel();
		BoolVar[] selected = new BoolVar[n];
		IntVar[] level = new IntVar[n];
		for (int i = 0; i < n; i++) {
			PortfolioProblem.Candidate candidate = candidates.get(i);
			selected[i] = model.newBoolVar("x" + i);
			level[i] = model.newIntVar(0, PortfolioProblem.STEPS, "level" + i);
			if (minLevel >= PortfolioProblem.STEPS) {
				model.addEquality(level[i], LinearExpr.term(selected[i], PortfolioProblem.STEPS));
			}
			else {
				model.addGreaterOrEqual(level[i], minLevel).onlyEnforceIf(selected[i]);
				model.addEquality(level[i], 0).onlyEnforceIf(selected[i].not());
			}
			if (candidate.id().equals(forcedIn)) {
				model.addEquality(selected[i], 1);
			}
			if (!hint.isEmpty()) {
				int hinted = hint.getOrDefault(candidate.id(), 0);
				model.addHint(selected[i], hinted > 0 ? 1 : 0);
				model.addHint(level[i], hinted);
			}
		}
		// budget per year: sum of request × level / 20 within the budget, kept integral by multiplying out
		for (Map.Entry<Integer, Money> year : problem.budgetPerYear().entrySet()) {
			LinearExprBuilder spent = LinearExpr.newBuilder();
			for (int i = 0; i < n; i++) {
				Money request = candidates.get(i).request().get(year.getKey());
				if (request != null && request.ore() > 0) {
					spent.addTerm(level[i], request.ore());
				}
			}
			model.addLessOrEqual(spent, year.getValue().ore() * PortfolioProblem.STEPS);
		}
		// at most M grants per organisation
		if (problem.maxPerOrganisation() > 0) {
			Map<String, List<BoolVar>> byOrganisation = new HashMap<>();
			for (int i = 0; i < n; i++) {
				byOrganisation.computeIfAbsent(candidates.get(i).organisation(), k -> new ArrayList<>()).add(selected[i]);
			}
			byOrganisation.values().forEach(vars -> model.addLessOrEqual(LinearExpr.sum(vars.toArray(BoolVar[]::new)),
					problem.maxPerOrganisation()));
		}
		// each required offer type represented
		for (String offerType : problem.requiredOfferTypes()) {
			List<BoolVar> ofType = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (offerType.equals(candidates.get(i).offerType())) {
					ofType.add(selected[i]);
				}
			}
			if (ofType.isEmpty()) {
				return infeasible();
			}
			model.addGreaterOrEqual(LinearExpr.sum(ofType.toArray(BoolVar[]::new)), 1);
		}
		// at least K municipalities reached
		if (problem.minMunicipalities() > 0) {
			Map<String, List<BoolVar>> reaching = new HashMap<>();
			for (int i = 0; i < n; i++) {
				for (String municipality : candidates.get(i).municipalities()) {
					reaching.computeIfAbsent(municipality, k -> new ArrayList<>()).add(selected[i]);
				}
			}
			List<BoolVar> covered = new ArrayList<>();
			reaching.forEach((municipality, vars) -> {
				BoolVar c = model.newBoolVar("covers" + municipality);
				model.addLessOrEqual(LinearExpr.term(c, 1), LinearExpr.sum(vars.toArray(BoolVar[]::new)));
				covered.add(c);
			});
			if (covered.size() < problem.minMunicipalities()) {
				return infeasible();
			}
			model.addGreaterOrEqual(LinearExpr.sum(covered.toArray(BoolVar[]::new)), problem.minMunicipalities());
		}
		// maximise the total score of funded applications; among equal scores, fund more of each request
		long tieBreakWeight = (long) PortfolioProblem.STEPS * n + 1;
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < n; i++) {
			objective.addTerm(selected[i], Math.round(candidates.get(i).score() * SCORE_SCALE) * tieBreakWeight);
			objective.addTerm(level[i], 1);
		}
		model.maximize(objective);

		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimit.toNanos() / 1e9).setNumWorkers(2);
		long started = System.nanoTime();
		CpSolverStatus status = solver.solve(model);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		if (status == CpSolverStatus.UNKNOWN) {
			return new PortfolioResult(PortfolioResult.Status.UNKNOWN, List.of(), 0, new TreeMap<>(), Set.of(), Set.of(),
					0, took, Map.of());
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return infeasible();
		}
		List<PortfolioResult.Award> awards = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (solver.booleanValue(selected[i])) {
				awards.add(award(candidates.get(i), (int) solver.value(level[i])));
			}
		}
		double objectiveValue = solver.objectiveValue();
		double gap = status == CpSolverStatus.OPTIMAL ? 0
				: Math.abs(solver.bestObjectiveBound() - objectiveValue) / Math.max(1, Math.abs(objectiveValue));
		return result(problem, awards, status == CpSolverStatus.OPTIMAL ? PortfolioResult.Status.OPTIMAL
				: PortfolioResult.Status.FEASIBLE, gap, took);
	}

	/** Best score first, funded in full, as long as every year's money and the organisation limit allow. */
	PortfolioResult greedy(PortfolioProblem problem) {
		long started = System.nanoTime();
		Map<Integer, Long> left = new TreeMap<>();
		problem.budgetPerYear().forEach((year, money) -> left.put(year, money.ore()));
		Map<String, Integer> perOrganisation = new HashMap<>();
		List<PortfolioResult.Award> awards = new ArrayList<>();
		List<PortfolioProblem.Candidate> byScore = new ArrayList<>(problem.candidates());
		byScore.sort(Comparator.comparingDouble(PortfolioProblem.Candidate::score).reversed());
		for (PortfolioProblem.Candidate candidate : byScore) {
			boolean fits = candidate.request().entrySet().stream()
				.allMatch(e -> e.getValue().ore() <= left.getOrDefault(e.getKey(), 0L));
			boolean organisationOk = problem.maxPerOrganisation() == 0
					|| perOrganisation.getOrDefault(candidate.organisation(), 0) < problem.maxPerOrganisation();
			if (fits && organisationOk) {
				candidate.request().forEach((year, money) -> left.merge(year, -money.ore(), Long::sum));
				perOrganisation.merge(candidate.organisation(), 1, Integer::sum);
				awards.add(award(candidate, PortfolioProblem.STEPS));
			}
		}
		return result(problem, awards, PortfolioResult.Status.FEASIBLE, Double.NaN,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static PortfolioResult.Award award(PortfolioProblem.Candidate candidate, int level) {
		SortedMap<Integer, Money> amounts = new TreeMap<>();
		candidate.request().forEach((year, money) -> amounts.put(year,
				new Money(money.ore() * level / PortfolioProblem.STEPS)));
		return new PortfolioResult.Award(candidate.id(), amounts, level * 10_000 / PortfolioProblem.STEPS);
	}

	private static PortfolioResult result(PortfolioProblem problem, List<PortfolioResult.Award> awards,
			PortfolioResult.Status status, double gap, Duration took) {
		Map<String, PortfolioProblem.Candidate> byId = new HashMap<>();
		problem.candidates().forEach(c -> byId.put(c.id(), c));
		SortedMap<Integer, Money> spent = new TreeMap<>();
		problem.budgetPerYear().keySet().forEach(year -> spent.put(year, Money.ZERO));
		Set<String> municipalities = new LinkedHashSet<>();
		Set<String> offerTypes = new LinkedHashSet<>();
		double score = 0;
		for (PortfolioResult.Award award : awards) {
			PortfolioProblem.Candidate candidate = byId.get(award.candidateId());
			award.amounts().forEach((year, money) -> spent.merge(year, money, Money::plus));
			municipalities.addAll(candidate.municipalities());
			offerTypes.add(candidate.offerType());
			score += candidate.score();
		}
		return new PortfolioResult(status, List.copyOf(awards), round(score), spent, municipalities, offerTypes, gap,
				took, Map.of());
	}

	private static PortfolioResult infeasible() {
		return new PortfolioResult(PortfolioResult.Status.INFEASIBLE, List.of(), 0, new TreeMap<>(), Set.of(), Set.of(),
				0, Duration.ZERO, Map.of());
	}

	private static double round(double score) {
		return Math.round(score * SCORE_SCALE) / (double) SCORE_SCALE;
	}
}
