package dk.kulturpuls.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
		if (status == ProjectStatus.PLANNED && !startDate.isAfter(today)) {
			status = ProjectStatus.ACTIVE;
		}
		if (status == ProjectStatus.ACTIVE && endDate != null && endDate.isBefore(today)) {
			status = ProjectStatus.COMPLETED;
		}
	}

	void linkGrant(UUID grantId) {
		this.grantId = grantId;
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
}
