package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.budget.BudgetId;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * Creates what a review test needs, unique per call: a pool with its budget, a published call with three weighted
 * criteria, an applicant account and organisation, and screened (eligible) applications with budgets.
 */
@Component
class ReviewFixture {

	record Setup(Pool pool, Call call, String applicant, String applicantEmail, List<UUID> applications,
			List<String> titles) {
	}

	private final ProgrammeRepository programmes;
	private final PoolRepository pools;
	private final CallRepository calls;
	private final GrantApplicationRepository applications;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final Budgets budgets;
	private final Accounts accounts;
	private final Inbox inbox;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ReviewFixture(ProgrammeRepository programmes, PoolRepository pools, CallRepository calls,
			GrantApplicationRepository applications, ApplicantRepository applicants,
			ApplicantOrganisationRepository organisations, Budgets budgets, Accounts accounts, Inbox inbox,
			TransactionTemplate transactions, Clock clock) {
		this.programmes = programmes;
		this.pools = pools;
		this.calls = calls;
		this.applications = applications;
		this.applicants = applicants;
		this.organisations = organisations;
		this.budgets = budgets;
		this.accounts = accounts;
		this.inbox = inbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	String reviewer(Role role) {
		String username = unique(role == Role.COMMITTEE ? "cm" : "rv");
		accounts.create(username, "Bedømmer " + username, username + "@test.kulturpuls.invalid", "secret-" + username,
				Set.of(role));
		return username;
	}

	/**
	 * A pool with the budget, a call and one eligible application per requested amount (one budget year, next
	 * year), each with the partner named.
	 */
	Setup create(Money budget, String partner, Money... requests) {
		int year = LocalDate.now(clock).getYear() + 1;
		List<Map<Integer, Money>> perYear = new ArrayList<>();
		for (Money request : requests) {
			perYear.add(Map.of(year, request));
		}
		return create(budget, Map.of(year, budget), partner, perYear);
	}

	/**
	 * A pool with a budget per year and one eligible application per request, each asking the given amount in each
	 * year (the project runs from February of its first year to November of its last).
	 */
	Setup create(Money budget, Map<Integer, Money> yearBudgets, String partner, List<Map<Integer, Money>> requests) {
		return create(null, budget, yearBudgets, partner, requests);
	}

	/** Another call of an existing pool, with one eligible application per request (next year). */
	Setup createInPool(Pool existing, Money... requests) {
		int year = LocalDate.now(clock).getYear() + 1;
		List<Map<Integer, Money>> perYear = new ArrayList<>();
		for (Money request : requests) {
			perYear.add(Map.of(year, request));
		}
		return create(existing, null, null, null, perYear);
	}

	private Setup create(Pool existing, Money budget, Map<Integer, Money> yearBudgets, String partner,
			List<Map<Integer, Money>> requests) {
		String suffix = unique("");
		String applicant = unique("ap");
		accounts.create(applicant, "Ansøger " + applicant, applicant + "@test.kulturpuls.invalid", "secret-" + applicant,
				Set.of(Role.APPLICANT));
		return transactions.execute(status -> {
			Programme programme = programmes.findAll().getFirst();
			Pool pool = existing != null ? pools.findById(existing.id().value()).orElseThrow()
					: new Pool(programme.id(), LocalizedText.of("Testpulje " + suffix, "Test pool " + suffix),
							LocalizedText.of("Test", "Test"), budget, Money.ofKroner(1_000), budget, null, null);
			if (existing == null) {
				yearBudgets.forEach(pool::budgetForYear);
				pools.save(pool);
			}
			Instant now = Instant.now(clock);
			Call call = new Call(pool.id(), LocalizedText.of("Testopslag " + suffix, "Test call " + suffix),
					LocalizedText.of("Tekst", "Text"), now.minus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS),
					Set.of("digital", "youth-education"), Set.of("children"));
			call.addCriterion(new Criterion(LocalizedText.of("Effekt", "Effect"), 50, 5));
			call.addCriterion(new Criterion(LocalizedText.of("Nytænkning", "Innovation"), 30, 5));
			call.addCriterion(new Criterion(LocalizedText.of("Gennemførlighed", "Feasibility"), 20, 10));
			call.publish();
			calls.save(call);
			ApplicantOrganisation organisation = organisations.save(
					ApplicantOrganisation.artist("Kulturforeningen " + suffix));
			Applicant person = new Applicant(applicant, "Ansøger " + applicant, applicant + "@test.kulturpuls.invalid",
					organisation.id(), null, now);
			person.verify(now);
			applicants.save(person);
			List<UUID> ids = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			int n = 0;
			for (Map<Integer, Money> request : requests) {
				n++;
				int first = java.util.Collections.min(request.keySet());
				int last = java.util.Collections.max(request.keySet());
				String title = "Sang og trivsel " + suffix + " nr. " + n;
				GrantApplication application = applications.save(
						new GrantApplication(call.id(), organisation.id(), applicant, now));
				application.describeProject(title, "Korforløb for unge " + suffix, LocalDate.of(first, 2, 1),
						LocalDate.of(last, 11, 30), now);
				application.chooseOffer(n % 2 == 0 ? "digital" : "youth-education", Set.of("children"), now);
				application.reach(Set.of(n % 2 == 0 ? "0851" : "0813"), now);
				if (partner != null) {
					application.addPartner(new Partner(partner, "Samarbejdspartner"), now);
				}
				application.planEvaluation("Før- og eftermåling ved første og sidste gang", "WHO-5 og UCLA-3", now);
				BudgetId budgetId = budgets.create(GrantApplication.BUDGET_OWNER, application.id(), first, last);
				UUID line = budgets.addLine(budgetId, "fees", "Honorarer");
				request.forEach((y, amount) -> budgets.plan(budgetId, line, y, amount));
				application.submit(call, "KP-T-" + suffix + "-" + n, now);
				ids.add(application.id());
				titles.add(title);
			}
			return new Setup(pool, call, applicant, applicant + "@test.kulturpuls.invalid", ids, titles);
		});
	}

	void screenEligible(Setup setup) {
		setup.applications().forEach(id -> inbox.screen(id, ApplicationStatus.ELIGIBLE, null));
	}
}
