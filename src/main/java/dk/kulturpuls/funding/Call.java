package dk.kulturpuls.funding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A call (opslag) for applications to a pool: texts, the offer types and target groups it seeks, how
 * applications are assessed, who is excluded, which attachments are required, and when it opens and closes.
 */
@Entity
@Table(name = "funding_call")
class Call {

	/**
	 * How far ahead a published call's deadline must lie when the officer moves it earlier: applicants who plan
	 * for the announced deadline get at least this much time. Extending a deadline needs no notice.
	 */
	static final Duration SHORTENING_NOTICE = Duration.ofDays(14);

	/** What the officer edits: pool, texts, dates and classifications (the rows come separately). */
	record Terms(PoolId pool, LocalizedText title, LocalizedText text, Instant opensAt, Instant deadline,
			Set<String> offerTypes, Set<String> targetGroups) {
	}

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "pool_id", nullable = false)
	private UUID poolId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "title_da")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "text_da")),
			@AttributeOverride(name = "en", column = @Column(name = "text_en")) })
	private LocalizedText text;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(nullable = false)
	private Instant deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CallStatus status = CallStatus.DRAFT;

	@ElementCollection
	@CollectionTable(name = "funding_call_offer_type", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "code")
	private Set<String> offerTypes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "funding_call_target_group", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "code")
	private Set<String> targetGroups = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "funding_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "funding_call_question", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	private List<EligibilityQuestion> questions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "funding_call_required_attachment", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	private List<RequiredAttachment> requiredAttachments = new ArrayList<>();

	protected Call() {
	}

	Call(PoolId pool, LocalizedText title, LocalizedText text, Instant opensAt, Instant deadline,
			Set<String> offerTypes, Set<String> targetGroups) {
		if (!deadline.isAfter(opensAt)) {
			throw new IllegalArgumentException("the deadline must be after the opening");
		}
		this.id = UUID.randomUUID();
		this.poolId = pool.value();
		this.title = title;
		this.text = text;
		this.opensAt = opensAt;
		this.deadline = deadline;
		this.offerTypes.addAll(offerTypes);
		this.targetGroups.addAll(targetGroups);
	}

	void addCriterion(Criterion criterion) {
		requireDraft();
		criteria.add(criterion);
	}

	void addQuestion(EligibilityQuestion question) {
		requireDraft();
		questions.add(question);
	}

	void requireAttachment(RequiredAttachment attachment) {
		requireDraft();
		requiredAttachments.add(attachment);
	}

	/** A draft may change in every respect, its criteria, questions and attachments replaced. */
	void revise(Terms terms, List<Criterion> criteria, List<EligibilityQuestion> questions,
			List<RequiredAttachment> attachments) {
		requireDraft();
		if (!terms.deadline().isAfter(terms.opensAt())) {
			throw new IllegalArgumentException("the deadline must be after the opening");
		}
		apply(terms);
		this.criteria.clear();
		this.criteria.addAll(criteria);
		this.questions.clear();
		this.questions.addAll(questions);
		this.requiredAttachments.clear();
		this.requiredAttachments.addAll(attachments);
	}

	/**
	 * What a published call's edit would break, by form field (a message key for each): the texts may always change;
	 * the deadline may be extended, or moved earlier to no less than {@link #SHORTENING_NOTICE} from now, never into
	 * the past; the opening may move only while it is still ahead, and not into the past; the pool and the
	 * classifications stay once applications exist. Criteria, questions and attachments stay from publication on,
	 * since applicants have answered them and reviewers score against them.
	 */
	Map<String, String> amendmentProblems(Terms terms, boolean hasApplications, Instant now) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (status != CallStatus.PUBLISHED) {
			problems.put("", "call.error.notEditable");
			return problems;
		}
		if (!terms.opensAt().equals(opensAt)) {
			if (!opensAt.isAfter(now)) {
				problems.put("opensDate", "call.error.alreadyOpened");
			}
			else if (terms.opensAt().isBefore(now)) {
				problems.put("opensDate", "call.error.opensInPast");
			}
		}
		if (!terms.deadline().equals(deadline)) {
			if (!terms.deadline().isAfter(now)) {
				problems.put("deadlineDate", "call.error.deadlineInPast");
			}
			else if (terms.deadline().isBefore(deadline) && terms.deadline().isBefore(now.plus(SHORTENING_NOTICE))) {
				problems.put("deadlineDate", "call.error.shorteningNotice");
			}
		}
		if (!terms.deadline().isAfter(terms.opensAt())) {
			problems.putIfAbsent("deadlineDate", "callForm.deadline.beforeOpening");
		}
		if (hasApplications) {
			if (!terms.pool().value().equals(poolId)) {
				problems.put("pool", "call.error.poolLocked");
			}
			if (!terms.offerTypes().equals(offerTypes())) {
				problems.put("offerTypes", "call.error.categoriesLocked");
			}
			if (!terms.targetGroups().equals(targetGroups())) {
				problems.put("targetGroups", "call.error.categoriesLocked");
			}
		}
		return problems;
	}

	/** Changes a published call within the rules of {@link #amendmentProblems}; refuses what breaks them. */
	void amend(Terms terms, boolean hasApplications, Instant now) {
		Map<String, String> problems = amendmentProblems(terms, hasApplications, now);
		if (!problems.isEmpty()) {
			throw new FundingException(problems.values().iterator().next());
		}
		apply(terms);
	}

	private void apply(Terms terms) {
		this.poolId = terms.pool().value();
		this.title = terms.title();
		this.text = terms.text();
		this.opensAt = terms.opensAt();
		this.deadline = terms.deadline();
		this.offerTypes.clear();
		this.offerTypes.addAll(terms.offerTypes());
		this.targetGroups.clear();
		this.targetGroups.addAll(terms.targetGroups());
	}

	Terms terms() {
		return new Terms(pool(), title, text, opensAt, deadline, offerTypes(), targetGroups());
	}

	/** Whether the call is published but opens later: it is announced, and cannot be applied to yet. */
	boolean upcomingAt(Instant now) {
		return status == CallStatus.PUBLISHED && now.isBefore(opensAt);
	}

	long version() {
		return version;
	}

	private void requireDraft() {
		if (status != CallStatus.DRAFT) {
			throw new FundingException("call.error.notDraft");
		}
	}

	/** Gives the call a fixed id before it is first saved (benchmark data). */
	void assignId(UUID fixed) {
		this.id = fixed;
	}

	void publish() {
		requireDraft();
		if (criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
			throw new FundingException("call.error.weights");
		}
		status = CallStatus.PUBLISHED;
	}

	void close() {
		if (status != CallStatus.PUBLISHED) {
			throw new FundingException("call.error.notPublished");
		}
		status = CallStatus.CLOSED;
	}

	/** Whether applications can be submitted at this instant: published, opened and before the deadline. */
	boolean acceptsSubmissionsAt(Instant now) {
		return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(deadline);
	}

	CallId id() {
		return new CallId(id);
	}

	PoolId pool() {
		return new PoolId(poolId);
	}

	LocalizedText title() {
		return title;
	}

	LocalizedText text() {
		return text;
	}

	Instant opensAt() {
		return opensAt;
	}

	Instant deadline() {
		return deadline;
	}

	CallStatus status() {
		return status;
	}

	Set<String> offerTypes() {
		return Set.copyOf(offerTypes);
	}

	Set<String> targetGroups() {
		return Set.copyOf(targetGroups);
	}

	List<Criterion> criteria() {
		return List.copyOf(criteria);
	}

	List<EligibilityQuestion> questions() {
		return List.copyOf(questions);
	}

	List<RequiredAttachment> requiredAttachments() {
		return List.copyOf(requiredAttachments);
	}
}
