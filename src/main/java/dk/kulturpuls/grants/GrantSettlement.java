package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.PublicUrl;

/**
 * What a grant comes to (afregning). When its accounts are approved, the grantee is entitled to the grant's share
 * of the budget applied to what was actually spent, never more than the grant: a grant of 100.000 kr. towards a
 * budget of 200.000 kr. whose accounts show 150.000 kr. spent comes to 75.000 kr. The rest is taken off the unpaid
 * instalments, last first, and comes back to the pool; what was already paid beyond the entitlement is claimed back.
 * A grant given back is settled at once: what was paid or released is claimed back, unless the officer accepts
 * documented expenses and lowers or waives the claim with a reason. A received repayment comes back to the pool. A
 * grant with an open claim does not close. Every step goes to the audit trail, and the grantee is mailed the claim.
 */
@Service
@Transactional
class GrantSettlement {

	/** How the settlement came about. */
	enum Basis {
		ACCOUNTS, RETURNED
	}

	/** Where a repayment claim is. */
	enum ClaimStatus {
		OPEN, RECEIVED, WAIVED;

		public String messageKey() {
			return "grant.settlement.claim." + name();
		}
	}

	/** A grant's settlement as the officer and the grantee see it. */
	public record Settlement(UUID grantId, Basis basis, Money plannedTotal, Money actualTotal, Money entitled,
			Money reduced, Money claim, ClaimStatus claimStatus, LocalDate claimDue, String claimNote, Instant settledAt,
			String settledBy, Instant claimClosedAt, String claimClosedBy, String reference) {

		public boolean claimOpen() {
			return claimStatus == ClaimStatus.OPEN;
		}

		public boolean accounts() {
			return basis == Basis.ACCOUNTS;
		}
	}

	private final JdbcClient jdbc;
	private final Grants grants;
	private final GrantDecisions funding;
	private final AuditTrail audit;
	private final Clock clock;
	private final Mailer mailer;
	private final Accounts accounts;
	private final MessageSource messages;
	private final PublicUrl publicUrl;
	private final int claimDays;
	private final GrantClosing closing;

	GrantSettlement(JdbcClient jdbc, Grants grants, GrantDecisions funding, AuditTrail audit, Clock clock,
			Mailer mailer, Accounts accounts, MessageSource messages, PublicUrl publicUrl, GrantClosing closing,
			@Value("${kulturpuls.grants.repayment-days:30}") int claimDays) {
		this.closing = closing;
		if (claimDays < 1) {
			throw new IllegalArgumentException("kulturpuls.grants.repayment-days must be at least 1");
		}
		this.jdbc = jdbc;
		this.grants = grants;
		this.funding = funding;
		this.audit = audit;
		this.clock = clock;
		this.mailer = mailer;
		this.accounts = accounts;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.claimDays = claimDays;
	}

	/** The grant's share of the budget applied to what was spent, in whole kroner, never more than the grant. */
	static Money entitlement(Money grant, Money plannedTotal, Money actualTotal) {
		if (plannedTotal.ore() <= 0 || !actualTotal.isLessThan(plannedTotal)) {
			return grant;
		}
		long ore = java.math.BigDecimal.valueOf(grant.ore()).multiply(java.math.BigDecimal.valueOf(actualTotal.ore()))
			.divide(java.math.BigDecimal.valueOf(plannedTotal.ore()), 0, java.math.RoundingMode.DOWN).longValue();
		long kroner = Math.round(ore / 100.0);
		return Money.ofKroner(Math.min(kroner, grant.ore() / 100));
	}

	@Transactional(readOnly = true)
	Optional<Settlement> find(UUID grantId) {
		return jdbc.sql("""
				select grant_id, basis, planned_total_ore, actual_total_ore, entitled_ore, reduced_ore, claim_ore,
				  claim_status, claim_due, claim_note, settled_at, settled_by, claim_closed_at, claim_closed_by
				from grants_settlement where grant_id = :g""")
			.param("g", grantId)
			.query((rs, n) -> new Settlement(rs.getObject(1, UUID.class), Basis.valueOf(rs.getString(2)),
					rs.getObject(3) == null ? null : new Money(rs.getLong(3)),
					rs.getObject(4) == null ? null : new Money(rs.getLong(4)), new Money(rs.getLong(5)),
					new Money(rs.getLong(6)), new Money(rs.getLong(7)),
					rs.getString(8) == null ? null : ClaimStatus.valueOf(rs.getString(8)),
					rs.getObject(9, LocalDate.class), rs.getString(10), Grants.instant(rs.getTimestamp(11)),
					rs.getString(12), Grants.instant(rs.getTimestamp(13)), rs.getString(14),
					reference(rs.getObject(1, UUID.class))))
			.optional();
	}

