package dk.kulturpuls.grants;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantAwarded;
import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityCode;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/**
 * The awarded grants: created from {@link GrantAwarded} with their payment plan and reporting obligations, read
 * by the grantee, the officer, the public list and the open-data API.
 */
@Service
public class Grants {

	/** An awarded grant. */
	public record GrantView(UUID id, UUID applicationId, String title, String organisation, Money amount,
			String conditions, LocalDate startDate, LocalDate endDate, int year, List<String> municipalityCodes,
			List<String> municipalityNames, Instant awardedAt, UUID poolId, String grantee, String cvr,
			GrantStatus status, LocalDate acceptBy, String statusReason, Money paidToDate, boolean acceptanceOverdue) {
	}

	/** An instalment of a grant's payment plan, with what releases it. */
	public record InstalmentView(UUID id, UUID grantId, int number, int sharePercent, Money amount,
			InstalmentStatus status, ObligationKind releasedByKind, Integer releasedByNumber, String requestedBy,
			Instant requestedAt, String releasedBy, Instant releasedAt, Instant paidAt) {

		/** The payment reference the finance system gets. */
		public String reference() {
			return "KP-" + grantId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) + "-" + number;
		}
	}

	/** An obligation of a grant: what the grantee submits, by when. */
	public record ObligationView(UUID id, UUID grantId, ObligationKind kind, int number, LocalDate dueDate,
			ObligationStatus status, String accountsTier, Instant doneAt, boolean overdue) {
	}

	/** A grant with its plan and obligations, the next thing the grantee must do and the pool's four-eyes amount. */
	public record GrantDetail(GrantView grant, List<InstalmentView> instalments, List<ObligationView> obligations,
			ObligationView next, Money fourEyesAbove, String poolName) {
	}

	static final String COLUMNS = """
			g.id, g.application_id, g.title, g.organisation, g.amount_ore, g.conditions, g.start_date, g.end_date,
			g.award_year, g.municipalities, g.awarded_at, g.pool_id, g.grantee, g.cvr, g.status, g.accept_by,
			g.status_reason,
			(select coalesce(sum(i.amount_ore), 0) from grants_instalment i where i.grant_id = g.id and i.status = 'PAID')
			""";

	private final JdbcClient jdbc;
	private final Municipalities municipalities;
	private final GrantDecisions funding;
	private final PoolKinds kinds;
	private final AuditTrail audit;
	private final Clock clock;
	private final int acceptanceDays;

	Grants(JdbcClient jdbc, Municipalities municipalities, GrantDecisions funding, PoolKinds kinds, AuditTrail audit,
			Clock clock, @Value("${kulturpuls.grants.acceptance-days:30}") int acceptanceDays) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
		this.funding = funding;
		this.kinds = kinds;
		this.audit = audit;
		this.clock = clock;
		this.acceptanceDays = acceptanceDays;
	}

	/** Records the grant of a decision with its plan; a redelivered event changes nothing. */
	@ApplicationModuleListener
	void on(GrantAwarded event) {
		record(event);
	}

	/** Records the grant of a decision with its payment plan and obligations, once. */
	@Transactional
	public Optional<UUID> record(GrantAwarded event) {
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
		int year = event.startDate() != null ? event.startDate().getYear() : today.getYear();
		UUID id = UUID.randomUUID();
		// the deadline the decision letter stated; a decision from before letters stated one gets the default
		LocalDate acceptBy = event.acceptBy() != null ? event.acceptBy() : today.plusDays(acceptanceDays);
		String cvr = funding.grantee(event.applicationId()).map(GrantDecisions.Grantee::cvr).orElse(null);
		int created = jdbc.sql("""
				insert into grants_grant (id, application_id, title, organisation, amount_ore, conditions, start_date,
				  end_date, award_year, municipalities, awarded_at, pool_id, grantee, cvr, status, accept_by, call_id)
				values (:id, :a, :t, :o, :amount, :c, :start, :end, :year, :m, :at, :pool, :grantee, :cvr, 'OFFERED',
				  :acceptBy, :call)
				on conflict (application_id) do nothing""")
			.param("id", id).param("a", event.applicationId()).param("t", event.title())
			.param("o", event.organisation()).param("amount", event.amountOre()).param("c", event.conditions())
			.param("start", event.startDate() == null ? null : Date.valueOf(event.startDate()))
			.param("end", event.endDate() == null ? null : Date.valueOf(event.endDate())).param("year", year)
			.param("m", String.join(",", event.municipalities().stream().sorted().toList()))
			.param("at", Timestamp.from(now)).param("pool", event.poolId()).param("grantee", event.lead())
			.param("cvr", cvr).param("acceptBy", Date.valueOf(acceptBy))
			.param("call", event.callId()).update();
		if (created == 0) {
			return Optional.empty();
		}
		Money amount = new Money(event.amountOre());
		PaymentPlan.Period period = PaymentPlan.Period.of(event.startDate(), event.endDate(), today);
		PaymentPlan.Rules rules = kinds.rulesFor(event.poolId());
		PaymentPlan plan = PaymentPlan.of(rules, amount, acceptBy, period.start(), period.end());
		List<UUID> obligationIds = plan.obligations().stream().map(o -> {
			UUID oid = UUID.randomUUID();
			jdbc.sql("""
					insert into grants_obligation (id, grant_id, kind, number, due_date, status, accounts_tier)
					values (:id, :g, :k, :n, :due, 'OPEN', :tier)""")
				.param("id", oid).param("g", id).param("k", o.kind().name()).param("n", o.number())
				.param("due", Date.valueOf(o.due())).param("tier", o.accountsTier()).update();
			return oid;
		}).toList();
		for (PaymentPlan.Instalment i : plan.instalments()) {
			jdbc.sql("""
					insert into grants_instalment (id, grant_id, number, share_percent, amount_ore, released_by_obligation,
					  status) values (:id, :g, :n, :share, :amount, :by, 'PLANNED')""")
				.param("id", UUID.randomUUID()).param("g", id).param("n", i.number()).param("share", i.sharePercent())
				.param("amount", i.amount().ore()).param("by", obligationIds.get(i.releasedBy())).update();
		}
		audit.record("grant", id.toString(), "created from decision",
				event.applicationId() + " " + Formats.dkk(amount) + "; " + rules.kind() + " " + rules.shares()
						+ " %; accept by " + Formats.date(acceptBy));
		return Optional.of(id);
	}

	/** The grants the public sees: every grant but the declined ones (a returned grant shows as returned). */
	@Transactional(readOnly = true)
	public List<GrantView> all() {
		return jdbc.sql("select " + COLUMNS + """
				from grants_grant g where g.status <> 'DECLINED' order by g.award_year desc, g.awarded_at desc, g.id""")
			.query(this::map).list();
	}

	@Transactional(readOnly = true)
	public Optional<GrantView> forApplication(UUID applicationId) {
		return jdbc.sql("select " + COLUMNS + " from grants_grant g where g.application_id = :a")
			.param("a", applicationId).query(this::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<GrantView> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from grants_grant g where g.id = :id").param("id", id)
			.query(this::map).optional();
	}

	/** The grantee's grants, newest first. */
	@Transactional(readOnly = true)
	public List<GrantView> of(String grantee) {
		return jdbc.sql("select " + COLUMNS + " from grants_grant g where g.grantee = :u order by g.awarded_at desc, g.id")
			.param("u", grantee).query(this::map).list();
	}

	/** The grantee's grant with its plan; another's grant does not exist for them. */
	@Transactional(readOnly = true)
	public GrantDetail detailFor(String grantee, UUID id) {
		GrantView grant = find(id).filter(g -> grantee.equals(g.grantee())).orElseThrow(GrantNotFoundException::new);
		return detail(grant);
	}

	@Transactional(readOnly = true)
	public GrantDetail detail(UUID id) {
		return detail(find(id).orElseThrow(GrantNotFoundException::new));
	}

	private GrantDetail detail(GrantView grant) {
		List<ObligationView> obligations = obligations(grant.id());
		ObligationView next = grant.status().holdsMoney() ? obligations.stream()
			.filter(o -> o.status().awaitsGrantee()).findFirst().orElse(null) : null;
		String poolName = funding.pool(grant.poolId()).map(p -> p.name().da()).orElse(null);
		return new GrantDetail(grant, instalments(grant.id()), obligations, next, kinds.fourEyesAbove(grant.poolId()),
				poolName);
	}

	List<InstalmentView> instalments(UUID grantId) {
		return jdbc.sql("""
				select i.id, i.grant_id, i.number, i.share_percent, i.amount_ore, i.status, o.kind, o.number,
				  i.requested_by, i.requested_at, i.released_by, i.released_at, i.paid_at
				from grants_instalment i left join grants_obligation o on o.id = i.released_by_obligation
				where i.grant_id = :g order by i.number""")
			.param("g", grantId).query(Grants::instalment).list();
	}

	static InstalmentView instalment(ResultSet rs, int n) throws SQLException {
		return new InstalmentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4),
				new Money(rs.getLong(5)), InstalmentStatus.valueOf(rs.getString(6)),
				rs.getString(7) == null ? null : ObligationKind.valueOf(rs.getString(7)),
				rs.getObject(8) == null ? null : rs.getInt(8), rs.getString(9), instant(rs.getTimestamp(10)),
				rs.getString(11), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)));
	}

	List<ObligationView> obligations(UUID grantId) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select id, grant_id, kind, number, due_date, status, accounts_tier, done_at from grants_obligation
				where grant_id = :g and status <> 'CANCELLED'
				order by due_date, case kind when 'ACCEPTANCE' then 0 when 'STATUS_REPORT' then 1
				  when 'FINAL_REPORT' then 2 else 3 end, number""")
			.param("g", grantId).query((rs, n) -> obligation(rs, today)).list();
	}

	static ObligationView obligation(ResultSet rs, LocalDate today) throws SQLException {
		ObligationStatus status = ObligationStatus.valueOf(rs.getString(6));
		LocalDate due = rs.getDate(5).toLocalDate();
		return new ObligationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				ObligationKind.valueOf(rs.getString(3)), rs.getInt(4), due, status, rs.getString(7),
				instant(rs.getTimestamp(8)), status.awaitsGrantee() && due.isBefore(today));
	}

	private GrantView map(ResultSet rs, int n) throws SQLException {
		List<String> codes = rs.getString(10).isEmpty() ? List.of() : Arrays.asList(rs.getString(10).split(","));
		Date start = rs.getDate(7);
		Date end = rs.getDate(8);
		Date acceptBy = rs.getDate(16);
		GrantStatus status = GrantStatus.valueOf(rs.getString(15));
		LocalDate deadline = acceptBy == null ? null : acceptBy.toLocalDate();
		return new GrantView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), new Money(rs.getLong(5)), rs.getString(6),
				start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), rs.getInt(9),
				codes, codes.stream().map(this::name).toList(), rs.getTimestamp(11).toInstant(),
				rs.getObject(12, UUID.class), rs.getString(13), rs.getString(14), status, deadline, rs.getString(17),
				new Money(rs.getLong(18)),
				status == GrantStatus.OFFERED && deadline != null && deadline.isBefore(LocalDate.now(clock)));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private String name(String code) {
		try {
			return municipalities.find(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code);
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}
}
