package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.TextLimits;

/**
 * The grantee's status and final reports and the officer's review of them. The grantee saves a draft as often as
 * needed and submits it; the officer approves it (the instalment it releases becomes due) or sends it back with a
 * message, which the grantee sees above the report they wrote. Nothing typed is lost: a submission with missing
 * answers is saved as a draft and the page says what to fill in. Every step goes to the audit trail.
 */
@Service
@Transactional
public class GrantReports {

	/** What the grantee writes. Participants is text as typed, so that a wrong number is shown back as typed. */
	public record ReportForm(String done, String deviations, String results, String participants, String nextSteps,
			Boolean publish) {

		/** Whether the grantee lets the final report be published (an unticked box sends nothing). */
		public boolean publishes() {
			return Boolean.TRUE.equals(publish);
		}

		static ReportForm empty() {
			return new ReportForm("", "", "", "", "", false);
		}
	}

	/** A report with its obligation and the officer's last message. */
	public record Report(Grants.GrantView grant, Grants.ObligationView obligation, ReportForm form, String officerMessage,
			Instant savedAt, Instant submittedAt, String reviewedBy, Instant reviewedAt) {

		public boolean isFinal() {
			return obligation.kind() == ObligationKind.FINAL_REPORT;
		}

		/** Whether the grantee can still change it. */
		public boolean editable() {
			return grant.status().running() && obligation.status().awaitsGrantee();
		}
	}

	private final Grants grants;
	private final GrantSteps steps;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final GrantClosing closing;

