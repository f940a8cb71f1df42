package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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

	PortfolioResult solve(PortfolioProblem problem) {
		return solve(problem, null);
	}

	/** Solves exactly, and for each left-out application also what forcing it in would cost (up to 25 of them). */
	PortfolioResult solveWithCostOfInclusion(PortfolioProblem problem) {
		PortfolioResult best = solve(problem, null);
		if (best.status() == PortfolioResult.Status.INFEASIBLE) {
			return best;
		}
		Map<String, OptionalDouble> costs = new LinkedHashMap<>();
		problem.candidates().stream()
			.filter(c -> !best.isSelected(c.id()))
			.sorted(Comparator.comparingDouble(PortfolioProblem.Candidate::score).reversed())
			.limit(25)
			.forEach(candidate -> {
				PortfolioResult forced = solve(problem, candidate.id());
				costs.put(candidate.id(), forced.status() == PortfolioResult.Status.INFEASIBLE ? OptionalDouble.empty()
						: OptionalDouble.of(Math.max(0, round(best.totalScore() - forced.totalScore()))));
			});
		return best.withCostOfInclusion(costs);
	}

	private PortfolioResult solve(PortfolioProblem problem, String forcedIn) {
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
		solver.getParameters().setMaxTimeInSeconds(problem.timeLimit().toMillis() / 1000.0).setNumWorkers(2);
		long started = System.nanoTime();
		CpSolverStatus status = solver.solve(model);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
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
