package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Published in the transaction that grants an application: the grants module records the grant, the projects
 * module registers the project.
 *
 * @param amountOre the granted amount in øre
 * @param lead the user name of the applicant who created the application (the project's first staff member)
 * @param acceptBy the acceptance deadline the decision letter stated (null for decisions from before letters did)
 * @param partners the application's partners, in its order (empty for events published before they were carried)
 * @param evaluationPlan how the application planned to document its effect (null when it gave none)
 * @param instruments the questionnaires the application planned to use, as written (null when it gave none)
 */
public record GrantAwarded(UUID applicationId, UUID callId, UUID poolId, String title, String summary,
		String organisation, long amountOre, String conditions, LocalDate startDate, LocalDate endDate,
		String offerType, Set<String> targetGroups, Set<String> municipalities, String lead, LocalDate acceptBy,
		java.util.List<Partner> partners, String evaluationPlan, String instruments) {

	/** A partner named in the application, with its role. */
	public record Partner(String name, String role) {
	}

	public GrantAwarded {
		partners = partners == null ? java.util.List.of() : java.util.List.copyOf(partners);
	}

	static java.util.List<Partner> partnersOf(GrantApplication application) {
		return application.partners().stream().map(p -> new Partner(p.name(), p.role())).toList();
	}
}
