package dk.kulturpuls.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who did what to which case, and when. Every change to a case and every read of
 * individual health data is recorded here, in the same transaction as the change itself.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action by the current user (or "system" outside a request). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String subjectType, String subjectId, String action, String detail) {
		jdbc.sql("""
				insert into platform_audit_event (id, occurred_at, actor, subject_type, subject_id, action, detail)
				values (:id, :at, :actor, :type, :subject, :action, :detail)""")
				.param("id", UUID.randomUUID())
				.param("at", java.sql.Timestamp.from(Instant.now(clock)))
				.param("actor", currentActor())
				.param("type", subjectType)
				.param("subject", subjectId)
				.param("action", action)
				.param("detail", detail)
				.update();
	}

	/** The events about one subject, newest first. */
	public List<AuditEvent> eventsFor(String subjectType, String subjectId) {
		return jdbc.sql("""
				select occurred_at, actor, subject_type, subject_id, action, detail from platform_audit_event
				where subject_type = :type and subject_id = :subject order by occurred_at desc""")
				.param("type", subjectType)
				.param("subject", subjectId)
				.query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)))
				.list();
	}

	/** The most recent events, newest first. */
	public List<AuditEvent> latest(int limit) {
		return jdbc.sql("""
				select occurred_at, actor, subject_type, subject_id, action, detail from platform_audit_event
				order by occurred_at desc limit :limit""")
				.param("limit", limit)
				.query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)))
				.list();
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

	public record AuditEvent(Instant occurredAt, String actor, String subjectType, String subjectId, String action,
			String detail) {
	}
}