	GrantReports(Grants grants, GrantSteps steps, JdbcClient jdbc, AuditTrail audit, Clock clock,
			GrantClosing closing) {
		this.closing = closing;
		this.grants = grants;
		this.steps = steps;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The grantee's report; another's grant, or an obligation that is not a report, does not exist. */
	@Transactional(readOnly = true)
	Report forGrantee(String grantee, UUID grantId, UUID obligationId) {
		Grants.GrantView grant = grants.find(grantId).filter(g -> grantee.equals(g.grantee()))
			.orElseThrow(GrantNotFoundException::new);
		return report(grant, obligationId);
	}

	@Transactional(readOnly = true)
	Report forOfficer(UUID grantId, UUID obligationId) {
		return report(grants.find(grantId).orElseThrow(GrantNotFoundException::new), obligationId);
	}

	private Report report(Grants.GrantView grant, UUID obligationId) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		// a cancelled obligation (the grant was given back) still shows its report, read-only
		Grants.ObligationView obligation = jdbc.sql("""
				select id, grant_id, kind, number, due_date, status, accounts_tier, done_at from grants_obligation
				where id = :o and grant_id = :g and kind in ('STATUS_REPORT', 'FINAL_REPORT')""")
			.param("o", obligationId).param("g", grant.id()).query((rs, n) -> Grants.obligation(rs, today))
			.optional().orElseThrow(GrantNotFoundException::new);
		return jdbc.sql("""
				select done, deviations, results, participants, next_steps, officer_message, saved_at, submitted_at,
				  reviewed_by, reviewed_at, publish from grants_report where obligation_id = :o""")
			.param("o", obligationId)
			.query((rs, n) -> new Report(grant, obligation,
					new ReportForm(text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)),
							rs.getObject(4) == null ? "" : String.valueOf(rs.getInt(4)), text(rs.getString(5)),
							rs.getBoolean(11)),
					rs.getString(6), Grants.instant(rs.getTimestamp(7)), Grants.instant(rs.getTimestamp(8)),
					rs.getString(9), Grants.instant(rs.getTimestamp(10))))
			.optional()
			.orElseGet(() -> new Report(grant, obligation, ReportForm.empty(), null, null, null, null, null));
	}

	/**
	 * Saves what the grantee wrote and, when asked, submits it. Returns the answers still missing or wrong (field
	 * to message key); when there are any, the report is saved as a draft and not submitted.
	 */
	Map<String, String> save(String grantee, UUID grantId, UUID obligationId, ReportForm form, boolean submit) {
		Report report = forGrantee(grantee, grantId, obligationId);
		if (!report.grant().status().running()) {
			throw new GrantException("grant.report.error.notRunning");
		}
		if (!report.obligation().status().awaitsGrantee()) {
			throw new GrantException("grant.report.error.submitted");
		}
		// in the order of the form's fields, so the error summary reads as the form does
		Map<String, String> errors = new LinkedHashMap<>();
		// a text over its limit is not saved at all, not even as a draft
		tooLong(errors, "done", form.done(), TextLimits.TEXT);
		tooLong(errors, "deviations", form.deviations(), TextLimits.TEXT);
		tooLong(errors, "results", form.results(), TextLimits.TEXT);
		tooLong(errors, "participants", form.participants(), TextLimits.CODE);
		tooLong(errors, "nextSteps", form.nextSteps(), TextLimits.TEXT);
		if (!errors.isEmpty()) {
			return errors;
		}
		if (submit && blank(form.done())) {
			errors.put("done", "grant.report.error.done");
		}
		if (submit && report.isFinal() && blank(form.results())) {
			errors.put("results", "grant.report.error.results");
		}
		if (submit && !report.isFinal() && blank(form.nextSteps())) {
			errors.put("nextSteps", "grant.report.error.nextSteps");
		}
		Integer participants = null;
		if (!blank(form.participants())) {
			try {
				participants = Integer.valueOf(form.participants().strip().replace(".", ""));
				if (participants < 0) {
					errors.put("participants", "grant.report.error.participants");
				}
			}
			catch (NumberFormatException e) {
				errors.put("participants", "grant.report.error.participants");
			}
		}
		else if (submit && report.isFinal()) {
			errors.put("participants", "grant.report.error.participantsRequired");
		}
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				insert into grants_report (obligation_id, done, deviations, results, participants, next_steps, saved_at,
				  saved_by, publish) values (:o, :done, :dev, :res, :p, :next, :at, :by, :publish)
				on conflict (obligation_id) do update set done = excluded.done, deviations = excluded.deviations,
				  results = excluded.results, participants = excluded.participants, next_steps = excluded.next_steps,
				  saved_at = excluded.saved_at, saved_by = excluded.saved_by, publish = excluded.publish""")
			.param("o", obligationId).param("done", trim(form.done())).param("dev", trim(form.deviations()))
			.param("res", trim(form.results())).param("p", errors.containsKey("participants") ? null : participants)
			.param("next", trim(form.nextSteps())).param("at", now).param("by", grantee)
			.param("publish", report.isFinal() && form.publishes()).update();
		if (!submit || !errors.isEmpty()) {
			return errors;
		}
		steps.submitObligation(grantId, obligationId);
		jdbc.sql("update grants_report set submitted_at = :at where obligation_id = :o").param("at", now)
			.param("o", obligationId).update();
		audit.record("grant", grantId.toString(), "report submitted", name(report) + " by " + grantee);
		return errors;
	}

	/** The officer approves a submitted report: the instalment waiting for it becomes due for release. */
	void approve(String officer, UUID grantId, UUID obligationId) {
		Report report = forOfficer(grantId, obligationId);
		Timestamp now = Timestamp.from(Instant.now(clock));
		steps.approveObligation(grantId, obligationId);
		jdbc.sql("update grants_report set reviewed_at = :at, reviewed_by = :me where obligation_id = :o")
			.param("at", now).param("me", officer).param("o", obligationId).update();
		if (report.isFinal()) {
			// the last instalment waits for the accounts too
			steps.makeFinalDueWhenComplete(grantId);
			closing.closeIfComplete(grantId, officer);
		}
		else {
			steps.makeDue(obligationId);
		}
		audit.record("grant", grantId.toString(), "report approved", name(report) + " by " + officer);
	}

	/** The officer sends a submitted report back with a message that says what to change. */
	void requestChanges(String officer, UUID grantId, UUID obligationId, String message) {
		Report report = forOfficer(grantId, obligationId);
		if (blank(message)) {
			throw new GrantException("grant.report.error.message");
		}
		if (message != null && message.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		steps.sendBackObligation(grantId, obligationId);
		jdbc.sql("""
				update grants_report set officer_message = :m, reviewed_at = :at, reviewed_by = :me
				where obligation_id = :o""")
			.param("m", message.strip()).param("at", Timestamp.from(Instant.now(clock))).param("me", officer)
			.param("o", obligationId).update();
		audit.record("grant", grantId.toString(), "report changes requested",
				name(report) + " by " + officer + ": " + message.strip());
	}

	private static String name(Report report) {
		return report.obligation().kind() == ObligationKind.STATUS_REPORT
				? "status report " + report.obligation().number() : "final report";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	/** Puts the length error of a field over its limit (the message names the limit, {@link TextLimits}). */
	private static void tooLong(Map<String, String> errors, String field, String value, int limit) {
		if (value != null && value.length() > limit) {
			errors.put(field, limit == TextLimits.CODE ? "grant.error.tooLong.code" : "grant.error.tooLong.text");
		}
	}
}
