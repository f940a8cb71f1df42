package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The fields of the application form's text steps, with the version the applicant's page was built from. */
record DraftForm(long version, String title, String summary, LocalDate startDate, LocalDate endDate,
		String offerType, Set<String> targetGroups, Set<String> municipalities, String evaluationPlan,
		String instruments) {

	DraftForm {
		targetGroups = targetGroups == null ? new LinkedHashSet<>() : targetGroups;
		municipalities = municipalities == null ? new LinkedHashSet<>() : municipalities;
	}

	static DraftForm of(GrantApplication a) {
		return new DraftForm(a.version(), a.title(), a.summary(), a.startDate(), a.endDate(), a.offerType(),
				new LinkedHashSet<>(a.targetGroups()), new LinkedHashSet<>(a.municipalities()), a.evaluationPlan(),
				a.instruments());
	}

	DraftForm withVersion(long newVersion) {
		return new DraftForm(newVersion, title, summary, startDate, endDate, offerType, targetGroups, municipalities,
				evaluationPlan, instruments);
	}
}
