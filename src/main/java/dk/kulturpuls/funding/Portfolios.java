package dk.kulturpuls.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.Money;

/**
 * The input of a call's portfolio proposal: the screened applications with a submitted review, each with its mean
 * weighted score and its request per budget year, and the pool's budget per year.
 */
@Service
@Transactional(readOnly = true)
class Portfolios {

	/** Budget key used when the pool has no budget per year: the whole period as one pot. */
	static final int WHOLE_PERIOD = 0;

	/** A candidate as the page shows it. */
	record Row(PortfolioProblem.Candidate candidate, Money request, Decision decision) {
	}

	/** The candidates, the pool's money per year, and the titles left out because they ask outside those years. */
	record Input(List<PortfolioProblem.Candidate> candidates, Map<String, Row> rows,
			SortedMap<Integer, Money> budgetPerYear, List<String> outsideYears) {
	}

	private final Reviews reviews;
	private final Decisions decisions;
	private final GrantApplicationRepository applications;
	private final ApplicantOrganisationRepository organisations;
	private final PoolRepository pools;
	private final RequestsPerYear requests;

	Portfolios(Reviews reviews, Decisions decisions, GrantApplicationRepository applications,
			ApplicantOrganisationRepository organisations, PoolRepository pools, RequestsPerYear requests) {
		this.reviews = reviews;
		this.decisions = decisions;
		this.applications = applications;
		this.organisations = organisations;
		this.pools = pools;
		this.requests = requests;
	}

	Input input(Calls.CallView call) {
		Pool pool = pools.findById(call.poolId().value()).orElseThrow();
		SortedMap<Integer, Money> budgetPerYear = new TreeMap<>(pool.yearBudgets());
		// what the pool has granted from other calls is not there to propose
		Map<Integer, Money> elsewhere = decisions.committedPerYearOutside(pool.id(), call.id());
		budgetPerYear.replaceAll((year, budget) -> {
			Money left = budget.minus(elsewhere.getOrDefault(year, Money.ZERO));
			return left.isNegative() ? Money.ZERO : left;
		});
		if (budgetPerYear.isEmpty()) {
			budgetPerYear.put(WHOLE_PERIOD, pool.budget());
		}
		List<PortfolioProblem.Candidate> candidates = new ArrayList<>();
		List<String> outsideYears = new ArrayList<>();
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Map.Entry<UUID, Double> entry : reviews.meanTotals(call.id()).entrySet()) {
			GrantApplication application = applications.findById(entry.getKey()).orElseThrow();
			Map<Integer, Money> asked = requestPerYear(application, budgetPerYear.containsKey(WHOLE_PERIOD));
			if (asked.isEmpty()) {
				continue;
			}
			if (!budgetPerYear.keySet().containsAll(asked.keySet())) {
				outsideYears.add(application.title());
				continue;
			}
			PortfolioProblem.Candidate candidate = new PortfolioProblem.Candidate(application.id().toString(),
					application.title(), organisations.findById(application.organisationId()).orElseThrow().name(),
					application.offerType() == null ? "" : application.offerType(), application.municipalities(),
					entry.getValue(), asked);
			candidates.add(candidate);
			rows.put(candidate.id(), new Row(candidate, candidate.totalRequest(),
					decisions.find(application.id()).orElse(null)));
		}
		return new Input(candidates, rows, budgetPerYear, outsideYears);
	}

	/** The amount asked of the pool per budget year, or as one sum when the pool has no budget per year. */
	private Map<Integer, Money> requestPerYear(GrantApplication application, boolean wholePeriod) {
		Map<Integer, Money> perYear = requests.of(application.id());
		if (!wholePeriod || perYear.isEmpty()) {
			return perYear;
		}
		return Map.of(WHOLE_PERIOD, perYear.values().stream().reduce(Money.ZERO, Money::plus));
	}
}
