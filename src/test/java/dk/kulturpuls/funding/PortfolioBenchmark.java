package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dk.kulturpuls.platform.Money;

/**
 * The portfolio proposal for a large call: 500 applications, the 11 municipalities of North Jutland, 4 offer
 * types, 2 budget years, at most 2 grants per organisation, every offer type and all 11 municipalities required,
 * partial funding down to 80 %. {@link #page} is what the portfolio page computes on a first view (the proposal with
 * every cost of inclusion, default 4 s budget). Run (figures in docs/benchmarks.md):
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main PortfolioBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class PortfolioBenchmark {

	static final String[] MUNICIPALITIES = { "0773", "0787", "0810", "0813", "0820", "0825", "0840", "0846", "0849",
			"0851", "0860" };
	static final String[] OFFER_TYPES = { "vulnerable-citizens", "health-promoting-courses", "youth-education",
			"digital" };

	PortfolioProblem problem;
	PortfolioProposal proposal;

	@Setup
	public void setUp() {
		problem = largeCall(500, new Random(42));
		proposal = new PortfolioProposal();
	}

	static PortfolioProblem largeCall(int applications, Random random) {
		List<PortfolioProblem.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < applications; i++) {
			Set<String> reached = new LinkedHashSet<>();
			int count = 1 + random.nextInt(3);
			while (reached.size() < count) {
				reached.add(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]);
			}
			long total = 50_000 + 10_000L * random.nextInt(116); // 50,000 – 1,200,000 kr.
			long first = total * (40 + random.nextInt(61)) / 100;
			Map<Integer, Money> request = new HashMap<>();
			request.put(2026, Money.ofKroner(first));
			if (total - first > 0) {
				request.put(2027, Money.ofKroner(total - first));
			}
			double score = Math.round((1 + random.nextDouble() * 4) * 100) / 100.0; // weighted 1–5
			candidates.add(new PortfolioProblem.Candidate("a" + i, "Ansøgning " + i, "org" + random.nextInt(250),
					OFFER_TYPES[random.nextInt(OFFER_TYPES.length)], reached, score, request));
		}
		return new PortfolioProblem(candidates,
				new TreeMap<>(Map.of(2026, Money.ofKroner(12_000_000), 2027, Money.ofKroner(8_000_000))),
				MUNICIPALITIES.length, Set.of(OFFER_TYPES), 2, 8_000, Duration.ofMillis(4_500));
	}

	@Benchmark
	public PortfolioResult exact() {
		return proposal.solve(problem);
	}

	@Benchmark
	public PortfolioResult greedy() {
		return proposal.greedy(problem);
	}

	/** What the portfolio page computes on its first view: the proposal and every cost of inclusion, 4 s budget. */
	@Benchmark
	public PortfolioProposal.Proposal page() {
		return proposal.compute(pageProblem(problem));
	}

	/** The large call with the page's default time budget (kulturpuls.funding.portfolio.time-budget). */
	static PortfolioProblem pageProblem(PortfolioProblem problem) {
		return new PortfolioProblem(problem.candidates(), problem.budgetPerYear(), problem.minMunicipalities(),
				problem.requiredOfferTypes(), problem.maxPerOrganisation(), problem.minShareBasisPoints(),
				Duration.ofSeconds(4));
	}

	/** Prints the quality of one solve: status, gap and scores beside best-first. */
	public static void main(String[] args) {
		PortfolioProblem problem = largeCall(500, new Random(42));
		PortfolioProposal proposal = new PortfolioProposal();
		PortfolioResult exact = proposal.solve(problem);
		PortfolioResult greedy = proposal.greedy(problem);
		System.out.printf("exact: %s, gap %.6f, score %.2f, %d grants, %d ms%n", exact.status(), exact.gap(),
				exact.totalScore(), exact.awards().size(), exact.solveTime().toMillis());
		System.out.printf("best first: score %.2f, %d grants, municipalities %d, offer types %d%n",
				greedy.totalScore(), greedy.awards().size(), greedy.municipalitiesCovered().size(),
				greedy.offerTypesCovered().size());
		for (int run = 0; run < 3; run++) {
			PortfolioProposal.Proposal page = proposal.compute(pageProblem(problem));
			Map<PortfolioResult.Cost.Kind, Long> kinds = new TreeMap<>();
			page.exact().costOfInclusion().values().forEach(c -> kinds.merge(c.kind(), 1L, Long::sum));
			System.out.printf("page: %d ms, %s, gap %.6f, score %.2f, %d left out, costs %s, proven %d%n",
					page.took().toMillis(), page.exact().status(), page.exact().gap(), page.exact().totalScore(),
					page.leftOut(), kinds, page.exactCosts());
		}
	}
}
