package dk.kulturpuls.grants;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.TextLimits;

/**
 * Changes during a running grant: the grantee asks to end later (the final report and accounts move with the end),
 * to move money between the budget's lines in a year, or to change a partner, always with a reason; the officer
 * approves (the change is made) or refuses with a note the grantee sees. Requests are kept with their decision, and
 * every step is audited. A request is decided once (a conditional update).
 */
@Service
@Transactional
public class GrantChanges {

	/** What a change is about. */
	public enum Kind {
		PERIOD, BUDGET, PARTNER;

		public String messageKey() {
			return "grant.change.kind." + name();
		}
	}

	/** What the grantee typed, as typed. */
	public record ChangeForm(String kind, String reason, String newEndDate, String fromLine, String toLine,
			String year, String amount, String partner) {

		static ChangeForm empty() {
			return new ChangeForm("", "", "", "", "", "", "", "");
		}
	}

	/** A request with its decision. */
	public record Change(UUID id, UUID grantId, Kind kind, String reason, LocalDate newEndDate, String fromLine,
			String toLine, Integer year, Money amount, String partner, String status, Instant requestedAt,
			String requestedBy, Instant decidedAt, String decidedBy, String decisionNote) {

		public boolean open() {
			return "REQUESTED".equals(status);
		}
	}

