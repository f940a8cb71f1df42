package dk.kulturpuls.projects;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.kulturpuls.funding.GrantAwarded;

/**
 * Registers the project of a granted application, with the applicant who created it on its staff, the application's
 * partners and its plan for documenting the effect.
 */
@Component
class ProjectsFromGrants {

	private final Projects projects;

	ProjectsFromGrants(Projects projects) {
		this.projects = projects;
	}

	@ApplicationModuleListener
	void on(GrantAwarded event) {
		if (event.startDate() == null || event.municipalities().isEmpty()) {
			return;
		}
		// a redelivered event must not register the project twice: the project is linked to the grant by id
		// (the granted application's); projects registered before that link are matched by name
		boolean exists = projects.hasGrant(event.applicationId()) || projects.all().stream()
			.anyMatch(p -> p.name().equals(event.title()) && event.organisation().equals(p.leadOrganisation())
					&& event.startDate().equals(p.startDate()));
		if (exists) {
			return;
		}
		ProjectId project = projects.register(new Projects.NewProject(event.title(), event.summary(),
				event.organisation(), event.offerType(), event.targetGroups(), event.municipalities(), event.startDate(),
				event.endDate(), true, event.lead() == null ? Set.of() : Set.of(event.lead()), event.amountOre(),
				event.applicationId()));
		projects.takeOverApplication(project, event.partners().stream()
			.map(p -> new Partner(p.name(), p.role(), Sector.OTHER)).toList(), event.evaluationPlan(),
				event.instruments());
	}
}
