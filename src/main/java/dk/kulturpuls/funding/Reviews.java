package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Role;

/**
 * Review of a call's screened applications: the officer assigns reviewers (one by one or N per application with
 * balanced load), each reviewer declares a conflict of interest or none before seeing the content (forvaltningsloven
 * § 3; a conflicted reviewer is recused from the application, its scores and its discussion), scores each criterion
 * and submits. Every change is recorded in the audit trail.
 */
@Service
@Transactional
class Reviews {

	/** A reviewer the officer can assign: an account with the REVIEWER or COMMITTEE role, with an organisation. */
	record Reviewer(String username, String displayName, String email, Role role, String organisation) {
	}

	/** A line of a reviewer's queue. */
	record QueueItem(ReviewAssignment assignment, String title, String organisation, String receiptNumber,
			String callTitle) {
	}

	/** A call's review settings. */
	record Settings(boolean hideUntilSubmitted, int disagreementThreshold) {
	}

	/** A comment of the reviewers' discussion. */
	record Comment(String author, Instant writtenAt, String text) {
	}

	/** A line of the conflict-of-interest register, for the minutes. */
	record RegisterEntry(String receiptNumber, String title, String organisation, String reviewer,
			String reviewerName, String declaration, ConflictGround ground, String note, Instant declaredAt) {
	}

	/** One application on the officer's score board. */
	record BoardRow(UUID applicationId, String receiptNumber, String title, String organisation,
			List<ReviewAssignment> assignments, List<Double> totals, Double mean, Double median, Double spread,
			boolean disagreement, Integer rank) {

		Double totalOf(ReviewAssignment assignment) {
			return assignments.indexOf(assignment) < 0 ? null : totals.get(assignments.indexOf(assignment));
		}
	}

	private static final String ASSIGNMENT_COLUMNS = """
			select id, application_id, call_id, reviewer, assigned_at, assigned_by, declaration, conflict_ground,
			  conflict_note, declared_at, submitted_at from funding_review_assignment""";

	private final JdbcClient jdbc;
	private final GrantApplicationRepository applications;
	private final ApplicantOrganisationRepository organisations;
	private final CallRepository calls;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final PublicUrl publicUrl;

	Reviews(JdbcClient jdbc, GrantApplicationRepository applications, ApplicantOrganisationRepository organisations,
			CallRepository calls, Accounts accounts, Mailer mailer, MessageSource messages, AuditTrail audit,
			Clock clock, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.jdbc = jdbc;
		this.applications = applications;
		this.organisations = organisations;
		this.calls = calls;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reviewers and their organisations

	@Transactional(readOnly = true)
	List<Reviewer> reviewers() {
		Map<String, String> organisations = new HashMap<>();
		jdbc.sql("select username, organisation from funding_reviewer")
			.query((rs, n) -> organisations.put(rs.getString(1), rs.getString(2))).list();
		return accounts.all().stream().filter(a -> a.enabled())
			.filter(a -> a.roles().contains(Role.REVIEWER) || a.roles().contains(Role.COMMITTEE))
			.map(a -> new Reviewer(a.username(), a.displayName(), a.email(),
					a.roles().contains(Role.COMMITTEE) ? Role.COMMITTEE : Role.REVIEWER,
					organisations.get(a.username())))
			.sorted(Comparator.comparing(Reviewer::username)).toList();
	}

	private Reviewer reviewer(String username) {
		return reviewers().stream().filter(r -> r.username().equals(username)).findFirst()
			.orElseThrow(() -> new FundingException("review.error.notReviewer"));
	}

	/** Records the organisation a reviewer works for or sits on the board of (blank: none). */
	void setOrganisation(String username, String organisation) {
		reviewer(username);
		String value = organisation == null || organisation.isBlank() ? null : organisation.strip();
		jdbc.sql("""
				insert into funding_reviewer (username, organisation) values (:u, :o)
				on conflict (username) do update set organisation = excluded.organisation""")
			.param("u", username).param("o", value).update();
		audit.record("reviewer", username, "organisation set", value);
	}

	/**
	 * Whether the reviewer's organisation is the applicant or one of its partners: names compared without case,
	 * spaces and punctuation, either containing the other.
	 */
	@Transactional(readOnly = true)
	boolean organisationWarning(String username, UUID applicationId) {
		String organisation = jdbc.sql("select organisation from funding_reviewer where username = :u")
			.param("u", username).query(String.class).optional().orElse(null);
		if (organisation == null || organisation.isBlank()) {
			return false;
		}
		GrantApplication application = applications.findById(applicationId).orElseThrow();
		List<String> parties = new ArrayList<>();
		parties.add(organisations.findById(application.organisationId()).orElseThrow().name());
		application.partners().forEach(p -> parties.add(p.name()));
		String mine = normalise(organisation);
		return parties.stream().map(Reviews::normalise).filter(p -> !p.isEmpty())
			.anyMatch(p -> p.contains(mine) || mine.contains(p));
	}

	static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("\\(demo\\)", "").replaceAll("[^\\p{L}\\p{N}]", "");
	}

