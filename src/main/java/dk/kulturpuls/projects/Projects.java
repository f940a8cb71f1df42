package dk.kulturpuls.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.knowledge.KnowledgeBase;
import dk.kulturpuls.knowledge.PublicationKind;
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
	private final KnowledgeBase knowledge;

	Projects(ProjectRepository repository, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.repository = repository;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** What is needed to register a project. */
	public record NewProject(String name, String summary, String leadOrganisation, String offerType,
			Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
			boolean publiclyVisible, Set<String> staff, Long grantAmountOre, UUID grant) {

		public NewProject(String name, String summary, String leadOrganisation, String offerType,
				Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
				boolean publiclyVisible, Set<String> staff, Long grantAmountOre) {
			this(name, summary, leadOrganisation, offerType, targetGroups, municipalities, startDate, endDate,
					publiclyVisible, staff, grantAmountOre, null);
		}

		public NewProject(String name, String summary, String leadOrganisation, String offerType,
				Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
				boolean publiclyVisible, Set<String> staff) {
			this(name, summary, leadOrganisation, offerType, targetGroups, municipalities, startDate, endDate,
					publiclyVisible, staff, null, null);
		}
	}

	@Transactional
	public ProjectId register(NewProject project) {
		Project created = new Project(project.name(), project.summary(), project.leadOrganisation(),
				project.offerType(), project.targetGroups(), project.municipalities(), project.startDate(),
				project.endDate(), project.publiclyVisible(), project.staff(), Instant.now(clock));
		if (project.grantAmountOre() != null) {
			created.linkGrant(project.grant(), project.grantAmountOre());
		}
		created.updateStatus(LocalDate.now(clock));
		repository.save(created);
		audit.record("project", created.id().toString(), "registered", created.name());
		ProjectId id = new ProjectId(created.id());
		events.publishEvent(new ProjectRegistered(id));
		return id;
	}

	/**
	 * Carries what the granted application named onto its project: its partners (sector "other" until the project
	 * lead says which; a partner already on the project is not added twice) and its plan for documenting the effect.
	 */
	@Transactional
	void takeOverApplication(ProjectId id, List<Partner> partners, String evaluation, String instruments) {
		Project project = repository.findWithDetails(id.value()).orElseThrow();
		for (Partner partner : partners) {
			try {
				project.addPartner(partner);
			}
			catch (IllegalArgumentException alreadyThere) {
				// named twice in the application: once on the project
			}
		}
		project.planFromApplication(evaluation, instruments);
		repository.save(project);
		audit.record("project", id.value().toString(), "application plan taken over",
				partners.size() + " partners" + (instruments == null || instruments.isBlank() ? "" : ", instruments: "
						+ instruments.strip()));
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

	/**
	 * A closed grant: its final report, and whether the grantee let it be published.
	 *
	 * @param grant the granted application's id, which links the grant's project
	 */
	public record GrantClosing(UUID grant, String title, String summary, String organisation, String done,
			String results, Integer participants, boolean publish, String offerType, Set<String> targetGroups,
			Set<String> municipalities, LocalDate startDate, LocalDate endDate, long amountOre, String lead,
			String by) {
	}

	/** Whether the user is on the staff of the project linked to the grant (the granted application's id). */
	@Transactional(readOnly = true)
	public boolean isStaffOfGrant(UUID grant, String username) {
		return username != null && repository.findByGrantId(grant).map(p -> p.view().staff().contains(username))
			.orElse(false);
	}

	/** Whether a project is linked to the grant (the granted application's id). */
	@Transactional(readOnly = true)
	public boolean hasGrant(UUID grant) {
		return repository.findByGrantId(grant).isPresent();
	}

	/**
	 * The grant closed: its project becomes completed with the final report's results, and the final report is
	 * published in the knowledge base (on the project) when the grantee allowed it. Returns the publication.
	 */
	@Transactional
	public Optional<UUID> closeGrant(GrantClosing closing) {
		Optional<Project> project = repository.findByGrantId(closing.grant());
		if (project.isEmpty() && closing.startDate() != null && !closing.municipalities().isEmpty()
				&& repository.findAll().stream().noneMatch(p -> p.name().equals(closing.title()))) {
			// the grant closed before the project of its award was registered (the listener runs after commit)
			ProjectId id = register(new NewProject(closing.title(), closing.summary(), closing.organisation(),
					closing.offerType(), closing.targetGroups(), closing.municipalities(), closing.startDate(),
					closing.endDate(), true, closing.lead() == null ? Set.of() : Set.of(closing.lead()),
					closing.amountOre(), closing.grant()));
			project = repository.findById(id.value());
		}
		project.ifPresent(p -> {
			p.closeWithGrant(closing.results());
			audit.record("project", p.id().toString(), "completed", "grant closed by " + closing.by());
		});
		if (!closing.publish()) {
			return Optional.empty();
		}
		String summary = String.join("\n\n", java.util.stream.Stream.of(closing.summary(), closing.done(),
				closing.results()).filter(t -> t != null && !t.isBlank()).map(String::strip).toList());
		int year = closing.endDate() != null ? closing.endDate().getYear() : LocalDate.now(clock).getYear();
		UUID publication = knowledge.publish(new KnowledgeBase.NewPublication(
				"Slutrapport: " + closing.title(), summary, PublicationKind.PROJECT_REPORT, closing.offerType(),
				closing.targetGroups(), closing.municipalities(), null, null, year, true,
				project.map(Project::id).orElse(null)), null, closing.by());
		project.ifPresent(p -> audit.record("project", p.id().toString(), "final report published",
				"publication " + publication));
		return Optional.of(publication);
	}

	/** Moves every project's status along with the calendar; runs nightly and at start-up. */
	@Transactional
	public void updateStatuses() {
		LocalDate today = LocalDate.now(clock);
		repository.findAll().forEach(p -> p.updateStatus(today));
	}
}
