package dk.kulturpuls.projects;

import java.util.List;

import dk.kulturpuls.platform.Money;

/**
 * A project with everything its page shows: partners, activities, results and lessons, and the grant.
 *
 * @param grantAmountOre the granted amount in øre, or null for a project without a grant from the programme
 * @param grantApplication the granted application's id, which identifies the grant, or null
 * @param plannedEvaluation how the granted application planned to document the effect, or null
 * @param plannedInstruments the questionnaires the granted application planned to use, as written, or null
 */
public record ProjectDetails(ProjectView project, List<Partner> partners, List<Activity> activities, String results,
		String lessons, Long grantAmountOre, java.util.UUID grantApplication, String plannedEvaluation,
		String plannedInstruments) {

	public int participants() {
		return activities.stream().mapToInt(Activity::participants).sum();
	}

	public Money grant() {
		return grantAmountOre == null ? null : new Money(grantAmountOre);
	}
}
