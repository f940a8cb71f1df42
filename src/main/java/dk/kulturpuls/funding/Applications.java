package dk.kulturpuls.funding;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.BudgetId;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.UploadException;
import dk.kulturpuls.platform.Uploads;
import dk.kulturpuls.platform.Money;

/**
 * The applicant's side of grant applications: start one after the eligibility questions, save each step of the
 * draft (refusing a save based on an older version), the budget, attachments, withdrawal and answers to the
 * officer's questions. Every method checks that the application belongs to the applicant's organisation.
 */
@Service
@Transactional
class Applications {

	/** Everything about one application, for the form, the summary, the officer and the PDF. */
	record ApplicationView(GrantApplication application, Calls.CallView call, ApplicantOrganisation organisation,
			BudgetView budget, List<Attachment> attachments, Map<ApplicationStep, List<ApplicationCheck.Problem>> problems,
			boolean editable, boolean decided) {

		public Money requested() {
			return ApplicationCheck.requested(budget);
		}

		public Money coFunding() {
			return ApplicationCheck.coFunding(budget);
		}

		/** What the budget needs beyond the secured and applied-for co-funding and the amount asked of the pool. */
		public Money missingFinancing() {
			if (budget == null) {
				return Money.ZERO;
			}
			Money missing = budget.plannedTotal().minus(budget.securedTotal()).minus(budget.appliedTotal())
				.minus(requested());
			return missing.isNegative() ? Money.ZERO : missing;
		}

		public boolean complete() {
			return problems.values().stream().allMatch(List::isEmpty);
		}

		public List<ApplicationCheck.Problem> problemsOf(ApplicationStep step) {
			return problems.get(step);
		}

		/** How many of the steps before {@code current} have problems (the steps the indicator marks as errors). */
		public long stepsWithProblemsBefore(ApplicationStep current) {
			return problems.entrySet().stream()
				.filter(entry -> entry.getKey().ordinal() < current.ordinal() && !entry.getValue().isEmpty())
				.count();
		}

		/** The name of a call's required attachment kind, or null for the general kinds. */
		public String requiredName(String kind, java.util.Locale locale) {
			return call.requiredAttachments().stream().filter(r -> r.code().equals(kind)).findFirst()
				.map(r -> r.name().in(locale)).orElse(null);
		}
	}

	/** The result of the eligibility questions: the new draft, or the reasons the applicant is excluded. */
	record Start(UUID applicationId, List<EligibilityQuestion> excludedBy) {
	}

	private final GrantApplicationRepository repository;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final CallRepository calls;
	private final Calls callViews;
	private final AttachmentRepository attachments;
	private final Uploads files;
	private final Budgets budgets;
	private final AuditTrail audit;
	private final Clock clock;
	private final JdbcClient jdbc;

	Applications(GrantApplicationRepository repository, ApplicantRepository applicants,
			ApplicantOrganisationRepository organisations, CallRepository calls, Calls callViews,
			AttachmentRepository attachments, Uploads files, Budgets budgets, AuditTrail audit, Clock clock,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.applicants = applicants;
		this.organisations = organisations;
		this.calls = calls;
		this.callViews = callViews;
		this.attachments = attachments;
		this.files = files;
		this.budgets = budgets;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Applicant> applicant(String username) {
		return applicants.findById(username);
	}

	@Transactional(readOnly = true)
	List<ApplicationView> mine(String username) {
		return applicants.findById(username)
			.map(a -> repository.findByOrganisationIdOrderByUpdatedAtDesc(a.organisationId()).stream()
				.map(this::view).toList())
			.orElse(List.of());
	}

	/** Answers the call's eligibility questions; creates a draft only if no answer excludes the applicant. */
	Start start(String username, CallId callId, Map<Integer, Boolean> answers) {
		Applicant applicant = applicants.findById(username).orElseThrow(() -> new NotFoundException("applicant"));
		Call call = calls.findById(callId.value()).filter(c -> c.status() == CallStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("call"));
		if (call.upcomingAt(Instant.now(clock))) {
			throw new FundingException("application.error.notYetOpen");
		}
		if (!call.acceptsSubmissionsAt(Instant.now(clock))) {
			throw new FundingException("application.error.deadlinePassed");
		}
		List<EligibilityQuestion> questions = call.questions();
		for (int i = 0; i < questions.size(); i++) {
			if (answers.get(i) == null) {
				throw new FundingException("eligibility.error.unanswered");
			}
		}
		List<EligibilityQuestion> excludedBy = new java.util.ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			if (answers.get(i) == questions.get(i).excludingAnswer()) {
				excludedBy.add(questions.get(i));
			}
		}
		ApplicantOrganisation organisation = organisations.findById(applicant.organisationId()).orElseThrow();
		Calls.CallView view = callViews.view(call);
		if (!view.admits(organisation.kind())) {
			throw new FundingException("eligibility.error.applicantKind");
		}
		if (!excludedBy.isEmpty()) {
			audit.record("call", callId.value().toString(), "applicant excluded", username);
			return new Start(null, excludedBy);
		}
		GrantApplication application = repository.save(
				new GrantApplication(callId, applicant.organisationId(), username, Instant.now(clock)));
		audit.record("application", application.id().toString(), "created", "call " + callId.value());
		return new Start(application.id(), List.of());
	}

