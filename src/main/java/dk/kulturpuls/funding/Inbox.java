package dk.kulturpuls.funding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The programme officer's inbox: the submitted applications of a call, filtered by municipality, target group,
 * offer type and status, 50 to a page; the screening of one application; the rows for CSV and XLSX export.
 */
@Service
@Transactional
class Inbox {

	static final int PAGE_SIZE = 50;

	record Filter(String municipality, String targetGroup, String offerType, ApplicationStatus status) {

		static Filter none() {
			return new Filter(null, null, null, null);
		}
	}

	record Row(UUID id, String receiptNumber, String title, String organisation, String cvr, String offerType,
			ApplicationStatus status, Instant submittedAt, String municipalities, String targetGroups) {
	}

	record Page(List<Row> rows, long total, int page, int pages) {
	}

	private final JdbcClient jdbc;
	private final GrantApplicationRepository repository;
	private final Applications applications;
	private final AuditTrail audit;
	private final Clock clock;

	Inbox(JdbcClient jdbc, GrantApplicationRepository repository, Applications applications, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	/** The filter; the count needs no join, as every application has its organisation. */
	private static final String WHERE = """
			where a.call_id = :call and a.status not in ('DRAFT', 'WITHDRAWN')
			  and (cast(:status as text) is null or a.status = cast(:status as text))
			  and (cast(:offer as text) is null or a.offer_type = cast(:offer as text))
			  and (cast(:municipality as text) is null or exists (select 1 from funding_application_municipality m
			       where m.application_id = a.id and m.code = cast(:municipality as text)))
			  and (cast(:group as text) is null or exists (select 1 from funding_application_target_group g
			       where g.application_id = a.id and g.code = cast(:group as text)))
			""";

	private static final String FROM = """
			from funding_application a join funding_applicant_organisation o on o.id = a.organisation_id
			""" + WHERE;

	private static final String COLUMNS = """
			select a.id, a.receipt_number, a.title, o.name, o.cvr, a.offer_type, a.status, a.submitted_at,
			  (select string_agg(m.code, ' ' order by m.code) from funding_application_municipality m where m.application_id = a.id),
			  (select string_agg(g.code, ' ' order by g.code) from funding_application_target_group g where g.application_id = a.id)
			""";

	@Transactional(readOnly = true)
	Page page(CallId call, Filter filter, int page) {
		long total = params(jdbc.sql("select count(*) from funding_application a " + WHERE), call, filter).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		List<Row> rows = params(jdbc.sql(COLUMNS + FROM + " order by a.submitted_at, a.id limit :limit offset :offset"),
				call, filter).param("limit", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE)
			.query(Inbox::row).list();
		return new Page(rows, total, current, pages);
	}

	@Transactional(readOnly = true)
	List<Row> all(CallId call, Filter filter) {
		return params(jdbc.sql(COLUMNS + FROM + " order by a.submitted_at, a.id"), call, filter).query(Inbox::row).list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, CallId call, Filter filter) {
		return spec.param("call", call.value()).param("status", filter.status() == null ? null : filter.status().name())
			.param("offer", filter.offerType()).param("municipality", filter.municipality())
			.param("group", filter.targetGroup());
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp submitted = rs.getTimestamp(8);
		return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), ApplicationStatus.valueOf(rs.getString(7)),
				submitted == null ? null : submitted.toInstant(), rs.getString(9), rs.getString(10));
	}

	@Transactional(readOnly = true)
	Applications.ApplicationView application(UUID id) {
		GrantApplication application = repository.findById(id).filter(a -> a.status().isSubmitted()
				|| a.status() == ApplicationStatus.WITHDRAWN && a.receiptNumber() != null)
			.orElseThrow(() -> new NotFoundException("application"));
		return applications.view(application);
	}

	void screen(UUID id, ApplicationStatus outcome, String text) {
		GrantApplication application = repository.findById(id).orElseThrow(() -> new NotFoundException("application"));
		ApplicationStatus before = application.status();
		application.screen(outcome, text, Instant.now(clock));
		audit.record("application", id.toString(), "screened", before + " -> " + outcome
				+ (text == null || text.isBlank() ? "" : ": " + text.strip()));
	}
}
