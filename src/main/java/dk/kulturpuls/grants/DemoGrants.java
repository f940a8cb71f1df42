package dk.kulturpuls.grants;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Role;

/**
 * The demo's grants in different stages, from the first round's demo decisions: one accepted with its first
 * instalment paid and a status report due next week, one offered awaiting acceptance, one accepted with an overdue
 * status report, one small grant whose acceptance deadline has passed, one small grant accepted and released for
 * payment, one small grant with its final report and accounts overdue, one small grant accepted and paid (with a
 * sample of the small pool's sworn statements drawn, so one of them must submit full accounts), and one small grant
 * closed with its final report in the knowledge base. The grantees log in with their user name and password "demo". A second officer ("officer2") approves
 * large releases. Demo profile only; idempotent (a grant is staged once, recorded in the audit trail).
 */
@Component
@Profile("demo")
@Order(36)
class DemoGrants implements ApplicationRunner {

	static final String STAGED = "demo stage";

	private static final Map<String, String> STAGES = Map.of("demo-signatur-1", "PAID_REPORT_NEXT_WEEK",
			"demo-signatur-2", "OFFERED", "demo-signatur-3", "REPORT_OVERDUE", "demo-lille-1", "ACCEPTANCE_OVERDUE",
			"demo-lille-2", "RELEASED", "demo-lille-3", "FINAL_OVERDUE", "demo-lille-4", "PAID", "demo-lille-5",
			"CLOSED");

	private final GrantDecisions funding;
	private final Grants grants;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final GrantReports reports;
	private final GrantAccounts grantAccounts;
	private final GrantSamples samples;

