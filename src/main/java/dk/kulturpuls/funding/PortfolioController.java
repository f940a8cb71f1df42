package dk.kulturpuls.funding;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.Money;

/**
 * The portfolio page of a call for the officer and the committee: the exact proposal (CP-SAT) over the screened
 * applications with their mean weighted scores, the greedy "best first" beside it, what including each left-out
 * application would cost, and the municipalities reached on the map. The proposal is computed within one time budget
 * ({@code kulturpuls.funding.portfolio.time-budget}, 4 s) and kept until the applications, scores or rules change.
 * The committee still decides.
 */
@Controller
class PortfolioController {

	/** An award as the page shows it: the total amount and the funded share in per cent. */
	record AwardView(Money total, int percent) {

		static AwardView of(PortfolioResult.Award award) {
			return new AwardView(award.total(), award.shareBasisPoints() / 100);
		}
	}

	private final Calls calls;
	private final Reviews reviews;
	private final Portfolios portfolios;
	private final PortfolioProposal proposal;
	private final Municipalities municipalities;
	private final Duration timeBudget;

	PortfolioController(Calls calls, Reviews reviews, Portfolios portfolios, PortfolioProposal proposal,
			Municipalities municipalities,
			@Value("${kulturpuls.funding.portfolio.time-budget:4s}") Duration timeBudget) {
		this.calls = calls;
		this.reviews = reviews;
		this.portfolios = portfolios;
		this.proposal = proposal;
		this.municipalities = municipalities;
		this.timeBudget = timeBudget;
	}

	@GetMapping({ "/officer/calls/{id}/portfolio", "/committee/calls/{id}/portfolio" })
	String portfolio(@PathVariable UUID id, @RequestParam(defaultValue = "0") int minMunicipalities,
			@RequestParam(defaultValue = "0") int maxPerOrganisation, @RequestParam(defaultValue = "100") int minShare,
			@RequestParam(defaultValue = "false") boolean allOfferTypes, Authentication user,
			HttpServletRequest request, Model model) {
		Calls.CallView call = calls.find(new CallId(id)).orElseThrow(() -> new NotFoundException("call"));
		boolean committee = request.getRequestURI().substring(request.getContextPath().length()).startsWith("/committee");
		Portfolios.Input input = portfolios.input(call);
		List<PortfolioProblem.Candidate> candidates = input.candidates();
		Map<String, Portfolios.Row> rows = input.rows();
		SortedMap<Integer, Money> budgetPerYear = input.budgetPerYear();
		List<String> outsideYears = input.outsideYears();
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
		model.addAttribute("wholePeriod", Portfolios.WHOLE_PERIOD);
		model.addAttribute("rows", rows);
		model.addAttribute("outsideYears", outsideYears);
		// applications the committee member is recused from: their scores are not shown to them
		Set<String> recused = new HashSet<>();
		if (committee) {
			reviews.forCall(call.id()).stream().filter(a -> a.reviewer().equals(user.getName()) && a.recused())
				.forEach(a -> recused.add(a.applicationId().toString()));
		}
		model.addAttribute("recused", recused);
		if (candidates.isEmpty()) {
			return "review/portfolio";
		}
		PortfolioProblem problem = new PortfolioProblem(candidates, budgetPerYear, Math.max(0, minMunicipalities),
				offerTypes, Math.max(0, maxPerOrganisation), share * 100, timeBudget);
		// computed once per fingerprint of the problem and kept: a second view answers from the cache
		PortfolioProposal.Proposal computed = proposal.propose(problem);
		PortfolioResult exact = computed.exact();
		PortfolioResult greedy = computed.greedy();
		model.addAttribute("proposal", computed);
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
}
