package dk.kulturpuls.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The projects, for every module: register one, look them up, and ask who is on a project's staff (the people
 * who may see its participants' individual answers).
 */
@Service
public class Projects {

	private final ProjectRepository repository;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;

	Projects(ProjectRepository repository, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** What is needed to register a project. */
	public record NewProject(String name, String summary, String leadOrganisation, String offerType,
			Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
			boolean publiclyVisible, Set<String> staff, Long grantAmountOre) {

		public NewProject(String name, String summary, String leadOrganisation, String offerType,
				Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
				boolean publiclyVisible, Set<String> staff) {
			this(name, summary, leadOrganisation, offerType, targetGroups, municipalities, startDate, endDate,
					publiclyVisible, staff, null);
		}
	}

	@Transactional
	public ProjectId register(NewProject project) {
		Project created = new Project(project.name(), project.summary(), project.leadOrganisation(),
				project.offerType(), project.targetGroups(), project.municipalities(), project.startDate(),
				project.endDate(), project.publiclyVisible(), project.staff(), Instant.now(clock));
		if (project.grantAmountOre() != null) {
			created.linkGrant(null, project.grantAmountOre());
		}
		created.updateStatus(LocalDate.now(clock));
		repository.save(created);
		audit.record("project", created.id().toString(), "registered", created.name());
		ProjectId id = new ProjectId(created.id());
		events.publishEvent(new ProjectRegistered(id));
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<ProjectView> find(ProjectId id) {
		return repository.findWithDetails(id.value()).map(Project::view);
	}

	@Transactional(readOnly = true)
	public List<ProjectView> all() {
		return repository.findAllWithDetails().stream().map(Project::view).toList();
	}

	@Transactional(readOnly = true)
	public List<ProjectView> forStaff(String username) {
		return repository.findByStaffMember(username).stream().map(Project::view).toList();
	}

	/** A project with its partners, activities, results and lessons. */
	@Transactional(readOnly = true)
	public Optional<ProjectDetails> details(ProjectId id) {
		return repository.findById(id.value()).map(Project::details);
	}

	/** Whether the user is on the project's staff. */
	@Transactional(readOnly = true)
	public boolean isStaff(ProjectId id, String username) {
		return username != null && find(id).map(p -> p.staff().contains(username)).orElse(false);
	}

	/** Moves every project's status along with the calendar; runs nightly and at start-up. */
	@Transactional
	public void updateStatuses() {
		LocalDate today = LocalDate.now(clock);
		repository.findAll().forEach(p -> p.updateStatus(today));
	}
}
