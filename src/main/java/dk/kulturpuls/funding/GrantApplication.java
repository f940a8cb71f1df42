package dk.kulturpuls.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A grant application to a call, owned by the applicant's organisation. A draft is edited step by step until it
 * is submitted before the call's deadline. Until the deadline, and until the officer has screened it, a submitted
 * application can still be changed; it is then marked as changed and submitted again with a new receipt. Its budget lives in the budget module
 * (owner type {@value #BUDGET_OWNER}), its files as {@link Attachment}s.
 */
@Entity
@Table(name = "funding_application")
class GrantApplication {

	static final String BUDGET_OWNER = "grant-application";

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "call_id", nullable = false)
	private UUID callId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.DRAFT;

	private String title;

	private String summary;

	@Column(name = "offer_type")
	private String offerType;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "evaluation_plan")
	private String evaluationPlan;

	private String instruments;

	@Column(name = "receipt_number")
	private String receiptNumber;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "screening_reason")
	private String screeningReason;

	@Column(name = "info_request")
	private String infoRequest;

	@Column(name = "info_answer")
	private String infoAnswer;

	@Column(name = "changed_after_submission", nullable = false)
	private boolean changedAfterSubmission;

	@ElementCollection
	@CollectionTable(name = "funding_application_target_group", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "code")
	private Set<String> targetGroups = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "funding_application_municipality", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "code")
	private Set<String> municipalities = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "funding_application_partner", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<Partner> partners = new ArrayList<>();

	protected GrantApplication() {
	}

	GrantApplication(CallId call, UUID organisationId, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.callId = call.value();
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A draft can be changed, and so can a submitted application that the officer has not yet screened (the
	 * deadline is checked by the caller, with the platform clock); a change to a submitted application marks it as
	 * changed, to be submitted again.
	 */
	private void requireDraft() {
		if (status == ApplicationStatus.SUBMITTED) {
			changedAfterSubmission = true;
			return;
		}
		if (status != ApplicationStatus.DRAFT) {
			throw new FundingException("application.error.notDraft");
		}
	}

	/** Whether the status allows changes (a draft, or submitted and not yet screened); the deadline aside. */
	boolean changeable() {
		return status == ApplicationStatus.DRAFT || status == ApplicationStatus.SUBMITTED;
	}

	/** Submitted, then changed: to be submitted again for a new receipt. */
	public boolean changedAfterSubmission() {
		return changedAfterSubmission;
	}

	void describeProject(String title, String summary, LocalDate startDate, LocalDate endDate, Instant now) {
		requireDraft();
		this.title = blankToNull(title);
		this.summary = blankToNull(summary);
		this.startDate = startDate;
		this.endDate = endDate;
		this.updatedAt = now;
	}

	void chooseOffer(String offerType, Set<String> targetGroups, Instant now) {
		requireDraft();
		this.offerType = blankToNull(offerType);
		this.targetGroups.clear();
		this.targetGroups.addAll(targetGroups);
		this.updatedAt = now;
	}

	void reach(Set<String> municipalityCodes, Instant now) {
		requireDraft();
		this.municipalities.clear();
		this.municipalities.addAll(municipalityCodes);
		this.updatedAt = now;
	}

	void addPartner(Partner partner, Instant now) {
		requireDraft();
		partners.add(partner);
		this.updatedAt = now;
	}

	void removePartner(int index, Instant now) {
		requireDraft();
		if (index < 0 || index >= partners.size()) {
			throw new FundingException("application.error.noSuchPartner");
		}
		partners.remove(index);
		this.updatedAt = now;
	}

	void planEvaluation(String evaluationPlan, String instruments, Instant now) {
		requireDraft();
		this.evaluationPlan = blankToNull(evaluationPlan);
		this.instruments = blankToNull(instruments);
		this.updatedAt = now;
	}

	void touch(Instant now) {
		requireDraft();
		this.updatedAt = now;
	}

	/**
	 * Submits the draft, or submits again an application changed after its submission (with the new receipt).
	 * Submitting an application that is already submitted and unchanged changes nothing (a double click or a second
	 * tab), so the caller shows the same receipt; after the deadline nothing is submitted.
	 *
	 * @return true if this call submitted it, false if it was already submitted
	 */
	boolean submit(Call call, String receiptNumber, Instant now) {
		if (status.isSubmitted() && !(status == ApplicationStatus.SUBMITTED && changedAfterSubmission)) {
			return false;
		}
		if (!changeable()) {
			throw new FundingException("application.error.notDraft");
		}
		if (!call.id().value().equals(callId)) {
			throw new IllegalArgumentException("not this application's call");
		}
		if (!call.acceptsSubmissionsAt(now)) {
			throw new FundingException("application.error.deadlinePassed");
		}
		this.status = ApplicationStatus.SUBMITTED;
		this.receiptNumber = receiptNumber;
		this.submittedAt = now;
		this.updatedAt = now;
		this.changedAfterSubmission = false;
		return true;
	}

	/** Withdraws the application; possible until a decision is made (the caller checks the committee's decision). */
	void withdraw(Instant now) {
		if (status == ApplicationStatus.WITHDRAWN) {
			return;
		}
		if (status == ApplicationStatus.INELIGIBLE) {
			throw new FundingException("application.error.decided");
		}
		this.status = ApplicationStatus.WITHDRAWN;
		this.updatedAt = now;
	}

	/** The officer's screening of a submitted application. */
	void screen(ApplicationStatus outcome, String text, Instant now) {
		if (text != null && text.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new FundingException("text.error.tooLong");
		}
		if (!status.isSubmitted()) {
			throw new FundingException("application.error.notSubmitted");
		}
		switch (outcome) {
			case ELIGIBLE -> this.screeningReason = null;
			case INELIGIBLE -> {
				if (text == null || text.isBlank()) {
					throw new FundingException("screening.error.reasonRequired");
				}
				this.screeningReason = text.strip();
			}
			case INFO_REQUESTED -> {
				if (text == null || text.isBlank()) {
					throw new FundingException("screening.error.requestRequired");
				}
				this.infoRequest = text.strip();
				this.infoAnswer = null;
			}
			default -> throw new IllegalArgumentException("not a screening outcome: " + outcome);
		}
		this.status = outcome;
		this.updatedAt = now;
	}

	/** The applicant answers the officer's request for more information; it goes back to screening. */
	void answer(String text, Instant now) {
		if (text != null && text.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new FundingException("text.error.tooLong");
		}
		if (status != ApplicationStatus.INFO_REQUESTED) {
			throw new FundingException("application.error.noRequest");
		}
		if (text == null || text.isBlank()) {
			throw new FundingException("application.error.answerRequired");
		}
		this.infoAnswer = text.strip();
		this.status = ApplicationStatus.SUBMITTED;
		this.updatedAt = now;
	}

	void initialise() {
		org.hibernate.Hibernate.initialize(targetGroups);
		org.hibernate.Hibernate.initialize(municipalities);
		org.hibernate.Hibernate.initialize(partners);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}

	public CallId call() {
		return new CallId(callId);
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public ApplicationStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String offerType() {
		return offerType;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public String evaluationPlan() {
		return evaluationPlan;
	}

	public String instruments() {
		return instruments;
	}

	public String receiptNumber() {
		return receiptNumber;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public String screeningReason() {
		return screeningReason;
	}

	public String infoRequest() {
		return infoRequest;
	}

	public String infoAnswer() {
		return infoAnswer;
	}

	public Set<String> targetGroups() {
		return Set.copyOf(targetGroups);
	}

	public Set<String> municipalities() {
		return Set.copyOf(municipalities);
	}

	public List<Partner> partners() {
		return List.copyOf(partners);
	}
}
