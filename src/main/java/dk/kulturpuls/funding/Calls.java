package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/** Calls for every page that shows them: the public list, the officer's management, the applicant's form. */
@Service
@Transactional(readOnly = true)
class Calls {

	/** A call with its pool's limits and its classifications resolved to names. */
	record CallView(CallId id, PoolId poolId, LocalizedText poolName, LocalizedText title, LocalizedText text,
			Instant opensAt, Instant deadline, CallStatus status, boolean open, List<ProgrammeCatalogue.CategoryView> offerTypes,
			List<ProgrammeCatalogue.CategoryView> targetGroups, List<Criterion> criteria,
			List<EligibilityQuestion> questions, List<RequiredAttachment> requiredAttachments, Money minGrant,
			Money maxGrant, Integer minDurationMonths, Integer maxDurationMonths, int coFundingPercent,
			Set<ApplicantKind> eligibleApplicants, LocalizedText documentationDuty, boolean upcoming) {

		public boolean admits(ApplicantKind kind) {
			return eligibleApplicants.contains(kind);
		}

		public String offerTypeName(String code, Locale locale) {
			return offerTypes.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name().in(locale))
				.orElse(code);
		}
	}

	private final CallRepository calls;
	private final PoolRepository pools;
	private final GrantApplicationRepository applications;
	private final ProgrammeCatalogue catalogue;
	private final AuditTrail audit;
	private final Clock clock;

	Calls(CallRepository calls, PoolRepository pools, GrantApplicationRepository applications,
			ProgrammeCatalogue catalogue, AuditTrail audit, Clock clock) {
		this.calls = calls;
		this.pools = pools;
		this.applications = applications;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** Published calls that accept applications now (opened, deadline not passed), the nearest deadline first. */
	List<CallView> open() {
		Instant now = Instant.now(clock);
		return calls.findByStatusAndDeadlineAfterOrderByDeadline(CallStatus.PUBLISHED, now).stream()
			.filter(call -> !call.upcomingAt(now)).map(this::view).toList();
	}

	/** Published calls that open later, the soonest opening first: announced, not yet open for applications. */
	List<CallView> upcoming() {
		Instant now = Instant.now(clock);
		return calls.findByStatusAndDeadlineAfterOrderByDeadline(CallStatus.PUBLISHED, now).stream()
			.filter(call -> call.upcomingAt(now))
			.sorted(java.util.Comparator.comparing(Call::opensAt)).map(this::view).toList();
	}

	List<CallView> all() {
		return calls.findAllByOrderByDeadlineDesc().stream().map(this::view).toList();
	}

	Optional<CallView> find(CallId id) {
		return calls.findById(id.value()).map(this::view);
	}

	/** A call that the public may see: published or closed, never a draft. */
	Optional<CallView> findPublic(CallId id) {
		return find(id).filter(c -> c.status() != CallStatus.DRAFT);
	}

	/** Drafts a call; it accepts applications only once published. */
	@Transactional
	CallId create(PoolId pool, LocalizedText title, LocalizedText text, Instant opensAt, Instant deadline,
			Set<String> offerTypes, Set<String> targetGroups, List<Criterion> criteria,
			List<EligibilityQuestion> questions, List<RequiredAttachment> attachments) {
		Call call = new Call(pool, title, text, opensAt, deadline, offerTypes, targetGroups);
		criteria.forEach(call::addCriterion);
		questions.forEach(call::addQuestion);
		attachments.forEach(call::requireAttachment);
		calls.save(call);
		audit.record("call", call.id().value().toString(), "drafted", title.da());
		return call.id();
	}

	/** Whether applications (drafts too) exist for the call: its pool and classifications then stay as they are. */
	boolean hasApplications(CallId id) {
		return applications.countByCallId(id.value()) > 0;
	}

	/** How many applications of the call are drafts that were never submitted. */
	long drafts(CallId id) {
		return applications.countByCallIdAndStatus(id.value(), ApplicationStatus.DRAFT);
	}

	/** The version of the call the officer edits, for the form (a save based on an older one is refused). */
	long version(CallId id) {
		return load(id).version();
	}

	/** What an edit of a published call would break, by form field; empty for a draft, which may change freely. */
	Map<String, String> amendmentProblems(CallId id, Call.Terms terms) {
		Call call = load(id);
		return call.status() == CallStatus.DRAFT ? Map.of()
				: call.amendmentProblems(unchangedTimesKept(call, terms), hasApplications(id), Instant.now(clock));
	}

	/**
	 * The form writes times to the minute: a time it shows unchanged keeps the stored value (which may carry
	 * seconds), so that it is neither audited as a change nor judged as a shorter deadline.
	 */
	private static Call.Terms unchangedTimesKept(Call call, Call.Terms terms) {
		return new Call.Terms(terms.pool(), terms.title(), terms.text(), sameMinute(call.opensAt(), terms.opensAt()),
				sameMinute(call.deadline(), terms.deadline()), terms.offerTypes(), terms.targetGroups());
	}

	private static Instant sameMinute(Instant stored, Instant edited) {
		return stored.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).equals(edited) ? stored : edited;
	}

	/**
	 * Saves the officer's edit: a draft in every respect, a published call within {@link Call#amendmentProblems}
	 * (its rows stay). Each changed field goes to the audit trail with its old and new value.
	 */
	@Transactional
	void revise(CallId id, long version, Call.Terms terms, List<Criterion> criteria,
			List<EligibilityQuestion> questions, List<RequiredAttachment> attachments) {
		Call call = load(id);
		if (call.version() != version) {
			throw new FundingException("call.error.stale");
		}
		terms = unchangedTimesKept(call, terms);
		Call.Terms before = call.terms();
		List<Criterion> criteriaBefore = call.criteria();
		List<EligibilityQuestion> questionsBefore = call.questions();
		List<RequiredAttachment> attachmentsBefore = call.requiredAttachments();
		if (call.status() == CallStatus.DRAFT) {
			call.revise(terms, criteria, questions, attachments);
		}
		else {
			call.amend(terms, hasApplications(id), Instant.now(clock));
		}
		String subject = id.value().toString();
		change(subject, "pool", poolName(before.pool()), poolName(terms.pool()));
		change(subject, "title", before.title(), terms.title());
		if (!before.text().equals(terms.text())) {
			audit.record("call", subject, "edited", "text");
		}
		change(subject, "opens", Formats.dateTime(before.opensAt()), Formats.dateTime(terms.opensAt()));
		change(subject, "deadline", Formats.dateTime(before.deadline()), Formats.dateTime(terms.deadline()));
		change(subject, "offer types", before.offerTypes(), terms.offerTypes());
		change(subject, "target groups", before.targetGroups(), terms.targetGroups());
		if (call.status() == CallStatus.DRAFT) {
			change(subject, "criteria", describe(criteriaBefore), describe(criteria));
			change(subject, "questions", questionsBefore.stream().map(q -> q.text().da()).toList(),
					questions.stream().map(q -> q.text().da()).toList());
			change(subject, "attachments", attachmentsBefore.stream().map(a -> a.name().da()).toList(),
					attachments.stream().map(a -> a.name().da()).toList());
		}
	}

	private void change(String subject, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			audit.record("call", subject, "edited", field + ": " + render(before) + " -> " + render(after));
		}
	}

	private static String render(Object value) {
		return value instanceof LocalizedText text ? text.da() + (text.en() == null ? "" : " / " + text.en())
				: value instanceof Set<?> set ? String.join(", ", new java.util.TreeSet<>(set.stream().map(String::valueOf).toList()))
				: String.valueOf(value);
	}

	private static String describe(List<Criterion> criteria) {
		return criteria.stream().map(c -> c.name().da() + " " + c.weight() + " % (1-" + c.scaleMax() + ")")
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private String poolName(PoolId pool) {
		return pools.findById(pool.value()).map(p -> p.name().da()).orElse(pool.value().toString());
	}

	@Transactional
	void publish(CallId id) {
		Call call = load(id);
		call.publish();
		audit.record("call", id.value().toString(), "published", call.title().da());
	}

	/** The call the officer edits, with its rows, as it is stored. */
	Optional<Call> findForEdit(CallId id) {
		return calls.findById(id.value()).map(call -> {
			// loaded here, inside the transaction, for the form that reads them after it
			call.offerTypes();
			call.targetGroups();
			call.criteria();
			call.questions();
			call.requiredAttachments();
			return call;
		});
	}

	@Transactional
	void close(CallId id) {
		Call call = load(id);
		call.close();
		audit.record("call", id.value().toString(), "closed", call.title().da());
	}

	private Call load(CallId id) {
		return calls.findById(id.value()).orElseThrow(() -> new NotFoundException("call"));
	}

	CallView view(Call call) {
		Pool pool = pools.findById(call.pool().value()).orElseThrow();
		List<ProgrammeCatalogue.CategoryView> offerTypes = catalogue.offerTypes().stream()
			.filter(c -> call.offerTypes().contains(c.code())).toList();
		List<ProgrammeCatalogue.CategoryView> targetGroups = catalogue.targetGroups().stream()
			.filter(c -> call.targetGroups().contains(c.code())).toList();
		return new CallView(call.id(), pool.id(), pool.name(), call.title(), call.text(), call.opensAt(),
				call.deadline(), call.status(), call.acceptsSubmissionsAt(Instant.now(clock)), offerTypes,
				targetGroups, call.criteria(), call.questions(), call.requiredAttachments(), pool.minGrant(),
				pool.maxGrant(), pool.minDurationMonths(), pool.maxDurationMonths(), pool.coFundingPercent(),
				pool.eligibleApplicants(), pool.documentationDuty(), call.upcomingAt(Instant.now(clock)));
	}

	static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("id");
		}
	}
}
