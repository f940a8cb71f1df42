package dk.kulturpuls.funding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/**
 * What the grants module may know of funding's pools and decisions: the pools' terms, the grantee of a granted
 * application, the pool's committed figure, and giving a grant's money back to its pool when the grantee declines
 * or returns it.
 */
@Service
@Transactional
public class GrantDecisions {

	/** A pool's terms: its name, budget and the limits of a grant from it. */
	public record PoolTerms(UUID id, LocalizedText name, Money budget, Money maxGrant, Integer maxDurationMonths) {
	}

	/** Who received a grant: the applicant's account, the organisation and its CVR number (none for an artist). */
	/** A call, for filters. */
	public record CallTerms(UUID id, LocalizedText title, UUID poolId) {
	}

	public record Grantee(String username, String organisation, String cvr) {
	}

	private final PoolRepository pools;
	private final GrantApplicationRepository applications;
	private final ApplicantOrganisationRepository organisations;
	private final Decisions decisions;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final dk.kulturpuls.budget.Budgets budgets;
	private final CallRepository calls;
	private final FundingPersonalData personalData;

	GrantDecisions(PoolRepository pools, GrantApplicationRepository applications,
			ApplicantOrganisationRepository organisations, Decisions decisions, JdbcClient jdbc, AuditTrail audit,
			Clock clock, dk.kulturpuls.budget.Budgets budgets, CallRepository calls, FundingPersonalData personalData) {
		this.personalData = personalData;
		this.budgets = budgets;
		this.calls = calls;
		this.pools = pools;
		this.applications = applications;
		this.organisations = organisations;
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every call, by title. */
	@Transactional(readOnly = true)
	public List<CallTerms> calls() {
		return calls.findAll().stream().map(c -> new CallTerms(c.id().value(), c.title(), c.pool().value()))
			.sorted(Comparator.comparing((CallTerms c) -> c.title().da())).toList();
	}

	@Transactional(readOnly = true)
	public List<PoolTerms> pools() {
		return pools.findAll().stream().map(GrantDecisions::terms)
			.sorted(Comparator.comparing((PoolTerms p) -> p.name().da())).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PoolTerms> pool(UUID id) {
		return id == null ? Optional.empty() : pools.findById(id).map(GrantDecisions::terms);
	}

	/** What the pool's grants that are not declined or given back add up to. */
	@Transactional(readOnly = true)
	public Money committed(UUID poolId) {
		return decisions.committed(new PoolId(poolId));
	}

	@Transactional(readOnly = true)
	public Optional<Grantee> grantee(UUID applicationId) {
		return applications.findById(applicationId).map(a -> {
			ApplicantOrganisation organisation = organisations.findById(a.organisationId()).orElse(null);
			return new Grantee(a.createdBy(), organisation == null ? null : organisation.name(),
					organisation == null ? null : organisation.cvr());
		});
	}

	/**
	 * The accounting duty of a granted application has passed (its grant ended more than five years before the end
	 * of the financial year): the application loses the link to the person who applied. True if anything changed.
	 */
	@Transactional
	public boolean anonymiseApplicant(UUID applicationId) {
		return personalData.anonymiseGranted(applicationId);
	}

	/** Whether the application was granted and its grant is neither declined nor given back. */
	@Transactional(readOnly = true)
	public boolean holdsGrant(UUID applicationId) {
		return jdbc.sql("""
				select count(*) from funding_decision where application_id = :a and outcome = 'GRANTED'
				  and given_back_at is null""").param("a", applicationId).query(Long.class).single() > 0;
	}

	/**
	 * The grant ends early (the grantee declined or returned it): what was not paid out comes back to its pool; the
	 * decision and its letter are kept. Done once: a second call changes nothing.
	 *
	 * @param paidOut what the grantee has had (paid or released for payment), which stays committed until repaid
	 */
	public void giveBack(UUID applicationId, String reason, Money paidOut) {
		int changed = jdbc.sql("""
				update funding_decision set given_back_at = :at, given_back_reason = :r,
				  returned_ore = greatest(returned_ore, amount_ore - :out)
				where application_id = :a and outcome = 'GRANTED' and given_back_at is null""")
			.param("at", Timestamp.from(Instant.now(clock))).param("r", reason).param("out", paidOut.ore())
			.param("a", applicationId).update();
		if (changed > 0) {
			audit.record("application", applicationId.toString(), "grant given back to the pool",
					(reason == null ? "" : reason + "; ") + "paid out " + Formats.dkk(paidOut) + " stays committed");
		}
	}

	/**
	 * Part of a running grant comes back to its pool: unspent money taken off its last instalment, or a repayment
	 * received. Never more than the grant.
	 */
	public void returnToPool(UUID applicationId, Money amount, String reason) {
		if (amount.ore() <= 0) {
			return;
		}
		int changed = jdbc.sql("""
				update funding_decision set returned_ore = least(amount_ore, returned_ore + :m)
				where application_id = :a and outcome = 'GRANTED'""")
			.param("m", amount.ore()).param("a", applicationId).update();
		if (changed > 0) {
			audit.record("application", applicationId.toString(), "grant money back to the pool",
					Formats.dkk(amount) + ": " + reason);
		}
	}

	/** The applications granted and not given back, oldest decision first. */
	@Transactional(readOnly = true)
	public List<UUID> grantedApplications() {
		return jdbc.sql("""
				select application_id from funding_decision where outcome = 'GRANTED' and given_back_at is null
				order by decided_at, application_id""").query(UUID.class).list();
	}

	/** The granted application's budget: the grant's budget, whose actuals the grantee's accounts fill in. */
	@Transactional(readOnly = true)
	public Optional<dk.kulturpuls.budget.BudgetView> budget(UUID applicationId) {
		return budgets.findByOwner(GrantApplication.BUDGET_OWNER, applicationId);
	}

	/** The event a granted application published, made again (for the grants module's demo and repair). */
	@Transactional(readOnly = true)
	public Optional<GrantAwarded> awarded(UUID applicationId) {
		return decisions.find(applicationId).filter(Decision::granted).flatMap(d -> applications.findById(applicationId)
			.map(a -> new GrantAwarded(applicationId, a.call().value(), d.poolId(), a.title(), a.summary(),
					organisations.findById(a.organisationId()).map(ApplicantOrganisation::name).orElse(""),
					d.amount().ore(), d.conditions(), a.startDate(), a.endDate(), a.offerType(), java.util.Set.copyOf(a.targetGroups()),
					java.util.Set.copyOf(a.municipalities()), a.createdBy(), d.acceptBy(), GrantAwarded.partnersOf(a),
					a.evaluationPlan(), a.instruments())));
	}

	private static PoolTerms terms(Pool pool) {
		return new PoolTerms(pool.id().value(), pool.name(), pool.budget(), pool.maxGrant(), pool.maxDurationMonths());
	}
}
