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

	/**
	 * What the administrator looks for in the trail. Every field is optional; texts match exactly except
	 * {@code detail}, which matches a part of the detail. Days are whole days in Europe/Copenhagen.
	 */
	public record AuditQuery(String actor, String subjectType, String subjectId, String detail,
			java.time.LocalDate from, java.time.LocalDate to) {

		public static AuditQuery all() {
			return new AuditQuery(null, null, null, null, null, null);
		}
	}

	/** A page of events, newest first, with the number of all events that match. */
	public record AuditPage(List<AuditEvent> events, long total, int page, int pages) {
	}

	/** The events that match the query, newest first, {@code size} per page (pages count from 0). */
	public AuditPage search(AuditQuery query, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (present(query.actor())) {
			where.append(" and actor = :actor");
			params.put("actor", query.actor().trim());
		}
		if (present(query.subjectType())) {
			where.append(" and subject_type = :type");
			params.put("type", query.subjectType().trim());
		}
		if (present(query.subjectId())) {
			where.append(" and subject_id = :subject");
			params.put("subject", query.subjectId().trim());
		}
		if (present(query.detail())) {
			where.append(" and strpos(lower(coalesce(detail, '') || ' ' || action), lower(:detail)) > 0");
			params.put("detail", query.detail().trim());
		}
		java.time.ZoneId zone = clock.getZone();
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		long total = jdbc.sql("select count(*) from platform_audit_event" + where).params(params)
				.query(Long.class).single();
		int current = Math.max(0, page);
		List<AuditEvent> events = jdbc.sql("""
				select occurred_at, actor, subject_type, subject_id, action, detail from platform_audit_event"""
				+ where + " order by occurred_at desc, id limit :limit offset :offset")
				.params(params)
				.param("limit", size)
				.param("offset", (long) current * size)
				.query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)))
				.list();
		return new AuditPage(events, total, current, (int) ((total + size - 1) / size));
	}

	/** The kinds of subject in the trail, for a filter. */
	public List<String> subjectTypes() {
		return jdbc.sql("select distinct subject_type from platform_audit_event order by 1").query(String.class)
				.list();
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

	public record AuditEvent(Instant occurredAt, String actor, String subjectType, String subjectId, String action,
			String detail) {
	}
}
