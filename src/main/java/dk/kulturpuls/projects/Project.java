package dk.kulturpuls.projects;

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
 * A project: what it offers, to whom, where and when, and who runs it. Registered by an officer (earlier
 * projects such as Kulturvitaminer) or created from a grant.
 */
@Entity
@Table(name = "projects_project")
class Project {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String summary;

	@Column(name = "lead_organisation", nullable = false)
	private String leadOrganisation;

	@Column(name = "offer_type", nullable = false)
	private String offerType;

	@ElementCollection
	@CollectionTable(name = "projects_project_target_group", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "target_group", nullable = false)
	private Set<String> targetGroups = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "projects_project_municipality", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "municipality_code", nullable = false)
	private Set<String> municipalities = new LinkedHashSet<>();

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	@Column(name = "publicly_visible", nullable = false)
	private boolean publiclyVisible;

	@ElementCollection
	@CollectionTable(name = "projects_project_staff", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "username", nullable = false)
	private Set<String> staff = new LinkedHashSet<>();

	@Column(name = "grant_id")
	private UUID grantId;

	@Column(name = "grant_amount_ore")
	private Long grantAmountOre;

	@Column(nullable = false)
	private String results = "";

	@Column(nullable = false)
	private String lessons = "";

	@Column(name = "planned_evaluation")
	private String plannedEvaluation;

	@Column(name = "planned_instruments")
	private String plannedInstruments;

	@ElementCollection
	@CollectionTable(name = "projects_partner", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "projects_activity", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<Activity> activities = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Project() {
	}

	Project(String name, String summary, String leadOrganisation, String offerType, Set<String> targetGroups,
			Set<String> municipalities, LocalDate startDate, LocalDate endDate, boolean publiclyVisible,
			Set<String> staff, Instant createdAt) {
		if (endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("a project cannot end before it starts");
		}
		if (municipalities.isEmpty()) {
			throw new IllegalArgumentException("a project reaches at least one municipality");
		}
		for (String code : municipalities) {
			if (!code.matches("\\d{4}")) {
				throw new IllegalArgumentException("not a municipality code: " + code);
			}
		}
		this.id = UUID.randomUUID();
		this.name = name;
		this.summary = summary;
		this.leadOrganisation = leadOrganisation;
		this.offerType = offerType;
		this.targetGroups = new LinkedHashSet<>(targetGroups);
		this.municipalities = new LinkedHashSet<>(municipalities);
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = ProjectStatus.PLANNED;
		this.publiclyVisible = publiclyVisible;
		this.staff = new LinkedHashSet<>(staff);
		this.createdAt = createdAt;
	}

	/** Moves the status along with the calendar: planned → active at the start, active → completed after the end. */
	void updateStatus(LocalDate today) {
		if (status == ProjectStatus.CANCELLED) {
			return;
		}
		if (status == ProjectStatus.PLANNED && !startDate.isAfter(today)) {
			status = ProjectStatus.ACTIVE;
		}
		if (status == ProjectStatus.ACTIVE && endDate != null && endDate.isBefore(today)) {
			status = ProjectStatus.COMPLETED;
		}
	}

	/** The grant closed: the project is completed (unless cancelled), with the final report's results if it has none. */
	void closeWithGrant(String finalResults) {
		if (status != ProjectStatus.CANCELLED) {
			status = ProjectStatus.COMPLETED;
		}
		if ((results == null || results.isBlank()) && finalResults != null) {
			results = finalResults.strip();
		}
	}

	void linkGrant(UUID grantId, Long amountOre) {
		this.grantId = grantId;
		this.grantAmountOre = amountOre;
	}

	/** What the granted application planned for documenting the effect. */
	void planFromApplication(String evaluation, String instruments) {
		this.plannedEvaluation = evaluation == null || evaluation.isBlank() ? null : evaluation.strip();
		this.plannedInstruments = instruments == null || instruments.isBlank() ? null : instruments.strip();
	}

	/** Records what came of the project, what was learnt, its status and whether the public sees it. */
	void describeOutcome(String results, String lessons, ProjectStatus status, boolean publiclyVisible) {
		this.results = results == null ? "" : results.strip();
		this.lessons = lessons == null ? "" : lessons.strip();
		this.status = status;
		this.publiclyVisible = publiclyVisible;
	}

	void addPartner(Partner partner) {
		boolean known = partners.stream().anyMatch(p -> p.organisation().equalsIgnoreCase(partner.organisation()));
		if (known) {
			throw new IllegalArgumentException("partner already on the project: " + partner.organisation());
		}
		partners.add(partner);
	}

	Partner removePartner(int index) {
		return partners.remove(index);
	}

	void addActivity(Activity activity) {
		activities.add(activity);
		activities.sort(java.util.Comparator.comparing(Activity::heldOn));
	}

	Activity removeActivity(int index) {
		return activities.remove(index);
	}

	int partnerCount() {
		return partners.size();
	}

	int activityCount() {
		return activities.size();
	}

	void addStaff(String username) {
		staff.add(username);
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	ProjectView view() {
		return new ProjectView(new ProjectId(id), name, summary, leadOrganisation, offerType, Set.copyOf(targetGroups),
				Set.copyOf(municipalities), startDate, endDate, status, publiclyVisible, Set.copyOf(staff));
	}

	ProjectDetails details() {
		return new ProjectDetails(view(), List.copyOf(partners), List.copyOf(activities), results, lessons,
				grantAmountOre, grantId, plannedEvaluation, plannedInstruments);
	}
}