	@Transactional(readOnly = true)
	ApplicationView get(String username, UUID id) {
		return view(owned(username, id));
	}

	void describeProject(String username, UUID id, long version, String title, String summary, LocalDate start,
			LocalDate end) {
		GrantApplication application = editable(username, id, version);
		application.describeProject(title, summary, start, end, Instant.now(clock));
		if (start != null && end != null && !end.isBefore(start) && end.getYear() - start.getYear() <= 9) {
			budgets.findByOwner(GrantApplication.BUDGET_OWNER, id).ifPresent(b -> {
				if (b.years().getFirst() != start.getYear() || b.years().getLast() != end.getYear()) {
					budgets.changeYears(b.id(), start.getYear(), end.getYear());
				}
			});
		}
		audit.record("application", id.toString(), "project described", title);
	}

	void chooseOffer(String username, UUID id, long version, String offerType, Set<String> targetGroups) {
		editable(username, id, version).chooseOffer(offerType, targetGroups, Instant.now(clock));
		audit.record("application", id.toString(), "offer chosen", offerType + " " + targetGroups);
	}

	void reach(String username, UUID id, long version, Set<String> municipalities) {
		editable(username, id, version).reach(municipalities, Instant.now(clock));
		audit.record("application", id.toString(), "municipalities chosen", municipalities.toString());
	}

	void addPartner(String username, UUID id, long version, Partner partner) {
		editable(username, id, version).addPartner(partner, Instant.now(clock));
		audit.record("application", id.toString(), "partner added", partner.name() + " (" + partner.role() + ")");
	}

	void removePartner(String username, UUID id, long version, int index) {
		editable(username, id, version).removePartner(index, Instant.now(clock));
		audit.record("application", id.toString(), "partner removed", String.valueOf(index));
	}

	void planEvaluation(String username, UUID id, long version, String plan, String instruments) {
		editable(username, id, version).planEvaluation(plan, instruments, Instant.now(clock));
		audit.record("application", id.toString(), "evaluation planned", null);
	}

	/** Adds a budget line with its amount in one year; the budget spans the project's years. */
	void addBudgetLine(String username, UUID id, long version, String category, String text, int year, Money amount) {
		GrantApplication application = editable(username, id, version);
		BudgetId budget = budgetOf(application);
		UUID line = budgets.addLine(budget, category, text);
		budgets.plan(budget, line, year, amount);
		application.touch(Instant.now(clock));
	}

	void removeBudgetLine(String username, UUID id, long version, UUID line) {
		GrantApplication application = editable(username, id, version);
		budgets.removeLine(budgetOf(application), line);
		application.touch(Instant.now(clock));
	}

	void addCoFunding(String username, UUID id, long version, String funder, FunderKind kind, int year, Money amount,
			FundingStatus status) {
		GrantApplication application = editable(username, id, version);
		budgets.addFunding(budgetOf(application), funder, kind, year, amount, status);
		application.touch(Instant.now(clock));
	}

	void removeCoFunding(String username, UUID id, long version, UUID funding) {
		GrantApplication application = editable(username, id, version);
		budgets.removeFunding(budgetOf(application), funding);
		application.touch(Instant.now(clock));
	}

	private BudgetId budgetOf(GrantApplication application) {
		if (application.startDate() == null || application.endDate() == null) {
			throw new FundingException("application.budget.datesFirst");
		}
		return budgets.findByOwner(GrantApplication.BUDGET_OWNER, application.id()).map(BudgetView::id)
			.orElseGet(() -> budgets.create(GrantApplication.BUDGET_OWNER, application.id(),
					application.startDate().getYear(), application.endDate().getYear()));
	}

	void upload(String username, UUID id, long version, String kind, String filename, InputStream content) {
		GrantApplication application = editable(username, id, version);
		Uploads.Stored stored;
		try {
			// the funding module's attachments keep the area-less keys they always had
			stored = files.store("", content, filename);
		}
		catch (UploadException e) {
			throw new FundingException(e.messageKey(), e.arguments());
		}
		String name = filename == null || filename.isBlank() ? stored.key()
				: filename.replaceAll(".*[/\\\\]", "");
		Attachment attachment = attachments.save(new Attachment(id, kind, name, stored.contentType(), stored.size(),
				stored.key(), stored.sha256(), Instant.now(clock), username));
		application.touch(Instant.now(clock));
		audit.record("application", id.toString(), "attachment added",
				kind + " " + name + " " + stored.contentType() + " " + stored.size() + " B " + attachment.id());
	}

