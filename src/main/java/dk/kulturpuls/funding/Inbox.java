package dk.kulturpuls.funding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Money;

/**
 * The programme officer's inbox: the submitted applications of a call, filtered by municipality, target group,
 * offer type and status, 50 to a page; the screening of one application; the rows for CSV and XLSX export.
 */
@Service
@Transactional
class Inbox {

	static final int PAGE_SIZE = 50;

	record Filter(String municipality, String targetGroup, String offerType, ApplicationStatus status, String query) {

		Filter(String municipality, String targetGroup, String offerType, ApplicationStatus status) {
			this(municipality, targetGroup, offerType, status, null);
		}

		static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	/** The inbox's columns to sort by; the submission time is the default. */
	enum Sort {
		SUBMITTED, RECEIPT, TITLE, ORGANISATION, REQUESTED, STATUS;

		static Sort parse(String text) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(text)) {
					return sort;
				}
			}
			return SUBMITTED;
		}

		Comparator<Row> comparator() {
			Comparator<Row> order = switch (this) {
				case SUBMITTED -> Comparator.comparing(Row::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));
				case RECEIPT -> Comparator.comparing(Row::receiptNumber, Comparator.nullsLast(Comparator.naturalOrder()));
				case TITLE -> Comparator.comparing((Row r) -> r.title() == null ? "" : r.title(), DANISH);
				case ORGANISATION -> Comparator.comparing((Row r) -> r.organisation() == null ? "" : r.organisation(), DANISH);
				case REQUESTED -> Comparator.comparing(Row::requested);
				case STATUS -> Comparator.comparing(Row::status);
			};
			return order.thenComparing(Row::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Row::id);
		}
	}

	private static final java.text.Collator DANISH = java.text.Collator.getInstance(java.util.Locale.of("da", "DK"));

	record Row(UUID id, String receiptNumber, String title, String organisation, String cvr, String offerType,
			ApplicationStatus status, Instant submittedAt, String municipalities, String targetGroups, Money requested) {

		Row withRequested(Money amount) {
			return new Row(id, receiptNumber, title, organisation, cvr, offerType, status, submittedAt, municipalities,
					targetGroups, amount);
		}
	}

	record Page(List<Row> rows, long total, int page, int pages, Sort sort, boolean descending) {
	}

	private final JdbcClient jdbc;
	private final GrantApplicationRepository repository;
	private final Applications applications;
	private final AuditTrail audit;
	private final Clock clock;
	private final Budgets budgets;

	private final ApplicantRepository applicants;
	private final Mailer mailer;
	private final MessageSource messages;
	private final PublicUrl publicUrl;

	Inbox(JdbcClient jdbc, GrantApplicationRepository repository, Applications applications, AuditTrail audit,
			Clock clock, Budgets budgets, ApplicantRepository applicants, Mailer mailer, MessageSource messages,
			PublicUrl publicUrl) {
		this.applicants = applicants;
		this.mailer = mailer;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.budgets = budgets;
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
			  and (cast(:query as text) is null or a.title ilike cast(:query as text) or a.receipt_number ilike cast(:query as text)
			       or exists (select 1 from funding_applicant_organisation q where q.id = a.organisation_id
			                  and (q.name ilike cast(:query as text) or q.cvr ilike cast(:query as text))))
			""";

	private static final String FROM = """
			from funding_application a join funding_applicant_organisation o on o.id = a.organisation_id
			""" + WHERE;

	private static final String COLUMNS = """
			select a.id, a.receipt_number, a.title, o.name, o.cvr, a.offer_type, a.status, a.submitted_at,
			  (select string_agg(m.code, ' ' order by m.code) from funding_application_municipality m where m.application_id = a.id),
			  (select string_agg(g.code, ' ' order by g.code) from funding_application_target_group g where g.application_id = a.id)
			""";

	/** One page of the call's inbox, sorted by the column (the amount asked of the pool is in the budget). */
	@Transactional(readOnly = true)
	Page page(CallId call, Filter filter, int page, Sort sort, boolean descending) {
		List<Row> all = all(call, filter);
		Comparator<Row> order = sort.comparator();
		List<Row> sorted = all.stream().sorted(descending ? order.reversed() : order).toList();
		long total = sorted.size();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		int from = (current - 1) * PAGE_SIZE;
		return new Page(sorted.subList(Math.min(from, sorted.size()), Math.min(from + PAGE_SIZE, sorted.size())), total,
				current, pages, sort, descending);
	}

	@Transactional(readOnly = true)
	Page page(CallId call, Filter filter, int page) {
		return page(call, filter, page, Sort.SUBMITTED, false);
	}

	@Transactional(readOnly = true)
	List<Row> all(CallId call, Filter filter) {
		Map<UUID, Money> needed = budgets.plannedLessFunding(GrantApplication.BUDGET_OWNER);
		return params(jdbc.sql(COLUMNS + FROM + " order by a.submitted_at, a.id"), call, filter).query(Inbox::row).list()
			.stream().map(r -> {
				Money amount = needed.getOrDefault(r.id(), Money.ZERO);
				return r.withRequested(amount.isNegative() ? Money.ZERO : amount);
			}).toList();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, CallId call, Filter filter) {
		return spec.param("call", call.value()).param("status", filter.status() == null ? null : filter.status().name())
			.param("offer", filter.offerType()).param("municipality", filter.municipality())
			.param("group", filter.targetGroup())
			.param("query", filter.query() == null || filter.query().isBlank() ? null
					: "%" + filter.query().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp submitted = rs.getTimestamp(8);
		return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), ApplicationStatus.valueOf(rs.getString(7)),
				submitted == null ? null : submitted.toInstant(), rs.getString(9), rs.getString(10), Money.ZERO);
	}

	/** The submitted applications of one call, all of them and those waiting for screening. */
	record CallCount(UUID callId, long submitted, long toScreen) {
	}

	/** For the officer's start page: per call, how many applications are submitted and how many await screening. */
	@Transactional(readOnly = true)
	java.util.Map<UUID, CallCount> counts() {
		java.util.Map<UUID, CallCount> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select call_id, count(*), count(*) filter (where status = 'SUBMITTED') from funding_application
				where status not in ('DRAFT', 'WITHDRAWN') group by call_id""")
			.query((rs, n) -> new CallCount(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3))).list()
			.forEach(c -> counts.put(c.callId(), c));
		return counts;
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
		if (outcome == ApplicationStatus.INFO_REQUESTED) {
			// the applicant learns of the request by mail, with a link to the page where they answer it
			applicants.findById(application.createdBy()).ifPresent(applicant -> {
				String title = application.title() == null ? "" : application.title();
				mailer.send(applicant.email(),
						messages.getMessage("screening.mail.subject", new Object[] { title }, Formats.DANISH),
						messages.getMessage("screening.mail.body", new Object[] { applicant.name(), title,
								application.infoRequest(), publicUrl.of("/applicant/applications/{id}", id) },
								Formats.DANISH));
				audit.record("application", id.toString(), "information requested by mail", applicant.email());
			});
		}
	}
}