	// --- assignment

	/** Assigns one reviewer to one screened (eligible) application and notifies the reviewer. */
	ReviewAssignment assign(UUID applicationId, String reviewer, String officer) {
		ReviewAssignment assignment = insert(applicationId, reviewer, officer);
		notify(reviewer(reviewer), 1);
		return assignment;
	}

	/** Assigns without notifying (the demo data, and the batch, which notifies once per reviewer). */
	ReviewAssignment insert(UUID applicationId, String reviewer, String officer) {
		reviewer(reviewer);
		GrantApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("application"));
		if (application.status() != ApplicationStatus.ELIGIBLE) {
			throw new FundingException("review.error.notEligible");
		}
		boolean exists = jdbc.sql("select count(*) from funding_review_assignment where application_id = :a and reviewer = :r")
			.param("a", applicationId).param("r", reviewer).query(Long.class).single() > 0;
		if (exists) {
			throw new FundingException("review.error.alreadyAssigned");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into funding_review_assignment (id, application_id, call_id, reviewer, assigned_at, assigned_by)
				values (:id, :a, :c, :r, :at, :by)""")
			.param("id", id).param("a", applicationId).param("c", application.call().value()).param("r", reviewer)
			.param("at", Timestamp.from(Instant.now(clock))).param("by", officer).update();
		audit.record("application", applicationId.toString(), "reviewer assigned", reviewer);
		return find(id).orElseThrow();
	}

	/**
	 * Gives each screened application of the call {@code perApplication} reviewers of the role who have not declared a
	 * conflict, choosing the least loaded reviewers first (ties by user name) and skipping reviewers whose organisation
	 * is the applicant or a partner. Notifies each reviewer once.
	 *
	 * @return the number of new assignments
	 */
	int assignBatch(CallId call, int perApplication, Role role, String officer) {
		if (perApplication < 1 || perApplication > 10) {
			throw new FundingException("review.error.perApplication");
		}
		List<Reviewer> pool = reviewers().stream().filter(r -> r.role() == role).toList();
		if (pool.isEmpty()) {
			throw new FundingException("review.error.noReviewers");
		}
		Map<String, Integer> load = new HashMap<>();
		pool.forEach(r -> load.put(r.username(), 0));
		List<ReviewAssignment> existing = forCall(call);
		existing.forEach(a -> load.computeIfPresent(a.reviewer(), (k, v) -> v + 1));
		Map<String, Integer> added = new LinkedHashMap<>();
		for (UUID applicationId : eligible(call)) {
			List<ReviewAssignment> mine = existing.stream().filter(a -> a.applicationId().equals(applicationId)).toList();
			long active = mine.stream().filter(a -> !a.recused()).count();
			List<Reviewer> candidates = pool.stream()
				.filter(r -> mine.stream().noneMatch(a -> a.reviewer().equals(r.username())))
				.filter(r -> !organisationWarning(r.username(), applicationId))
				.sorted(Comparator.comparing((Reviewer r) -> load.get(r.username())).thenComparing(Reviewer::username))
				.toList();
			for (int i = 0; i < perApplication - active && i < candidates.size(); i++) {
				Reviewer reviewer = candidates.get(i);
				insert(applicationId, reviewer.username(), officer);
				load.merge(reviewer.username(), 1, Integer::sum);
				added.merge(reviewer.username(), 1, Integer::sum);
			}
		}
		added.forEach((username, count) -> notify(reviewer(username), count));
		audit.record("call", call.value().toString(), "reviewers assigned in batch",
				perApplication + " per application (" + role + "): " + added);
		return added.values().stream().mapToInt(Integer::intValue).sum();
	}

	private void notify(Reviewer reviewer, int count) {
		if (reviewer.email() == null || reviewer.email().isBlank()) {
			return;
		}
		Locale da = Formats.DANISH;
		mailer.send(dk.kulturpuls.platform.MailKind.REVIEW_ASSIGNMENT, reviewer.email(),
				messages.getMessage("review.mail.subject", null, da),
				messages.getMessage("review.mail.body", new Object[] { reviewer.displayName(), count,
						publicUrl.of(reviewer.role() == Role.COMMITTEE ? "/committee" : "/reviewer") }, da));
	}

	private List<UUID> eligible(CallId call) {
		return jdbc.sql("""
				select id from funding_application where call_id = :c and status = 'ELIGIBLE'
				order by submitted_at, id""").param("c", call.value()).query(UUID.class).list();
	}

	// --- the reviewer's side

	@Transactional(readOnly = true)
	List<QueueItem> queue(String username) {
		return jdbc.sql(ASSIGNMENT_COLUMNS + " where reviewer = :r order by assigned_at, id").param("r", username)
			.query(this::assignment).list().stream().map(a -> {
				GrantApplication application = applications.findById(a.applicationId()).orElseThrow();
				Call call = calls.findById(a.callId()).orElseThrow();
				return new QueueItem(a, application.title(),
						organisations.findById(application.organisationId()).orElseThrow().name(),
						application.receiptNumber(), call.title().da());
			}).toList();
	}

	/** The user's own assignment; anyone else's does not exist for them (404). */
	@Transactional(readOnly = true)
	ReviewAssignment own(String username, UUID assignmentId) {
		return find(assignmentId).filter(a -> a.reviewer().equals(username))
			.orElseThrow(() -> new NotFoundException("assignment"));
	}

	/**
	 * The user's assignment to the application, if it lets them see the application: a declared conflict (or no
	 * declaration yet) answers 403, no assignment 404.
	 */
	@Transactional(readOnly = true)
	ReviewAssignment cleared(String username, UUID applicationId) {
		ReviewAssignment assignment = jdbc.sql(ASSIGNMENT_COLUMNS + " where application_id = :a and reviewer = :r")
			.param("a", applicationId).param("r", username).query(this::assignment).optional()
			.orElseThrow(() -> new NotFoundException("application"));
		if (!assignment.cleared()) {
			throw new RecusedException();
		}
		return assignment;
	}

	void declare(String username, UUID assignmentId, boolean conflict, ConflictGround ground, String note) {
		if (note != null && note.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new FundingException("text.error.tooLong");
		}
		ReviewAssignment assignment = own(username, assignmentId);
		if (assignment.declared()) {
			throw new FundingException("review.error.alreadyDeclared");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (conflict && ground == null) {
			throw new FundingException("review.error.groundRequired");
		}
		if (conflict && ground == ConflictGround.OTHER && text == null) {
			throw new FundingException("review.error.noteRequired");
		}
		jdbc.sql("""
				update funding_review_assignment set declaration = :d, conflict_ground = :g, conflict_note = :n,
				  declared_at = :at where id = :id""")
			.param("d", conflict ? ReviewAssignment.CONFLICT : ReviewAssignment.NONE)
			.param("g", conflict ? ground.name() : null).param("n", conflict ? text : null)
			.param("at", Timestamp.from(Instant.now(clock))).param("id", assignmentId).update();
		audit.record("application", assignment.applicationId().toString(),
				conflict ? "conflict of interest declared: recused" : "no conflict of interest declared",
				username + (conflict ? " " + ground + (text == null ? "" : ": " + text) : ""));
	}

	/**
	 * Saves the reviewer's scores (1..the criterion's scale) and comments; with {@code submit} every criterion must be
	 * scored and the review can no longer change.
	 */
	void score(String username, UUID assignmentId, Map<Integer, Integer> scores, Map<Integer, String> comments,
			boolean submit) {
		ReviewAssignment assignment = own(username, assignmentId);
		if (!assignment.cleared()) {
			throw new RecusedException();
		}
		if (assignment.submitted()) {
			throw new FundingException("review.error.submitted");
		}
		List<Criterion> criteria = calls.findById(assignment.callId()).orElseThrow().criteria();
		for (Map.Entry<Integer, Integer> entry : scores.entrySet()) {
			if (entry.getKey() < 0 || entry.getKey() >= criteria.size()) {
				throw new FundingException("review.error.criterion");
			}
			int max = criteria.get(entry.getKey()).scaleMax();
			if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > max) {
				throw new FundingException("review.error.range", entry.getKey() + 1, max);
			}
		}
		if (submit && scores.size() < criteria.size()) {
			throw new FundingException("review.error.incomplete");
		}
		jdbc.sql("delete from funding_review_score where assignment_id = :id").param("id", assignmentId).update();
		scores.forEach((position, score) -> {
			String comment = comments.get(position);
			jdbc.sql("insert into funding_review_score (assignment_id, position, score, comment) values (:id, :p, :s, :c)")
				.param("id", assignmentId).param("p", position).param("s", score)
				.param("c", comment == null || comment.isBlank() ? null : comment.strip()).update();
		});
		if (submit) {
			jdbc.sql("update funding_review_assignment set submitted_at = :at where id = :id")
				.param("at", Timestamp.from(Instant.now(clock))).param("id", assignmentId).update();
		}
		audit.record("application", assignment.applicationId().toString(), submit ? "review submitted" : "scores saved",
				username + " " + scores);
	}

	/**
	 * The other reviewers' submitted reviews of the application: after the user's own submission, or at once if the
	 * call does not hide them. Recused reviewers get 403.
	 */
	@Transactional(readOnly = true)
	Optional<List<ReviewAssignment>> others(String username, UUID applicationId) {
		ReviewAssignment own = cleared(username, applicationId);
		if (settings(new CallId(own.callId())).hideUntilSubmitted() && !own.submitted()) {
			return Optional.empty();
		}
		return Optional.of(forApplication(applicationId).stream()
			.filter(a -> !a.reviewer().equals(username) && a.submitted()).toList());
	}

	@Transactional(readOnly = true)
	List<Comment> discussion(String username, UUID applicationId) {
		cleared(username, applicationId);
		return comments(applicationId);
	}

	List<Comment> comments(UUID applicationId) {
		return jdbc.sql("select author, written_at, text from funding_review_comment where application_id = :a order by written_at, id")
			.param("a", applicationId)
			.query((rs, n) -> new Comment(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
	}

	void comment(String username, UUID applicationId, String text) {
		if (text != null && text.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new FundingException("text.error.tooLong");
		}
		cleared(username, applicationId);
		if (text == null || text.isBlank()) {
			throw new FundingException("review.error.commentRequired");
		}
		jdbc.sql("insert into funding_review_comment (id, application_id, author, written_at, text) values (:id, :a, :u, :at, :t)")
			.param("id", UUID.randomUUID()).param("a", applicationId).param("u", username)
			.param("at", Timestamp.from(Instant.now(clock))).param("t", text.strip()).update();
		audit.record("application", applicationId.toString(), "review comment", username);
	}

	// --- the officer's side

	@Transactional(readOnly = true)
	Settings settings(CallId call) {
		return jdbc.sql("select hide_until_submitted, disagreement_threshold from funding_review_setting where call_id = :c")
			.param("c", call.value()).query((rs, n) -> new Settings(rs.getBoolean(1), rs.getInt(2))).optional()
			.orElse(new Settings(true, 20));
	}

	void changeSettings(CallId call, boolean hideUntilSubmitted, int disagreementThreshold) {
		if (disagreementThreshold < 1 || disagreementThreshold > 100) {
			throw new FundingException("review.error.threshold");
		}
		jdbc.sql("""
				insert into funding_review_setting (call_id, hide_until_submitted, disagreement_threshold) values (:c, :h, :t)
				on conflict (call_id) do update set hide_until_submitted = excluded.hide_until_submitted,
				  disagreement_threshold = excluded.disagreement_threshold""")
			.param("c", call.value()).param("h", hideUntilSubmitted).param("t", disagreementThreshold).update();
		audit.record("call", call.value().toString(), "review settings changed",
				"hide until submitted " + hideUntilSubmitted + ", disagreement threshold " + disagreementThreshold);
	}

	@Transactional(readOnly = true)
	List<ReviewAssignment> forCall(CallId call) {
		return jdbc.sql(ASSIGNMENT_COLUMNS + " where call_id = :c order by assigned_at, reviewer").param("c", call.value())
			.query(this::assignment).list();
	}

	@Transactional(readOnly = true)
	List<ReviewAssignment> forApplication(UUID applicationId) {
		return jdbc.sql(ASSIGNMENT_COLUMNS + " where application_id = :a order by assigned_at, reviewer")
			.param("a", applicationId).query(this::assignment).list();
	}

	/**
	 * The officer's score board of a call's screened applications: every reviewer's scores and weighted total, the
	 * mean, median and spread of the submitted totals, the disagreement flag and the rank by mean.
	 */
	@Transactional(readOnly = true)
	List<BoardRow> board(CallId callId) {
		Call call = calls.findById(callId.value()).orElseThrow(() -> new NotFoundException("call"));
		List<Criterion> criteria = call.criteria();
		int threshold = settings(callId).disagreementThreshold();
		List<ReviewAssignment> all = forCall(callId);
		List<BoardRow> rows = new ArrayList<>();
		for (UUID id : eligible(callId)) {
			GrantApplication application = applications.findById(id).orElseThrow();
			List<ReviewAssignment> assignments = all.stream().filter(a -> a.applicationId().equals(id)).toList();
			List<Double> totals = assignments.stream()
				.map(a -> a.submitted() ? a.weightedTotal(criteria) : null).toList();
			List<Double> submitted = totals.stream().filter(t -> t != null).sorted().toList();
			Double mean = submitted.isEmpty() ? null
					: round(submitted.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			Double median = submitted.isEmpty() ? null : round(median(submitted));
			Double spread = submitted.size() < 2 ? null : round(submitted.getLast() - submitted.getFirst());
			rows.add(new BoardRow(id, application.receiptNumber(), application.title(),
					organisations.findById(application.organisationId()).orElseThrow().name(), assignments, totals, mean,
					median, spread, spread != null && spread > threshold, null));
		}
		List<BoardRow> ranked = rows.stream().filter(r -> r.mean() != null)
			.sorted(Comparator.comparing(BoardRow::mean).reversed()).toList();
		List<BoardRow> result = new ArrayList<>();
		for (BoardRow row : ranked) {
			// equal means share a rank
			int rank = (int) ranked.stream().filter(r -> r.mean() > row.mean()).count() + 1;
			result.add(new BoardRow(row.applicationId(), row.receiptNumber(), row.title(), row.organisation(),
					row.assignments(), row.totals(), row.mean(), row.median(), row.spread(), row.disagreement(), rank));
		}
		rows.stream().filter(r -> r.mean() == null).forEach(result::add);
		return result;
	}

	/** The mean weighted total of each screened application with at least one submitted review. */
	@Transactional(readOnly = true)
	Map<UUID, Double> meanTotals(CallId call) {
		Map<UUID, Double> means = new LinkedHashMap<>();
		board(call).stream().filter(r -> r.mean() != null).forEach(r -> means.put(r.applicationId(), r.mean()));
		return means;
	}

	/** Every declaration of the call's reviewers, conflicts first: the register for the minutes. */
	@Transactional(readOnly = true)
	List<RegisterEntry> register(CallId callId) {
		Map<String, String> names = new HashMap<>();
		accounts.all().forEach(a -> names.put(a.username(), a.displayName()));
		return forCall(callId).stream().filter(ReviewAssignment::declared).map(a -> {
			GrantApplication application = applications.findById(a.applicationId()).orElseThrow();
			return new RegisterEntry(application.receiptNumber(), application.title(),
					organisations.findById(application.organisationId()).orElseThrow().name(), a.reviewer(),
					names.getOrDefault(a.reviewer(), a.reviewer()), a.declaration(), a.ground(), a.conflictNote(),
					a.declaredAt());
		}).sorted(Comparator.comparing((RegisterEntry e) -> !ReviewAssignment.CONFLICT.equals(e.declaration()))
			.thenComparing(e -> e.receiptNumber() == null ? "" : e.receiptNumber()).thenComparing(RegisterEntry::reviewer))
			.toList();
	}

	private static double median(List<Double> sorted) {
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private Optional<ReviewAssignment> find(UUID id) {
		return jdbc.sql(ASSIGNMENT_COLUMNS + " where id = :id").param("id", id).query(this::assignment).optional();
	}

	private ReviewAssignment assignment(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject(1, UUID.class);
		List<ReviewAssignment.Score> scores = jdbc.sql(
				"select position, score, comment from funding_review_score where assignment_id = :id order by position")
			.param("id", id)
			.query((r, i) -> new ReviewAssignment.Score(r.getInt(1), r.getInt(2), r.getString(3))).list();
		String ground = rs.getString(8);
		return new ReviewAssignment(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
				instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7),
				ground == null ? null : ConflictGround.valueOf(ground), rs.getString(9), instant(rs.getTimestamp(10)),
				instant(rs.getTimestamp(11)), scores);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
