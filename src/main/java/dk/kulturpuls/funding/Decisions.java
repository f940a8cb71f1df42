package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PdfDocuments;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Money;

/**
 * The officer's decisions: granted (an amount up to the request, with conditions) or rejected (with a reason), never
 * committing the pool beyond its budget; the Danish decision letter as tagged PDF, kept and e-mailed to the
 * applicant; and {@link GrantAwarded} for the grants and projects modules.
 */
@Service
@Transactional
class Decisions {

	private final JdbcClient jdbc;
	private final GrantApplicationRepository repository;
	private final Applications applications;
	private final ApplicantRepository applicants;
	private final PoolRepository pools;
	private final PdfDocuments pdf;
	private final Mailer mailer;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;
	private final RequestsPerYear requests;
	private final ObjectProvider<GrantTerms> terms;
	private final Accounts accounts;
	private final PublicUrl publicUrl;

	Decisions(JdbcClient jdbc, GrantApplicationRepository repository, Applications applications,
			ApplicantRepository applicants, PoolRepository pools, PdfDocuments pdf, Mailer mailer,
			MessageSource messages, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			RequestsPerYear requests, ObjectProvider<GrantTerms> terms, Accounts accounts,
			PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.requests = requests;
		this.terms = terms;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.repository = repository;
		this.applications = applications;
		this.applicants = applicants;
		this.pools = pools;
		this.pdf = pdf;
		this.mailer = mailer;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Decision> find(UUID applicationId) {
		return jdbc.sql("""
				select application_id, pool_id, outcome, amount_ore, conditions, reason, decided_at, decided_by,
				  accept_by
				from funding_decision where application_id = :a""")
			.param("a", applicationId)
			.query((rs, n) -> new Decision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					Decision.Outcome.valueOf(rs.getString(3)),
					rs.getObject(4) == null ? null : new Money(rs.getLong(4)), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getString(8),
					rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate()))
			.optional();
	}

	/** Whether the application has been decided (for the applicant's page, which the caller has already checked). */
	@Transactional(readOnly = true)
	public boolean decided(UUID applicationId) {
		return find(applicationId).isPresent();
	}

	/**
	 * What the pool's grants add up to, less what has come back to it (the unpaid rest of a declined or returned
	 * grant, unspent money, repayments received).
	 */
	@Transactional(readOnly = true)
	Money committed(PoolId pool) {
		return new Money(jdbc.sql("""
				select coalesce(sum(amount_ore - returned_ore), 0) from funding_decision
				where pool_id = :p and outcome = 'GRANTED'""")
			.param("p", pool.value()).query(Long.class).single());
	}

	/** What the pool's grants take of each budget year (a grant's years shrink in proportion to what came back). */
	@Transactional(readOnly = true)
	Map<Integer, Money> committedPerYear(PoolId pool) {
		Map<Integer, Money> result = new TreeMap<>();
		jdbc.sql("""
				select y.budget_year, sum(y.amount_ore * (d.amount_ore - d.returned_ore) / d.amount_ore)
				from funding_decision_year y join funding_decision d on d.application_id = y.application_id
				where d.pool_id = :p and d.outcome = 'GRANTED' group by y.budget_year""")
			.param("p", pool.value())
			.query((rs, n) -> result.put(rs.getInt(1), new Money(rs.getLong(2)))).list();
		return result;
	}

	/** What the pool's grants to applications of other calls take of each budget year. */
	@Transactional(readOnly = true)
	Map<Integer, Money> committedPerYearOutside(PoolId pool, CallId call) {
		Map<Integer, Money> result = new TreeMap<>();
		jdbc.sql("""
				select y.budget_year, sum(y.amount_ore * (d.amount_ore - d.returned_ore) / d.amount_ore)
				from funding_decision_year y join funding_decision d on d.application_id = y.application_id
				join funding_application a on a.id = d.application_id
				where d.pool_id = :p and d.outcome = 'GRANTED' and a.call_id <> :c
				group by y.budget_year""")
			.param("p", pool.value()).param("c", call.value())
			.query((rs, n) -> result.put(rs.getInt(1), new Money(rs.getLong(2)))).list();
		return result;
	}