	DemoGrants(GrantDecisions funding, Grants grants, Accounts accounts, AuditTrail audit, JdbcClient jdbc,
			Clock clock, GrantReports reports, GrantAccounts grantAccounts, GrantSamples samples) {
		this.reports = reports;
		this.grantAccounts = grantAccounts;
		this.samples = samples;
		this.funding = funding;
		this.grants = grants;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!accounts.exists("officer2")) {
			accounts.create("officer2", "Olga Anden Sagsbehandler (demo)", "officer2@demo.kulturpuls.dk", "demo",
					Set.of(Role.PROGRAMME_OFFICER));
		}
		for (UUID application : funding.grantedApplications()) {
			// the grant may be made here or by the listener of the decision's event, whichever comes first
			funding.awarded(application).ifPresent(grants::record);
			Grants.GrantView grant = grants.forApplication(application).orElse(null);
			if (grant == null || grant.grantee() == null || !STAGES.containsKey(grant.grantee())
					|| !audit.eventsFor("grant", grant.id().toString()).stream().noneMatch(e -> e.action().equals(STAGED))) {
				continue;
			}
			if (!accounts.exists(grant.grantee())) {
				accounts.create(grant.grantee(), "Kontaktperson for " + grant.organisation(),
						grant.grantee() + "@demo.kulturpuls.invalid", "demo", Set.of(Role.APPLICANT));
			}
			stage(grant, STAGES.get(grant.grantee()));
			audit.record("grant", grant.id().toString(), STAGED, STAGES.get(grant.grantee()));
		}
		// one draw of the small pool's sworn statements, once
		grants.forApplication(funding.grantedApplications().stream()
			.filter(a -> grants.forApplication(a).map(g -> "demo-lille-4".equals(g.grantee())).orElse(false))
			.findFirst().orElse(new UUID(0, 0)))
			.map(Grants.GrantView::poolId)
			.filter(pool -> samples.samples(pool).isEmpty() && !samples.candidates(pool).isEmpty())
			.ifPresent(pool -> samples.drawNow(pool, "officer"));
	}

	private void stage(Grants.GrantView grant, String stage) {
		LocalDate today = LocalDate.now(clock);
		LocalDate acceptedOn = redate(grant, stage, today);
		Timestamp now = Timestamp.from(at(acceptedOn));
		Timestamp paidAt = Timestamp.from(at(stage.equals("RELEASED") ? today.minusDays(2) : acceptedOn.plusDays(4)));
		switch (stage) {
			case "ACCEPTANCE_OVERDUE" -> {
				jdbc.sql("update grants_grant set accept_by = :d where id = :g")
					.param("d", Date.valueOf(today.minusDays(3))).param("g", grant.id()).update();
				jdbc.sql("update grants_obligation set due_date = :d where grant_id = :g and kind = 'ACCEPTANCE'")
					.param("d", Date.valueOf(today.minusDays(3))).param("g", grant.id()).update();
			}
			case "PAID_REPORT_NEXT_WEEK", "REPORT_OVERDUE", "RELEASED", "FINAL_OVERDUE", "PAID", "CLOSED" -> {
				jdbc.sql("""
						update grants_grant set status = 'ACTIVE', status_changed_at = :at, status_changed_by = :by
						where id = :g""").param("at", now).param("by", grant.grantee()).param("g", grant.id()).update();
				jdbc.sql("""
						update grants_obligation set status = 'APPROVED', done_at = :at
						where grant_id = :g and kind = 'ACCEPTANCE'""").param("at", now).param("g", grant.id()).update();
				boolean paid = !stage.equals("RELEASED");
				jdbc.sql("""
						update grants_instalment set status = :s, requested_by = 'officer', requested_at = :at,
						  released_by = 'officer2', released_at = :at, paid_at = :paidAt, paid_by = :paidBy
						where grant_id = :g and number = 1""")
					.param("s", paid ? "PAID" : "RELEASED").param("at", paidAt).param("paidAt", paid ? paidAt : null)
					.param("paidBy", paid ? "officer" : null).param("g", grant.id()).update();
				if (stage.equals("FINAL_OVERDUE")) {
					jdbc.sql("""
							update grants_obligation set due_date = :d
							where grant_id = :g and kind in ('FINAL_REPORT', 'ACCOUNTS')""")
						.param("d", Date.valueOf(today.minusDays(20))).param("g", grant.id()).update();
				}
				if (stage.equals("CLOSED")) {
					close(grant);
					// reported and approved some weeks before the deadline, closed on approval
					jdbc.sql("""
							update grants_obligation set done_at = due_date - 12
							where grant_id = :g and kind in ('FINAL_REPORT', 'ACCOUNTS')""").param("g", grant.id()).update();
					jdbc.sql("""
							update grants_grant set status_changed_at = (select max(done_at) from grants_obligation
							  where grant_id = :g) where id = :g""").param("g", grant.id()).update();
				}
				if (stage.startsWith("PAID_") || stage.equals("REPORT_OVERDUE")) {
					LocalDate due = stage.equals("REPORT_OVERDUE") ? today.minusDays(10) : today.plusDays(7);
					jdbc.sql("""
							update grants_obligation set due_date = :d
							where grant_id = :g and kind = 'STATUS_REPORT' and number = 1""")
						.param("d", Date.valueOf(due)).param("g", grant.id()).update();
				}
			}
			default -> {
			}
		}
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(dk.kulturpuls.platform.Formats.ZONE).toInstant();
	}

	/**
	 * Gives the grant a project period that fits its stage by the clock of the day the demo starts — running for a
	 * stage in progress, ahead for an offer, ended for an overdue final report or a closed grant — with its decision
	 * some weeks before the start and its deadlines moved with the period. Returns the day the grantee accepted (or,
	 * for an offer, the day of the decision).
	 */
	private LocalDate redate(Grants.GrantView grant, String stage, LocalDate today) {
		LocalDate thisMonth = today.withDayOfMonth(1);
		LocalDate start = switch (stage) {
			// a signature project reports every twelve months: started a year before its report is due
			case "PAID_REPORT_NEXT_WEEK" -> today.plusDays(7).minusYears(1);
			case "REPORT_OVERDUE" -> today.minusDays(10).minusYears(1);
			case "OFFERED" -> thisMonth.plusMonths(2);
			case "ACCEPTANCE_OVERDUE", "RELEASED" -> thisMonth.plusMonths(1);
			case "PAID" -> thisMonth.minusMonths(2);
			case "FINAL_OVERDUE" -> today.minusDays(20).minusMonths(6).plusDays(1);
			case "CLOSED" -> thisMonth.minusMonths(10);
			default -> grant.startDate();
		};
		boolean signature = grant.grantee().startsWith("demo-signatur");
		LocalDate end = switch (stage) {
			// a small project's final report is due two months after its end
			case "FINAL_OVERDUE" -> today.minusDays(20).minusMonths(2);
			case "CLOSED" -> thisMonth.minusMonths(5).minusDays(1);
			default -> start.plusMonths(signature ? 24 : 5).minusDays(1);
		};
		LocalDate decided = switch (stage) {
			case "OFFERED" -> today.minusDays(10);
			case "ACCEPTANCE_OVERDUE" -> today.minusDays(33);
			case "RELEASED" -> today.minusDays(40);
			default -> start.minusDays(40);
		};
		LocalDate acceptBy = decided.plusDays(30);
		if (grant.startDate() != null && grant.endDate() != null) {
			long startShift = java.time.temporal.ChronoUnit.DAYS.between(grant.startDate(), start);
			long endShift = java.time.temporal.ChronoUnit.DAYS.between(grant.endDate(), end);
			jdbc.sql("""
					update grants_obligation set due_date = due_date + cast(:d as int)
					where grant_id = :g and kind = 'STATUS_REPORT'""").param("d", startShift).param("g", grant.id())
				.update();
			jdbc.sql("""
					update grants_obligation set due_date = due_date + cast(:d as int)
					where grant_id = :g and kind in ('FINAL_REPORT', 'ACCOUNTS')""").param("d", endShift)
				.param("g", grant.id()).update();
			// a status report falls inside the period
			jdbc.sql("""
					update grants_obligation set due_date = :last
					where grant_id = :g and kind = 'STATUS_REPORT' and due_date > :last""")
				.param("last", Date.valueOf(end.minusDays(14))).param("g", grant.id()).update();
		}
		jdbc.sql("""
				update grants_grant set start_date = :s, end_date = :e, award_year = :y, awarded_at = :at
				where id = :g""").param("s", Date.valueOf(start)).param("e", Date.valueOf(end))
			.param("y", start.getYear()).param("at", Timestamp.from(at(decided))).param("g", grant.id()).update();
		if (!stage.equals("ACCEPTANCE_OVERDUE")) {
			jdbc.sql("update grants_grant set accept_by = :d where id = :g").param("d", Date.valueOf(acceptBy))
				.param("g", grant.id()).update();
			jdbc.sql("update grants_obligation set due_date = :d where grant_id = :g and kind = 'ACCEPTANCE'")
				.param("d", Date.valueOf(acceptBy)).param("g", grant.id()).update();
		}
		return stage.equals("OFFERED") ? decided : acceptBy.minusDays(6);
	}

	/** The grantee reports and accounts through the same steps as in the platform; the officer approves both. */
	private void close(Grants.GrantView grant) {
		List<Grants.ObligationView> obligations = grants.obligations(grant.id());
		UUID finalReport = obligations.stream().filter(o -> o.kind() == ObligationKind.FINAL_REPORT).findFirst()
			.orElseThrow().id();
		UUID accountsObligation = obligations.stream().filter(o -> o.kind() == ObligationKind.ACCOUNTS).findFirst()
			.orElseThrow().id();
		reports.save(grant.grantee(), grant.id(), finalReport, new GrantReports.ReportForm(
				"Seks eftermiddage med fællessang og billedværksted for beboere og pårørende (demo).",
				"Ingen.", "Deltagerne fortalte, at de glædede sig til hver gang og fik talt med nye mennesker; "
						+ "de trivselsmålinger, ansøgningen planlagde, viser en lille fremgang (demo).",
				"42", "", true), true);
		reports.approve("officer", grant.id(), finalReport);
		GrantAccounts.Accounts accounts = grantAccounts.forGrantee(grant.grantee(), grant.id(), accountsObligation);
		Map<String, String> fields = new java.util.HashMap<>();
		accounts.lines().forEach(line -> {
			for (int i = 0; i < accounts.years().size(); i++) {
				fields.put("a-" + line.id() + "-" + accounts.years().get(i),
						dk.kulturpuls.platform.Formats.number(line.planned().get(i).ore() / 100.0, 0));
			}
		});
		fields.put("signer", "Kontaktperson for " + grant.organisation());
		fields.put("sworn", "true");
		grantAccounts.save(grant.grantee(), grant.id(), accountsObligation, GrantAccounts.AccountsForm.of(fields), null,
				true);
		grantAccounts.approve("officer", grant.id(), accountsObligation);
	}
}