	private final Grants grants;
	private final GrantDecisions funding;
	private final Budgets budgets;
	private final PoolKinds kinds;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	GrantChanges(Grants grants, GrantDecisions funding, Budgets budgets, PoolKinds kinds, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.grants = grants;
		this.funding = funding;
		this.budgets = budgets;
		this.kinds = kinds;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The grant's budget lines for the form (id to text), in the budget's order. */
	@Transactional(readOnly = true)
	Map<String, String> lines(Grants.GrantView grant) {
		Map<String, String> lines = new LinkedHashMap<>();
		funding.budget(grant.applicationId())
			.ifPresent(b -> b.lines().forEach(l -> lines.put(l.id().toString(), l.text())));
		return lines;
	}

	@Transactional(readOnly = true)
	List<Integer> years(Grants.GrantView grant) {
		return funding.budget(grant.applicationId()).map(BudgetView::years).orElse(List.of());
	}

	/** The grant's requests, newest first, with the budget lines' names. */
	@Transactional(readOnly = true)
	List<Change> of(UUID grantId) {
		Map<String, String> names = grants.find(grantId).map(this::lines).orElse(Map.of());
		return jdbc.sql("""
				select id, grant_id, kind, reason, new_end_date, from_line, to_line, budget_year, amount_ore, partner,
				  status, requested_at, requested_by, decided_at, decided_by, decision_note
				from grants_change_request where grant_id = :g order by requested_at desc, id""")
			.param("g", grantId)
			.query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
					rs.getObject(6) == null ? null : names.getOrDefault(rs.getString(6), rs.getString(6)),
					rs.getObject(7) == null ? null : names.getOrDefault(rs.getString(7), rs.getString(7)),
					rs.getObject(8) == null ? null : rs.getInt(8),
					rs.getObject(9) == null ? null : new Money(rs.getLong(9)), rs.getString(10), rs.getString(11),
					Grants.instant(rs.getTimestamp(12)), rs.getString(13), Grants.instant(rs.getTimestamp(14)),
					rs.getString(15), rs.getString(16)))
			.list();
	}

	/**
	 * The grantee asks for a change. Returns what is missing or wrong (field to message key, in the order of the
	 * form); nothing is recorded until it is right.
	 */
	Map<String, String> request(String grantee, UUID grantId, ChangeForm form) {
		Grants.GrantView grant = grants.find(grantId).filter(g -> grantee.equals(g.grantee()))
			.orElseThrow(GrantNotFoundException::new);
		if (!grant.status().running()) {
			throw new GrantException("grant.change.error.notRunning");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Kind kind = switch (form.kind() == null ? "" : form.kind()) {
			case "PERIOD" -> Kind.PERIOD;
			case "BUDGET" -> Kind.BUDGET;
			case "PARTNER" -> Kind.PARTNER;
			default -> null;
		};
		if (kind == null) {
			errors.put("kind-PERIOD", "grant.change.error.kind");
		}
		LocalDate newEnd = null;
		UUID from = null;
		UUID to = null;
		Integer year = null;
		Money amount = null;
		if (kind == Kind.PERIOD) {
			newEnd = Formats.parseDate(form.newEndDate()).orElse(null);
			if (newEnd == null) {
				errors.put("newEndDate", "grant.change.error.date");
			}
			else if (grant.endDate() != null && !newEnd.isAfter(grant.endDate())) {
				errors.put("newEndDate", "grant.change.error.notLater");
			}
		}
		if (kind == Kind.BUDGET) {
			Map<String, String> lines = lines(grant);
			from = lines.containsKey(form.fromLine()) ? UUID.fromString(form.fromLine()) : null;
			to = lines.containsKey(form.toLine()) ? UUID.fromString(form.toLine()) : null;
			if (from == null) {
				errors.put("fromLine", "grant.change.error.line");
			}
			if (to == null || to.equals(from)) {
				errors.put("toLine", "grant.change.error.toLine");
			}
			try {
				year = Integer.valueOf(form.year());
				if (!years(grant).contains(year)) {
					errors.put("year", "grant.change.error.year");
				}
			}
			catch (NumberFormatException e) {
				errors.put("year", "grant.change.error.year");
			}
			try {
				amount = Money.parse(form.amount());
				if (amount.isNegative() || amount.ore() == 0) {
					errors.put("amount", "grant.change.error.amount");
				}
				else if (from != null && year != null && errors.get("year") == null
						&& planned(grant, from, year).isLessThan(amount)) {
					errors.put("amount", "grant.change.error.moreThanPlanned");
				}
			}
			catch (IllegalArgumentException e) {
				errors.put("amount", "grant.change.error.amount");
			}
		}
		if (kind == Kind.PARTNER && blank(form.partner())) {
			errors.put("partner", "grant.change.error.partner");
		}
		if (blank(form.reason())) {
			errors.put("reason", "grant.change.error.reason");
		}
		else if (form.reason().length() > TextLimits.SHORT) {
			errors.put("reason", "grant.change.error.reasonLength");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into grants_change_request (id, grant_id, kind, reason, new_end_date, from_line, to_line,
				  budget_year, amount_ore, partner, status, requested_at, requested_by)
				values (:id, :g, :k, :r, :end, :from, :to, :y, :amount, :partner, 'REQUESTED', :at, :by)""")
			.param("id", id).param("g", grantId).param("k", kind.name()).param("r", form.reason().strip())
			.param("end", newEnd == null ? null : Date.valueOf(newEnd)).param("from", from).param("to", to)
			.param("y", year).param("amount", amount == null ? null : amount.ore())
			.param("partner", kind == Kind.PARTNER ? form.partner().strip() : null)
			.param("at", Timestamp.from(Instant.now(clock))).param("by", grantee).update();
		audit.record("grant", grantId.toString(), "change requested", kind + " " + id + " by " + grantee);
		return errors;
	}

	/** The officer approves a request: the change is made. */
	void approve(String officer, UUID grantId, UUID changeId, String note) {
		Change change = decide(officer, grantId, changeId, "APPROVED", note);
		Grants.GrantView grant = grants.find(grantId).orElseThrow(GrantNotFoundException::new);
		switch (change.kind()) {
			case PERIOD -> {
				jdbc.sql("update grants_grant set end_date = :end where id = :g")
					.param("end", Date.valueOf(change.newEndDate())).param("g", grantId).update();
				LocalDate due = change.newEndDate().plusMonths(kinds.rulesFor(grant.poolId()).finalReportMonths());
				jdbc.sql("""
						update grants_obligation set due_date = :due
						where grant_id = :g and kind in ('FINAL_REPORT', 'ACCOUNTS')
						  and status in ('OPEN', 'CHANGES_REQUESTED')""")
					.param("due", Date.valueOf(due)).param("g", grantId).update();
				funding.budget(grant.applicationId()).filter(b -> b.years().getLast() < change.newEndDate().getYear())
					.ifPresent(b -> budgets.changeYears(b.id(), b.years().getFirst(), change.newEndDate().getYear()));
			}
			case BUDGET -> {
				BudgetView budget = funding.budget(grant.applicationId()).orElseThrow();
				UUID from = raw(changeId, "from_line");
				UUID to = raw(changeId, "to_line");
				Money fromPlanned = planned(grant, from, change.year());
				if (fromPlanned.isLessThan(change.amount())) {
					throw new GrantException("grant.change.error.moreThanPlanned");
				}
				budgets.plan(budget.id(), from, change.year(), fromPlanned.minus(change.amount()));
				budgets.plan(budget.id(), to, change.year(), planned(grant, to, change.year()).plus(change.amount()));
			}
			case PARTNER -> {
				// the partner is recorded with the grant's history; the project's partners are kept by the project
			}
		}
		audit.record("grant", grantId.toString(), "change approved", change.kind() + " " + changeId + " by " + officer);
	}

	/** The officer refuses a request, with a note that says why. */
	void refuse(String officer, UUID grantId, UUID changeId, String note) {
		if (blank(note)) {
			throw new GrantException("grant.change.error.note");
		}
		Change change = decide(officer, grantId, changeId, "REFUSED", note);
		audit.record("grant", grantId.toString(), "change refused",
				change.kind() + " " + changeId + " by " + officer + ": " + note.strip());
	}

	private Change decide(String officer, UUID grantId, UUID changeId, String status, String note) {
		if (note != null && note.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		int changed = jdbc.sql("""
				update grants_change_request set status = :s, decided_at = :at, decided_by = :by, decision_note = :n
				where id = :c and grant_id = :g and status = 'REQUESTED'""")
			.param("s", status).param("at", Timestamp.from(Instant.now(clock))).param("by", officer)
			.param("n", blank(note) ? null : note.strip()).param("c", changeId).param("g", grantId).update();
		if (changed == 0) {
			throw new GrantException("grant.change.error.decided");
		}
		return of(grantId).stream().filter(c -> c.id().equals(changeId)).findFirst().orElseThrow();
	}

	private UUID raw(UUID changeId, String column) {
		return jdbc.sql("select " + column + " from grants_change_request where id = :c").param("c", changeId)
			.query(UUID.class).single();
	}

	private Money planned(Grants.GrantView grant, UUID line, int year) {
		BudgetView budget = funding.budget(grant.applicationId()).orElseThrow();
		int index = budget.years().indexOf(year);
		return budget.lines().stream().filter(l -> l.id().equals(line)).findFirst()
			.map(l -> index < 0 ? Money.ZERO : l.planned().get(index)).orElse(Money.ZERO);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