	/** What is left of the pool's budget in each of its budget years (empty when it has no budget per year). */
	@Transactional(readOnly = true)
	Map<Integer, Money> remainingPerYear(PoolId pool) {
		Map<Integer, Money> committed = committedPerYear(pool);
		Map<Integer, Money> result = new TreeMap<>();
		pools.findById(pool.value()).orElseThrow().yearBudgets()
			.forEach((year, budget) -> result.put(year, budget.minus(committed.getOrDefault(year, Money.ZERO))));
		return result;
	}

	/** What is left of the pool's budget. */
	@Transactional(readOnly = true)
	Money remaining(PoolId pool) {
		return pools.findById(pool.value()).orElseThrow().budget().minus(committed(pool));
	}

	/**
	 * Records the decision on a screened application, renders and keeps its letter, mails it to the applicant and,
	 * when granted, publishes {@link GrantAwarded} in the same transaction.
	 */
	Decision decide(UUID applicationId, Decision.Outcome outcome, Money amount, String conditions, String reason,
			String officer) {
		GrantApplication application = repository.findForUpdate(applicationId)
			.orElseThrow(() -> new NotFoundException("application"));
		if (application.status() != ApplicationStatus.ELIGIBLE) {
			throw new FundingException("decision.error.notEligible");
		}
		if (find(applicationId).isPresent()) {
			throw new FundingException("decision.error.already");
		}
		if (outcome == null) {
			throw new FundingException("decision.error.outcome");
		}
		Applications.ApplicationView view = applications.view(application);
		PoolId pool = view.call().poolId();
		String conditionsText = blankToNull(conditions);
		String reasonText = blankToNull(reason);
		Map<Integer, Money> spread = Map.of();
		if (outcome == Decision.Outcome.GRANTED) {
			if (amount == null || amount.isNegative() || amount.ore() == 0) {
				throw new FundingException("decision.error.amount");
			}
			if (view.requested().isLessThan(amount)) {
				throw new FundingException("decision.error.aboveRequest", Formats.dkk(view.requested()));
			}
			// one decision at a time per pool, so that two grants cannot both fit in the last money
			jdbc.sql("select id from funding_pool where id = :p for update").param("p", pool.value())
				.query(UUID.class).single();
			Money remaining = remaining(pool);
			if (remaining.isLessThan(amount)) {
				throw new FundingException("decision.error.overBudget", Formats.dkk(amount), Formats.dkk(remaining));
			}
			Map<Integer, Money> perYearLeft = remainingPerYear(pool);
			int fallbackYear = application.startDate() != null ? application.startDate().getYear()
					: LocalDate.now(clock).getYear();
			spread = RequestsPerYear.spread(amount, requests.of(applicationId), fallbackYear);
			if (!perYearLeft.isEmpty()) {
				for (Map.Entry<Integer, Money> share : spread.entrySet()) {
					Money left = perYearLeft.getOrDefault(share.getKey(), Money.ZERO);
					if (left.isLessThan(share.getValue())) {
						throw new FundingException("decision.error.overBudgetYear", Formats.dkk(amount),
								String.valueOf(share.getKey()), Formats.dkk(share.getValue()), Formats.dkk(left));
					}
				}
			}
			// a grant smaller than the request says why
			if (amount.isLessThan(view.requested()) && reasonText == null) {
				throw new FundingException("decision.error.reducedReason", Formats.dkk(view.requested()));
			}
			if (!amount.isLessThan(view.requested())) {
				reasonText = null;
			}
		}
		else {
			if (reasonText == null) {
				throw new FundingException("decision.error.reason");
			}
			amount = null;
			conditionsText = null;
		}
		Instant decidedAt = Instant.now(clock);
		LocalDate decidedOn = LocalDate.ofInstant(decidedAt, Formats.ZONE);
		GrantTerms granted = outcome == Decision.Outcome.GRANTED ? terms.getIfAvailable() : null;
		GrantTerms.Terms stated = granted == null ? null
				: granted.terms(pool.value(), amount, decidedOn, application.startDate(), application.endDate());
		Decision decision = new Decision(applicationId, pool.value(), outcome, amount, conditionsText, reasonText,
				decidedAt, officer, stated == null ? null : stated.acceptBy());
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("view", view);
		model.put("decision", decision);
		model.put("decidedOn", decidedOn);
		model.put("terms", stated);
		model.put("reduced", decision.granted() && amount.isLessThan(view.requested()));
		model.put("sender", accounts.find(officer).map(Accounts.AccountView::displayName).orElse(officer));
		byte[] letter = pdf.render("review/letter", model, Formats.DANISH);
		byte[] letterEnglish = pdf.render("review/letter", model, Locale.ENGLISH);
		jdbc.sql("""
				insert into funding_decision (application_id, pool_id, outcome, amount_ore, conditions, reason,
				  decided_at, decided_by, letter, letter_en, accept_by)
				values (:a, :p, :o, :amount, :c, :r, :at, :by, :letter, :letterEn, :acceptBy)""")
			.param("a", applicationId).param("p", pool.value()).param("o", outcome.name())
			.param("amount", amount == null ? null : amount.ore()).param("c", conditionsText).param("r", reasonText)
			.param("at", Timestamp.from(decision.decidedAt())).param("by", officer).param("letter", letter)
			.param("letterEn", letterEnglish)
			.param("acceptBy", decision.acceptBy() == null ? null : java.sql.Date.valueOf(decision.acceptBy())).update();
		spread.forEach((year, share) -> jdbc.sql("""
				insert into funding_decision_year (application_id, budget_year, amount_ore) values (:a, :y, :amount)""")
			.param("a", applicationId).param("y", year).param("amount", share.ore()).update());
		audit.record("application", applicationId.toString(), outcome == Decision.Outcome.GRANTED ? "granted" : "rejected",
				outcome == Decision.Outcome.GRANTED ? Formats.dkk(amount) + (conditionsText == null ? "" : "; " + conditionsText)
						: reasonText);
		applicants.findById(application.createdBy()).ifPresent(applicant -> mailer.send(applicant.email(),
				messages.getMessage("decision.mail.subject", new Object[] { application.title() }, Formats.DANISH),
				messages.getMessage("decision.mail.body", new Object[] { applicant.name(), application.title(),
						publicUrl.of("/applicant/applications/{id}/decision", applicationId) }, Formats.DANISH),
				"afgoerelse-" + (application.receiptNumber() == null ? applicationId : application.receiptNumber()) + ".pdf",
				letter));
		if (outcome == Decision.Outcome.GRANTED) {
			events.publishEvent(new GrantAwarded(applicationId, application.call().value(), pool.value(),
					application.title(), application.summary(), view.organisation().name(), amount.ore(), conditionsText,
					application.startDate(), application.endDate(), application.offerType(), application.targetGroups(),
					application.municipalities(), application.createdBy(), decision.acceptBy(),
					GrantAwarded.partnersOf(application), application.evaluationPlan(), application.instruments()));
		}
		return decision;
	}

	/** The letter as sent, in English when asked for and kept (letters from before English ones: the Danish). */
	@Transactional(readOnly = true)
	byte[] letter(UUID applicationId, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return jdbc.sql("select " + (english ? "coalesce(letter_en, letter)" : "letter")
				+ " from funding_decision where application_id = :a").param("a", applicationId)
			.query(byte[].class).optional().orElseThrow(() -> new NotFoundException("decision"));
	}

	/** The decision on the applicant's own application; another organisation's does not exist for them. */
	@Transactional(readOnly = true)
	Optional<Decision> forApplicant(String username, UUID applicationId) {
		applications.owned(username, applicationId);
		return find(applicationId);
	}

	@Transactional(readOnly = true)
	byte[] letterForApplicant(String username, UUID applicationId, Locale locale) {
		applications.owned(username, applicationId);
		return letter(applicationId, locale);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
