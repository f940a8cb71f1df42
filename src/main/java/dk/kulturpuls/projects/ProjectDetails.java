package dk.kulturpuls.projects;

import java.util.List;

import dk.kulturpuls.platform.Money;

/**
 * A project with everything its page shows: partners, activities, results and lessons, and the grant.
 *
 * @param grantAmountOre the granted amount in øre, or null for a project without a grant from the programme
 */
public record ProjectDetails(ProjectView project, List<Partner> partners, List<Activity> activities, String results,
		String lessons, Long grantAmountOre) {

	public int participants() {
		return activities.stream().mapToInt(Activity::participants).sum();
	}

	public Money grant() {
		return grantAmountOre == null ? null : new Money(grantAmountOre);
	}
}
