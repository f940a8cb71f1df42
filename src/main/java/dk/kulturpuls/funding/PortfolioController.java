package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.Money;

/**
 * The portfolio page of a call for the officer and the committee: the exact proposal (CP-SAT) over the screened
 * applications with their mean weighted scores, the greedy "best first" beside it, what including each left-out
 * application would cost, and the municipalities reached on the map. The committee still decides.
 */
@Controller
class PortfolioController {

	/** Budget key used when the pool has no budget per year: the whole period as one pot. */
	static final int WHOLE_PERIOD = 0;

	/** A candidate as the page shows it. */
	record Row(PortfolioProblem.Candidate candidate, Money request, Decision decision) {
	}

	/** An award as the page shows it: the total amount and the funded share in per cent. */
	record AwardView(Money total, int percent) {

		static AwardView of(PortfolioResult.Award award) {
			return new AwardView(award.total(), award.shareBasisPoints() / 100);
		}
	}

	private final Calls calls;
	private final Reviews reviews;
	private final Decisions decisions;
	private final GrantApplicationRepository applications;
	private final ApplicantOrganisationRepository organisations;
	private final PoolRepository pools;
	private final Budgets budgets;
	private final PortfolioProposal proposal;
	private final Municipalities municipalities;

	PortfolioController(Calls calls, Reviews reviews, Decisions decisions, GrantApplicationRepository applications,
			ApplicantOrganisationRepository organisations, PoolRepository pools, Budgets budgets,
			PortfolioProposal proposal, Municipalities municipalities) {
		this.calls = calls;
		this.reviews = reviews;
		this.decisions = decisions;
		this.applications = applications;
		this.organisations = organisations;
		this.pools = pools;
		this.budgets = budgets;
		this.proposal = proposal;
		this.municipalities = municipalities;
	}

	@GetMapping({ "/officer/calls/{id}/portfolio", "/committee/calls/{id}/portfolio" })
	String portfolio(@PathVariable UUID id, @RequestParam(defaultValue = "0") int minMunicipalities,
			@RequestParam(defaultValue = "0") int maxPerOrganisation, @RequestParam(defaultValue = "100") int minShare,
			@RequestParam(defaultValue = "false") boolean allOfferTypes, Authentication user,
			HttpServletRequest request, Model model) {
		Calls.CallView call = calls.find(new CallId(id)).orElseThrow(() -> new NotFoundException("call"));
		boolean committee = request.getRequestURI().substring(request.getContextPath().length()).startsWith("/committee");
		Pool pool = pools.findById(call.poolId().value()).orElseThrow();
		SortedMap<Integer, Money> budgetPerYear = new TreeMap<>(pool.yearBudgets());
		if (budgetPerYear.isEmpty()) {
			budgetPerYear.put(WHOLE_PERIOD, pool.budget());
		}
		List<PortfolioProblem.Candidate> candidates = new ArrayList<>();
		List<String> outsideYears = new ArrayList<>();
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Map.Entry<UUID, Double> entry : reviews.meanTotals(call.id()).entrySet()) {
			GrantApplication application = applications.findById(entry.getKey()).orElseThrow();
			application.initialise();
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
		int share = Math.max(5, Math.min(100, minShare));
		Set<String> offerTypes = new HashSet<>();
		if (allOfferTypes) {
			candidates.forEach(c -> {
				if (!c.offerType().isEmpty()) {
					offerTypes.add(c.offerType());
				}
			});
		}
		model.addAttribute("call", call);
		model.addAttribute("committee", committee);
		model.addAttribute("area", committee ? "/committee" : "/officer");
		model.addAttribute("minMunicipalities", minMunicipalities);
		model.addAttribute("maxPerOrganisation", maxPerOrganisation);
		model.addAttribute("minShare", share);
		model.addAttribute("allOfferTypes", allOfferTypes);
		model.addAttribute("budgetPerYear", budgetPerYear);
		model.addAttribute("wholePeriod", WHOLE_PERIOD);
		model.addAttribute("rows", rows);
		model.addAttribute("outsideYears", outsideYears);
		// applications the committee member is recused from: their scores are not shown to them
		Set<String> recused = new HashSet<>();
		if (committee) {
			reviews.forCall(call.id()).stream().filter(a -> a.reviewer().equals(user.getName()) && !a.cleared())
				.forEach(a -> recused.add(a.applicationId().toString()));
		}
		model.addAttribute("recused", recused);
		if (candidates.isEmpty()) {
			return "review/portfolio";
		}
		PortfolioProblem problem = new PortfolioProblem(candidates, budgetPerYear, Math.max(0, minMunicipalities),
				offerTypes, Math.max(0, maxPerOrganisation), share * 100, Duration.ofSeconds(3));
		PortfolioResult exact = proposal.solveWithCostOfInclusion(problem);
		PortfolioResult greedy = proposal.greedy(problem);
		model.addAttribute("exact", exact);
		model.addAttribute("greedy", greedy);
		Map<String, AwardView> exactAwards = new HashMap<>();
		exact.awards().forEach(a -> exactAwards.put(a.candidateId(), AwardView.of(a)));
		Map<String, AwardView> greedyAwards = new HashMap<>();
		greedy.awards().forEach(a -> greedyAwards.put(a.candidateId(), AwardView.of(a)));
		model.addAttribute("exactAwards", exactAwards);
		model.addAttribute("greedyAwards", greedyAwards);
		Map<String, Integer> reached = new HashMap<>();
		exact.awards().forEach(a -> rows.get(a.candidateId()).candidate().municipalities()
			.forEach(m -> reached.merge(m, 1, Integer::sum)));
		model.addAttribute("reached", reached);
		model.addAttribute("regionMunicipalities", municipalities.inRegion(Municipalities.NORTH_JUTLAND));
		return "review/portfolio";
	}

	/** The amount asked of the pool per budget year: planned costs less co-funding in that year. */
	private Map<Integer, Money> requestPerYear(GrantApplication application, boolean wholePeriod) {
		BudgetView budget = budgets.findByOwner(GrantApplication.BUDGET_OWNER, application.id()).orElse(null);
		if (budget == null) {
			return Map.of();
		}
		Map<Integer, Money> result = new TreeMap<>();
		for (int i = 0; i < budget.years().size(); i++) {
			int year = budget.years().get(i);
			int index = i;
			Money planned = budget.lines().stream().map(l -> l.planned().get(index)).reduce(Money.ZERO, Money::plus);
			Money coFunding = budget.fundings().stream().filter(f -> f.year() == year)
				.map(BudgetView.FundingView::amount).reduce(Money.ZERO, Money::plus);
			Money asked = planned.minus(coFunding);
			if (!asked.isNegative() && asked.ore() > 0) {
				result.merge(wholePeriod ? WHOLE_PERIOD : year, asked, Money::plus);
			}
		}
		return result;
	}
}
