package dk.kulturpuls.grants;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's follow-up: every obligation of every grant (acceptance, status reports, final report, accounts)
 * in one table, overdue first and then by due date, filtered by pool, call, municipality and status, a page at a
 * time.
 */
@Service
@Transactional(readOnly = true)
class FollowUp {

	static final int PAGE_SIZE = 25;

	/** The status filter: the obligation's own statuses, or "overdue" (open past its due date). */
	static final List<String> FILTERS = List.of("OVERDUE", "OPEN", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED");

	/** One row of the table. */
	record Row(Grants.ObligationView obligation, UUID grantId, String title, String organisation, UUID poolId,
			GrantStatus grantStatus) {
	}

	record Page(List<Row> rows, long total, int page, int pages) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	FollowUp(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The filters of the table; null means all. */
	record Filter(UUID pool, UUID call, String municipality, String status) {

		static Filter of(UUID pool, String status) {
			return new Filter(pool, null, null, status);
		}
	}

	Page page(UUID pool, String status, int page) {
		return page(Filter.of(pool, status), page);
	}

	Page page(Filter filters, int page) {
		UUID pool = filters.pool();
		String status = filters.status();
		UUID call = filters.call();
		String municipality = filters.municipality() != null && filters.municipality().matches("\\d{4}")
				? filters.municipality() : null;
		LocalDate today = LocalDate.now(clock);
		String filter = status != null && FILTERS.contains(status) ? status : null;
		StringBuilder where = new StringBuilder(" where o.status <> 'CANCELLED'");
		if (pool != null) {
			where.append(" and g.pool_id = :pool");
		}
		if (call != null) {
			where.append(" and g.call_id = :call");
		}
		if (municipality != null) {
			where.append(" and (',' || g.municipalities || ',') like :municipality");
		}
		if ("OVERDUE".equals(filter)) {
			where.append(" and o.status in ('OPEN', 'CHANGES_REQUESTED') and o.due_date < :today");
		}
		else if (filter != null) {
			where.append(" and o.status = :status");
		}
		String from = " from grants_obligation o join grants_grant g on g.id = o.grant_id" + where;
		var count = jdbc.sql("select count(*)" + from);
		var rows = jdbc.sql("""
				select o.id, o.grant_id, o.kind, o.number, o.due_date, o.status, o.accounts_tier, o.done_at,
				  g.title, g.organisation, g.pool_id, g.status""" + from + """
				 order by case when o.status in ('OPEN', 'CHANGES_REQUESTED') and o.due_date < :today then 0 else 1 end,
				  o.due_date, g.title, o.kind, o.number, o.id
				limit :limit offset :offset""");
		if (pool != null) {
			count = count.param("pool", pool);
			rows = rows.param("pool", pool);
		}
		if (call != null) {
			count = count.param("call", call);
			rows = rows.param("call", call);
		}
		if (municipality != null) {
			count = count.param("municipality", "%," + municipality + ",%");
			rows = rows.param("municipality", "%," + municipality + ",%");
		}
		if ("OVERDUE".equals(filter)) {
			count = count.param("today", Date.valueOf(today));
		}
		else if (filter != null) {
			count = count.param("status", filter);
			rows = rows.param("status", filter);
		}
		long total = count.query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<Row> list = rows.param("today", Date.valueOf(today)).param("limit", PAGE_SIZE)
			.param("offset", current * PAGE_SIZE)
			.query((rs, n) -> new Row(Grants.obligation(rs, today), rs.getObject(2, UUID.class), rs.getString(9),
					rs.getString(10), rs.getObject(11, UUID.class), GrantStatus.valueOf(rs.getString(12))))
			.list();
		return new Page(list, total, current, pages);
	}
}