	void removeAttachment(String username, UUID id, long version, UUID attachmentId) {
		GrantApplication application = editable(username, id, version);
		Attachment attachment = attachments.findById(attachmentId).filter(a -> a.applicationId().equals(id))
			.orElseThrow(() -> new NotFoundException("attachment"));
		attachments.delete(attachment);
		application.touch(Instant.now(clock));
		audit.record("application", id.toString(), "attachment removed", attachment.filename());
	}

	@Transactional(readOnly = true)
	Attachment attachment(String username, UUID id, UUID attachmentId) {
		owned(username, id);
		return attachments.findById(attachmentId).filter(a -> a.applicationId().equals(id))
			.orElseThrow(() -> new NotFoundException("attachment"));
	}

	InputStream open(Attachment attachment) throws IOException {
		return files.open("", attachment.storageKey());
	}

	void withdraw(String username, UUID id) {
		GrantApplication application = owned(username, id);
		if (decided(id)) {
			// a grant is given back on the grant's own page, which returns its money to the pool
			throw new FundingException(granted(id) ? "application.error.granted" : "application.error.decided");
		}
		application.withdraw(Instant.now(clock));
		audit.record("application", id.toString(), "withdrawn", username);
	}

	/** The kind of the file an applicant sends with an answer to the officer's request for more information. */
	static final String ANSWER_ATTACHMENT = "info-answer";

	void answer(String username, UUID id, String text) {
		answer(username, id, text, null, null);
	}

	/**
	 * Answers the officer's request for more information, with a file if one is given (checked and kept by the
	 * platform's one upload owner, {@link Uploads}); the file is shown to the officer beside the answer.
	 */
	void answer(String username, UUID id, String text, String filename, InputStream content) {
		GrantApplication application = owned(username, id);
		application.answer(text, Instant.now(clock));
		audit.record("application", id.toString(), "information given", text);
		if (content != null) {
			Uploads.Stored stored;
			try {
				stored = files.store("", content, filename);
			}
			catch (UploadException e) {
				throw new FundingException(e.messageKey(), e.arguments());
			}
			String name = filename == null || filename.isBlank() ? stored.key() : filename.replaceAll(".*[/\\\\]", "");
			Attachment attachment = attachments.save(new Attachment(id, ANSWER_ATTACHMENT, name, stored.contentType(),
					stored.size(), stored.key(), stored.sha256(), Instant.now(clock), username));
			audit.record("application", id.toString(), "attachment added", ANSWER_ATTACHMENT + " " + name + " "
					+ stored.contentType() + " " + stored.size() + " B " + attachment.id());
		}
	}

	/** The organisation the applicant applies for; an unknown applicant has no applications (404). */
	@Transactional(readOnly = true)
	UUID organisationOf(String username) {
		return applicants.findById(username).map(Applicant::organisationId)
			.orElseThrow(() -> new NotFoundException("application"));
	}

	/** The application if it belongs to the user's organisation; otherwise it does not exist for them (404). */
	GrantApplication owned(String username, UUID id) {
		Applicant applicant = applicants.findById(username).orElseThrow(() -> new NotFoundException("application"));
		return repository.findById(id).filter(a -> a.organisationId().equals(applicant.organisationId()))
			.orElseThrow(() -> new NotFoundException("application"));
	}

	private GrantApplication editable(String username, UUID id, long version) {
		GrantApplication application = owned(username, id);
		if (application.version() != version) {
			throw new StaleEditException(application.updatedAt());
		}
		if (application.changeable()) {
			Call call = calls.findById(application.call().value()).orElseThrow();
			if (!Instant.now(clock).isBefore(call.deadline())) {
				throw new FundingException("application.error.deadlinePassed");
			}
		}
		return application;
	}

	/** Whether the committee has decided the application (read here: the decisions build on this service). */
	private boolean decided(UUID id) {
		return jdbc.sql("select count(*) from funding_decision where application_id = :a").param("a", id)
			.query(Long.class).single() > 0;
	}

	private boolean granted(UUID id) {
		return jdbc.sql("select count(*) from funding_decision where application_id = :a and outcome = 'GRANTED'")
			.param("a", id).query(Long.class).single() > 0;
	}

	ApplicationView view(GrantApplication application) {
		// the pages render after the transaction: load the collections now
		application.initialise();
		Calls.CallView call = callViews.find(application.call()).orElseThrow();
		BudgetView budget = budgets.findByOwner(GrantApplication.BUDGET_OWNER, application.id()).orElse(null);
		List<Attachment> files = attachments.findByApplicationIdOrderByUploadedAt(application.id());
		ApplicantOrganisation organisation = organisations.findById(application.organisationId()).orElseThrow();
		boolean decided = application.status().isSubmitted() && decided(application.id());
		boolean editable = application.changeable() && !decided && Instant.now(clock).isBefore(call.deadline());
		return new ApplicationView(application, call, organisation, budget, files,
				ApplicationCheck.check(application, call, budget, files.stream().map(Attachment::kind).toList(),
						editable ? LocalDate.now(clock) : null),
				editable, decided);
	}
}
