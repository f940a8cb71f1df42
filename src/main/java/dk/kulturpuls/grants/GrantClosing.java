package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.Projects;

/**
 * Closes a grant once everything is done: every report and the accounts approved, every instalment paid (or
 * cancelled), no repayment claim open. Its project becomes "Afsluttet" with the final report's results, and the
 * final report is published in the knowledge base when the grantee allowed it. Called after each step that can be the last; closing twice closes
 * once (a conditional update).
 */
@Service
@Transactional
class GrantClosing {

	private final JdbcClient jdbc;
	private final GrantDecisions funding;
	private final Projects projects;
	private final AuditTrail audit;
	private final Clock clock;

	GrantClosing(JdbcClient jdbc, GrantDecisions funding, Projects projects, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.funding = funding;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	/** Closes the grant when it is complete; returns whether this call closed it. */
	boolean closeIfComplete(UUID grantId, String by) {
		Instant now = Instant.now(clock);
		int closed = jdbc.sql("""
				update grants_grant set status = 'CLOSED', closed_at = :at, status_changed_at = :at,
				  status_changed_by = :by
				where id = :g and status in ('ACCEPTED', 'ACTIVE')
				  and not exists (select 1 from grants_obligation o where o.grant_id = :g
				    and o.kind <> 'ACCEPTANCE' and o.status not in ('APPROVED', 'CANCELLED'))
				  and not exists (select 1 from grants_instalment i where i.grant_id = :g
				    and i.status not in ('PAID', 'CANCELLED'))
				  and not exists (select 1 from grants_settlement s where s.grant_id = :g and s.claim_status = 'OPEN')""")
			.param("at", Timestamp.from(now)).param("by", by).param("g", grantId).update();
		if (closed == 0) {
			return false;
		}
		UUID application = jdbc.sql("select application_id from grants_grant where id = :g").param("g", grantId)
			.query(UUID.class).single();
		record FinalReport(String done, String results, Integer participants, boolean publish) {
		}
		FinalReport report = jdbc.sql("""
				select r.done, r.results, r.participants, r.publish from grants_report r
				join grants_obligation o on o.id = r.obligation_id
				where o.grant_id = :g and o.kind = 'FINAL_REPORT'""")
			.param("g", grantId)
			.query((rs, n) -> new FinalReport(rs.getString(1), rs.getString(2),
					rs.getObject(3) == null ? null : rs.getInt(3), rs.getBoolean(4)))
			.optional().orElse(new FinalReport(null, null, null, false));
		Optional<UUID> publication = funding.awarded(application).flatMap(awarded -> projects.closeGrant(
				new Projects.GrantClosing(application, awarded.title(), awarded.summary(), awarded.organisation(),
						report.done(), report.results(), report.participants(), report.publish(), awarded.offerType(),
						awarded.targetGroups(), awarded.municipalities(), awarded.startDate(), awarded.endDate(),
						awarded.amountOre(), awarded.lead(), by)));
		audit.record("grant", grantId.toString(), "closed", "by " + by
				+ publication.map(p -> "; final report published as " + p).orElse(""));
		return true;
	}
}
