package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Uploads;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Retention of grant documents: the reports, accounts, explanations, change requests and uploaded statements of a
 * grant are kept at least {@code kulturpuls.grants.retention-years} (default 5, the accounting duty) after it ended
 * (closed, declined or given back). A monthly job lists the grants past that; an officer confirms, and the
 * documents are deleted while the grant itself (title, organisation, amount, period, status: public information)
 * stays. Listing and deleting are audited.
 */
@Service
@Transactional
class GrantRetention {

	private static final Logger log = LoggerFactory.getLogger(GrantRetention.class);

	/** A grant whose documents may be deleted. */
	record Due(UUID grantId, String title, String organisation, Instant endedAt, Instant listedAt) {
	}

	private final JdbcClient jdbc;
	private final Uploads uploads;
	private final AuditTrail audit;
	private final Clock clock;
	private final int years;

	GrantRetention(JdbcClient jdbc, Uploads uploads, AuditTrail audit, Clock clock,
			@Value("${kulturpuls.grants.retention-years:5}") int years) {
		if (years < 5) {
			throw new IllegalArgumentException("kulturpuls.grants.retention-years must be at least 5");
		}
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.audit = audit;
		this.clock = clock;
		this.years = years;
	}

	@Scheduled(cron = "${kulturpuls.grants.retention-cron:0 30 4 1 * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "grant-retention", lockAtMostFor = "PT30M")
	void monthly() {
		log.info("Grant retention: {} grants listed for deletion", list(LocalDate.now(clock)));
	}

	/** Lists the grants that ended more than the retention period before the day; returns how many were new. */
	int list(LocalDate today) {
		Timestamp limit = Timestamp.from(today.minusYears(years).atStartOfDay(Formats.ZONE).toInstant());
		List<UUID> listed = jdbc.sql("""
				insert into grants_retention (grant_id, ended_at, listed_at)
				select g.id, coalesce(g.closed_at, g.status_changed_at), :now from grants_grant g
				where g.status in ('CLOSED', 'DECLINED', 'RETURNED')
				  and coalesce(g.closed_at, g.status_changed_at) < :limit
				on conflict (grant_id) do nothing
				returning grant_id""")
			.param("now", Timestamp.from(Instant.now(clock))).param("limit", limit).query(UUID.class).list();
		listed.forEach(g -> audit.record("grant", g.toString(), "listed for deletion",
				"retention of " + years + " years has passed"));
		return listed.size();
	}

	@Transactional(readOnly = true)
	List<Due> due() {
		return jdbc.sql("""
				select g.id, g.title, g.organisation, r.ended_at, r.listed_at from grants_retention r
				join grants_grant g on g.id = r.grant_id where r.deleted_at is null order by r.ended_at, g.title""")
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The officer confirms: the grant's documents are deleted, the grant stays. */
	void delete(String officer, UUID grantId) {
		int claimed = jdbc.sql("""
				update grants_retention set deleted_at = :at, deleted_by = :by
				where grant_id = :g and deleted_at is null""")
			.param("at", Timestamp.from(Instant.now(clock))).param("by", officer).param("g", grantId).update();
		if (claimed == 0) {
			throw new GrantException("grant.retention.error.notListed");
		}
		List<String> files = jdbc.sql("""
				select a.document_key from grants_accounts a join grants_obligation o on o.id = a.obligation_id
				where o.grant_id = :g and a.document_key is not null""").param("g", grantId).query(String.class).list();
		jdbc.sql("""
				delete from grants_accounts_explanation where obligation_id in
				  (select id from grants_obligation where grant_id = :g)""").param("g", grantId).update();
		jdbc.sql("delete from grants_accounts where obligation_id in (select id from grants_obligation where grant_id = :g)")
			.param("g", grantId).update();
		jdbc.sql("delete from grants_report where obligation_id in (select id from grants_obligation where grant_id = :g)")
			.param("g", grantId).update();
		jdbc.sql("delete from grants_change_request where grant_id = :g").param("g", grantId).update();
		files.forEach(key -> uploads.delete("grants", key));
		audit.record("grant", grantId.toString(), "documents deleted", "by " + officer + " after " + years
				+ " years; " + files.size() + " uploaded files");
	}
}
