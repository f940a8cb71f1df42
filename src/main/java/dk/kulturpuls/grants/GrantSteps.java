package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Csv;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/**
 * What is done with a grant: the grantee accepts, declines or gives it back (the money returns to the pool); an
 * officer releases an instalment (a second officer approves one above the pool's four-eyes amount; a conditional
 * update makes two clicks or two officers one release); released payments are exported for the finance system and
 * marked paid. Every step goes to the audit trail.
 */
@Service
@Transactional
class GrantSteps {

	/** What a release did: released for payment, or waiting for a second officer. */
	enum Release {
		RELEASED, AWAITING_APPROVAL
	}

	private final Grants grants;
	private final GrantDecisions funding;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	private final GrantClosing closing;
	private final GrantSettlement settlement;

	GrantSteps(Grants grants, GrantDecisions funding, JdbcClient jdbc, AuditTrail audit, Clock clock,
			GrantClosing closing, GrantSettlement settlement) {
		this.closing = closing;
		this.settlement = settlement;
		this.grants = grants;
		this.funding = funding;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The grantee accepts the grant and its conditions: the instalment due at acceptance can be released. */
	void accept(String grantee, UUID id, boolean conditionsAccepted) {
		Grants.GrantView grant = owned(grantee, id);
		if (grant.status() != GrantStatus.OFFERED) {
			throw new GrantException("grant.error.notOffered");
		}
		if (!conditionsAccepted) {
			throw new GrantException("grant.error.acceptConditions");
		}
		if (!changeStatus(id, GrantStatus.OFFERED, GrantStatus.ACCEPTED, grantee, null)) {
			throw new GrantException("grant.error.notOffered");
		}
		UUID acceptance = jdbc.sql("""
				update grants_obligation set status = 'APPROVED', done_at = :at
				where grant_id = :g and kind = 'ACCEPTANCE' and status = 'OPEN' returning id""")
			.param("at", now()).param("g", id).query(UUID.class).optional().orElse(null);
		if (acceptance != null) {
			makeDue(acceptance);
		}
		audit.record("grant", id.toString(), "accepted", "conditions accepted by " + grantee
				+ (grant.acceptanceOverdue() ? " after the deadline " + Formats.date(grant.acceptBy()) : ""));
	}

	/** The grantee declines the offered grant: its money returns to the pool. */
	void decline(String grantee, UUID id, String reason) {
		if (reason != null && reason.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		Grants.GrantView grant = owned(grantee, id);
		if (grant.status() != GrantStatus.OFFERED
				|| !changeStatus(id, GrantStatus.OFFERED, GrantStatus.DECLINED, grantee, blankToNull(reason))) {
			throw new GrantException("grant.error.notOffered");
		}
		end(grant, "declined", reason, grantee, false);
	}

	/**
	 * The grantee gives an accepted grant back: nothing more is paid or reported, its unpaid money returns to the
	 * pool, and what was paid is claimed back (the officer can lower the claim for documented expenses). A reason is
	 * required.
	 */
	void giveBack(String grantee, UUID id, String reason) {
		if (reason != null && reason.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		Grants.GrantView grant = owned(grantee, id);
		if (!grant.status().running()) {
			throw new GrantException("grant.error.notRunning");
		}
		if (blankToNull(reason) == null) {
			throw new GrantException("grant.error.giveBackReason");
		}
		if (!changeStatus(id, grant.status(), GrantStatus.RETURNED, grantee, reason.strip())) {
			throw new GrantException("grant.error.changed");
		}
		end(grant, "given back", reason, grantee, true);
	}

	private void end(Grants.GrantView grant, String action, String reason, String by, boolean settle) {
		jdbc.sql("""
				update grants_instalment set status = 'CANCELLED'
				where grant_id = :g and status in ('PLANNED', 'DUE', 'AWAITING_APPROVAL')""")
			.param("g", grant.id()).update();
		jdbc.sql("update grants_obligation set status = 'CANCELLED' where grant_id = :g and status <> 'APPROVED'")
			.param("g", grant.id()).update();
		Money out = settle ? settlement.settleReturned(grant, by) : settlement.paidOrReleased(grant.id());
		funding.giveBack(grant.applicationId(), blankToNull(reason), out);
		audit.record("grant", grant.id().toString(), action, (blankToNull(reason) == null ? "" : reason.strip() + "; ")
				+ Formats.dkk(grant.amount().minus(out)) + " back to the pool, paid or released " + Formats.dkk(out));
	}

	/**
	 * An officer releases a due instalment. Above the pool's four-eyes amount the first officer's release waits
	 * for a second officer's approval. Each transition is a conditional update on the instalment's status, so that
	 * a double click or two officers at once release it once; the loser is told what happened.
	 */
	Release release(String officer, UUID grantId, int number) {
		Grants.GrantDetail detail = grants.detail(grantId);
		if (!detail.grant().status().running()) {
			throw new GrantException("grant.error.notRunning");
		}
		Grants.InstalmentView instalment = detail.instalments().stream().filter(i -> i.number() == number)
			.findFirst().orElseThrow(GrantNotFoundException::new);
		Timestamp now = now();
		switch (instalment.status()) {
			case DUE -> {
				boolean fourEyes = instalment.amount().isGreaterThan(detail.fourEyesAbove());
				int changed = jdbc.sql(fourEyes ? """
						update grants_instalment set status = 'AWAITING_APPROVAL', requested_by = :me, requested_at = :at
						where id = :id and status = 'DUE'""" : """
						update grants_instalment set status = 'RELEASED', requested_by = :me, requested_at = :at,
						  released_by = :me, released_at = :at
						where id = :id and status = 'DUE'""")
					.param("me", officer).param("at", now).param("id", instalment.id()).update();
				if (changed == 0) {
					throw new GrantException("grant.error.changed");
				}
				if (fourEyes) {
					audit.record("grant", grantId.toString(), "instalment release requested",
							"instalment " + number + " " + Formats.dkk(instalment.amount()) + ", above "
									+ Formats.dkk(detail.fourEyesAbove()) + ": a second officer approves");
					return Release.AWAITING_APPROVAL;
				}
			}
			case AWAITING_APPROVAL -> {
				if (officer.equals(instalment.requestedBy())) {
					throw new GrantException("grant.error.secondOfficer", Formats.dkk(detail.fourEyesAbove()));
				}
				int changed = jdbc.sql("""
						update grants_instalment set status = 'RELEASED', released_by = :me, released_at = :at
						where id = :id and status = 'AWAITING_APPROVAL' and requested_by <> :me""")
					.param("me", officer).param("at", now).param("id", instalment.id()).update();
				if (changed == 0) {
					throw new GrantException("grant.error.changed");
				}
			}
			case RELEASED, PAID -> throw new GrantException("grant.error.alreadyReleased");
			default -> throw new GrantException("grant.error.notDue");
		}
		jdbc.sql("update grants_grant set status = 'ACTIVE' where id = :g and status = 'ACCEPTED'").param("g", grantId)
			.update();
		audit.record("grant", grantId.toString(), "instalment released",
				"instalment " + number + " " + Formats.dkk(instalment.amount()) + " by " + officer
						+ (instalment.requestedBy() != null && !officer.equals(instalment.requestedBy())
								? ", requested by " + instalment.requestedBy() : ""));
		return Release.RELEASED;
	}

	/** A released payment for the finance system. */
	record Payment(UUID instalmentId, UUID grantId, String title, String organisation, String cvr,
			Grants.InstalmentView instalment) {
	}

	@Transactional(readOnly = true)
	List<Payment> releasedPayments() {
		return jdbc.sql("""
				select i.id, i.grant_id, i.number, i.share_percent, i.amount_ore, i.status, o.kind, o.number,
				  i.requested_by, i.requested_at, i.released_by, i.released_at, i.paid_at, g.title, g.organisation, g.cvr
				from grants_instalment i join grants_grant g on g.id = i.grant_id
				left join grants_obligation o on o.id = i.released_by_obligation
				where i.status = 'RELEASED' order by i.released_at, i.id""")
			.query((rs, n) -> {
				Grants.InstalmentView i = Grants.instalment(rs, n);
				return new Payment(i.id(), i.grantId(), rs.getString(14), rs.getString(15), rs.getString(16), i);
			}).list();
	}

	/** The released payments as CSV for the finance system: CVR, amount in whole kroner, reference, grant. */
	byte[] export(String officer) {
		List<Payment> payments = releasedPayments();
		Csv csv = new Csv().row(List.of("CVR", "Beløb (kr.)", "Reference", "Bevilling", "Modtager"));
		for (Payment p : payments) {
			csv.row(List.of(p.cvr() == null ? "" : p.cvr(), String.valueOf(p.instalment().amount().ore() / 100),
					p.instalment().reference(), p.title(), p.organisation()));
		}
		audit.record("grant payments", "export", "exported", payments.size() + " released payments by " + officer);
		return csv.bytes();
	}

	/** Marks released payments paid; those already paid are left as they are. Returns how many were marked. */
	int markPaid(String officer, Collection<UUID> instalments) {
		int count = 0;
		for (UUID id : instalments) {
			UUID grant = jdbc.sql("""
					update grants_instalment set status = 'PAID', paid_at = :at, paid_by = :me
					where id = :id and status = 'RELEASED' returning grant_id""")
				.param("at", now()).param("me", officer).param("id", id).query(UUID.class).optional().orElse(null);
			if (grant != null) {
				count++;
				audit.record("grant", grant.toString(), "instalment paid", id + " marked paid by " + officer);
				closing.closeIfComplete(grant, officer);
			}
		}
		return count;
	}

	/**
	 * Makes the last instalment due once both the final report and the accounts of the grant are approved (the
	 * instalment waits for the final report's obligation).
	 */
	void makeFinalDueWhenComplete(UUID grantId) {
		List<UUID> finalReport = jdbc.sql("""
				select f.id from grants_obligation f
				where f.grant_id = :g and f.kind = 'FINAL_REPORT' and f.status = 'APPROVED'
				  and not exists (select 1 from grants_obligation a where a.grant_id = :g and a.kind = 'ACCOUNTS'
				    and a.status <> 'APPROVED')""")
			.param("g", grantId).query(UUID.class).list();
		finalReport.forEach(this::makeDue);
	}

	/**
	 * The grantee submits a report or the accounts: open or sent back becomes submitted, once (a conditional
	 * update); a second submission is told it is submitted.
	 */
	void submitObligation(UUID grantId, UUID obligationId) {
		transition(grantId, obligationId, "'OPEN', 'CHANGES_REQUESTED'", "SUBMITTED", "grant.report.error.submitted");
	}

	/** The officer approves a submitted report or accounts, once; another decision is told it came too late. */
	void approveObligation(UUID grantId, UUID obligationId) {
		transition(grantId, obligationId, "'SUBMITTED'", "APPROVED", "grant.report.error.notSubmitted");
	}

	/** The officer sends a submitted report or accounts back, once. */
	void sendBackObligation(UUID grantId, UUID obligationId) {
		transition(grantId, obligationId, "'SUBMITTED'", "CHANGES_REQUESTED", "grant.report.error.notSubmitted");
	}

	private void transition(UUID grantId, UUID obligationId, String from, String to, String refusal) {
		int changed = jdbc.sql("update grants_obligation set status = :to, done_at = case when :to = 'APPROVED' "
				+ "then :at else done_at end where id = :o and grant_id = :g and status in (" + from + ")")
			.param("to", to).param("at", now()).param("o", obligationId).param("g", grantId).update();
		if (changed == 0) {
			throw new GrantException(refusal);
		}
	}

	/** The instalments waiting for an obligation become due for release when it is approved. */
	void makeDue(UUID obligation) {
		jdbc.sql("update grants_instalment set status = 'DUE' where released_by_obligation = :o and status = 'PLANNED'")
			.param("o", obligation).update();
	}

	private boolean changeStatus(UUID id, GrantStatus from, GrantStatus to, String by, String reason) {
		return jdbc.sql("""
				update grants_grant set status = :to, status_changed_at = :at, status_changed_by = :by,
				  status_reason = coalesce(:reason, status_reason)
				where id = :id and status = :from""")
			.param("to", to.name()).param("at", now()).param("by", by).param("reason", reason).param("id", id)
			.param("from", from.name()).update() > 0;
	}

	private Grants.GrantView owned(String grantee, UUID id) {
		return grants.find(id).filter(g -> grantee.equals(g.grantee())).orElseThrow(GrantNotFoundException::new);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
