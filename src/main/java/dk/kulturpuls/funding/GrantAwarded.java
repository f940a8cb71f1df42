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
 */
public record GrantAwarded(UUID applicationId, UUID callId, UUID poolId, String title, String summary,
		String organisation, long amountOre, String conditions, LocalDate startDate, LocalDate endDate,
		String offerType, Set<String> targetGroups, Set<String> municipalities, String lead, LocalDate acceptBy) {
}
