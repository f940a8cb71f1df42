package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import dk.kulturpuls.platform.TextLimits;

/** The fields of the application form's text steps, with the version the applicant's page was built from. */
record DraftForm(long version, @Size(max = TextLimits.NAME) String title,
		@Size(max = TextLimits.SHORT) String summary, LocalDate startDate, LocalDate endDate,
		@Size(max = TextLimits.CODE) String offerType, Set<String> targetGroups, Set<String> municipalities,
		@Size(max = TextLimits.TEXT) String evaluationPlan, @Size(max = TextLimits.SHORT) String instruments) {

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
