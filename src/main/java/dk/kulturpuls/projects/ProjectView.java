package dk.kulturpuls.projects;

import java.time.LocalDate;
import java.util.Set;

/**
 * A project as other modules see it.
 *
 * @param leadOrganisation the organisation that runs the project
 * @param offerType the programme's offer type code
 * @param targetGroups the programme's target group codes
 * @param municipalities the four-digit codes of the municipalities reached
 * @param publiclyVisible shown in the public catalogue
 * @param staff user names of the project's staff (PROJECT_LEAD accounts)
 */
public record ProjectView(ProjectId id, String name, String summary, String leadOrganisation, String offerType,
		Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
		ProjectStatus status, boolean publiclyVisible, Set<String> staff) {

	public boolean isActiveOn(LocalDate day) {
		return status != ProjectStatus.COMPLETED && status != ProjectStatus.CANCELLED && !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
	}
}