	/** The payment reference of a repayment. */
	static String reference(UUID grantId) {
		return "KP-" + grantId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) + "-R";
	}

	/**
	 * Settles the grant on its approved accounts: reduces the unpaid instalments by what the spending does not
	 * cover, last first (an instalment reduced to nothing is cancelled), gives that back to the pool and claims back
	 * what was paid beyond the entitlement. Settled once; a second call changes nothing.
	 */
	void settleAccounts(UUID grantId, Money plannedTotal, Money actualTotal, String officer) {
		Grants.GrantDetail detail = grants.detail(grantId);
		Grants.GrantView grant = detail.grant();
		Money entitled = entitlement(grant.amount(), plannedTotal, actualTotal);
		Money unspent = grant.amount().minus(entitled);
		Money reduced = Money.ZERO;
		List<Grants.InstalmentView> unpaid = detail.instalments().stream().filter(i -> i.status().unpaid())
			.sorted((a, b) -> Integer.compare(b.number(), a.number())).toList();
		for (Grants.InstalmentView instalment : unpaid) {
			Money left = unspent.minus(reduced);
			if (!left.isGreaterThan(Money.ZERO)) {
				break;
			}
			Money cut = instalment.amount().isGreaterThan(left) ? left : instalment.amount();
			Money remaining = instalment.amount().minus(cut);
			jdbc.sql("""
					update grants_instalment set amount_ore = :left,
					  status = case when :left = 0 then 'CANCELLED' else status end
					where id = :id and status in ('PLANNED', 'DUE', 'AWAITING_APPROVAL')""")
				.param("left", remaining.ore()).param("id", instalment.id()).update();
			reduced = reduced.plus(cut);
			audit.record("grant", grantId.toString(), "instalment reduced", "instalment " + instalment.number()
					+ " from " + Formats.dkk(instalment.amount()) + " to " + Formats.dkk(remaining) + " (unspent)");
		}
		Money claim = unspent.minus(reduced);
		if (!insert(grantId, Basis.ACCOUNTS, plannedTotal, actualTotal, entitled, reduced, claim, officer)) {
			return;
		}
		funding.returnToPool(grant.applicationId(), reduced, "unspent according to the approved accounts");
		audit.record("grant", grantId.toString(), "settled", "accounts " + Formats.dkk(actualTotal) + " of budget "
				+ Formats.dkk(plannedTotal) + ": entitled " + Formats.dkk(entitled) + " of " + Formats.dkk(grant.amount())
				+ ", instalments reduced by " + Formats.dkk(reduced) + ", claim " + Formats.dkk(claim) + " by " + officer);
		if (claim.isGreaterThan(Money.ZERO)) {
			mailClaim(grant, claim);
		}
	}

	/**
	 * Settles a grant given back: what was paid or released for payment is claimed back (the officer can lower the
	 * claim for documented expenses). Returns what the grantee has had.
	 */
	Money settleReturned(Grants.GrantView grant, String by) {
		Money out = paidOrReleased(grant.id());
		if (insert(grant.id(), Basis.RETURNED, null, null, Money.ZERO, Money.ZERO, out, by)) {
			audit.record("grant", grant.id().toString(), "settled", "given back: claim " + Formats.dkk(out));
			if (out.isGreaterThan(Money.ZERO)) {
				mailClaim(grant, out);
			}
		}
		return out;
	}

	/** What the grantee has had of the grant: paid, or released for payment. */
	Money paidOrReleased(UUID grantId) {
		return new Money(jdbc.sql("""
				select coalesce(sum(amount_ore), 0) from grants_instalment
				where grant_id = :g and status in ('RELEASED', 'PAID')""").param("g", grantId).query(Long.class).single());
	}

	/** The officer records that the claimed amount was received: it comes back to the pool. */
	void received(String officer, UUID grantId, LocalDate on) {
		Settlement settlement = open(grantId);
		if (on == null) {
			throw new GrantException("grant.settlement.error.receivedOn");
		}
		if (on.isAfter(LocalDate.now(clock)) || on.isBefore(LocalDate.ofInstant(settlement.settledAt(), Formats.ZONE))) {
			throw new GrantException("grant.settlement.error.receivedOnRange");
		}
		closeClaim(grantId, ClaimStatus.RECEIVED, officer, null);
		Grants.GrantView grant = grants.find(grantId).orElseThrow(GrantNotFoundException::new);
		funding.returnToPool(grant.applicationId(), settlement.claim(), "repayment received " + Formats.date(on));
		audit.record("grant", grantId.toString(), "repayment received",
				Formats.dkk(settlement.claim()) + " received " + Formats.date(on) + ", recorded by " + officer);
		closing.closeIfComplete(grantId, officer);
	}

	/**
	 * The officer lowers the claim (documented expenses accepted) with a reason; lowered to nothing, the claim is
	 * waived.
	 */
	void lower(String officer, UUID grantId, Money amount, String reason) {
		Settlement settlement = open(grantId);
		if (reason == null || reason.isBlank()) {
			throw new GrantException("grant.settlement.error.reason");
		}
		if (reason != null && reason.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		if (amount == null || amount.isNegative() || !amount.isLessThan(settlement.claim())) {
			throw new GrantException("grant.settlement.error.lowerRange", Formats.dkk(settlement.claim()));
		}
		if (amount.ore() == 0) {
			closeClaim(grantId, ClaimStatus.WAIVED, officer, reason.strip());
		}
		else {
			int changed = jdbc.sql("""
					update grants_settlement set claim_ore = :m, claim_note = :n
					where grant_id = :g and claim_status = 'OPEN' and claim_ore = :was""")
				.param("m", amount.ore()).param("n", reason.strip()).param("g", grantId)
				.param("was", settlement.claim().ore()).update();
			if (changed == 0) {
				throw new GrantException("grant.settlement.error.changed");
			}
		}
		audit.record("grant", grantId.toString(), amount.ore() == 0 ? "repayment claim waived" : "repayment claim lowered",
				"from " + Formats.dkk(settlement.claim()) + " to " + Formats.dkk(amount) + " by " + officer + ": "
						+ reason.strip());
		if (amount.ore() == 0) {
			closing.closeIfComplete(grantId, officer);
		}
	}

	private Settlement open(UUID grantId) {
		Settlement settlement = find(grantId).orElseThrow(GrantNotFoundException::new);
		if (!settlement.claimOpen()) {
			throw new GrantException("grant.settlement.error.notOpen");
		}
		return settlement;
	}

	private void closeClaim(UUID grantId, ClaimStatus status, String officer, String note) {
		int changed = jdbc.sql("""
				update grants_settlement set claim_status = :s, claim_closed_at = :at, claim_closed_by = :me,
				  claim_note = coalesce(:n, claim_note)
				where grant_id = :g and claim_status = 'OPEN'""")
			.param("s", status.name()).param("at", Timestamp.from(Instant.now(clock))).param("me", officer)
			.param("n", note).param("g", grantId).update();
		if (changed == 0) {
			throw new GrantException("grant.settlement.error.changed");
		}
	}

	private boolean insert(UUID grantId, Basis basis, Money planned, Money actual, Money entitled, Money reduced,
			Money claim, String by) {
		boolean hasClaim = claim.isGreaterThan(Money.ZERO);
		return jdbc.sql("""
				insert into grants_settlement (grant_id, basis, planned_total_ore, actual_total_ore, entitled_ore,
				  reduced_ore, claim_ore, claim_status, claim_due, settled_at, settled_by)
				values (:g, :b, :p, :a, :e, :r, :c, :s, :due, :at, :by) on conflict (grant_id) do nothing""")
			.param("g", grantId).param("b", basis.name()).param("p", planned == null ? null : planned.ore())
			.param("a", actual == null ? null : actual.ore()).param("e", entitled.ore()).param("r", reduced.ore())
			.param("c", claim.ore()).param("s", hasClaim ? ClaimStatus.OPEN.name() : null)
			.param("due", hasClaim ? LocalDate.now(clock).plusDays(claimDays) : null)
			.param("at", Timestamp.from(Instant.now(clock))).param("by", by).update() > 0;
	}

	private void mailClaim(Grants.GrantView grant, Money claim) {
		String email = grant.grantee() == null ? null
				: accounts.find(grant.grantee()).map(Accounts.AccountView::email).filter(e -> !e.isBlank())
					.orElse(null);
		if (email == null) {
			return;
		}
		Object[] arguments = { grant.title(), Formats.dkk(claim), Formats.date(LocalDate.now(clock).plusDays(claimDays)),
				reference(grant.id()), publicUrl.of("/applicant/grants/" + grant.id()) };
		mailer.send(email, messages.getMessage("grant.settlement.mail.subject", arguments, Formats.DANISH),
				messages.getMessage("grant.settlement.mail.body", arguments, Formats.DANISH));
	}
}
