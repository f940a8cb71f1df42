package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The officer's form for a new call. Criteria, eligibility questions and required attachments are typed one per
 * line with the parts separated by semicolons, e.g. "Effekt på trivsel; 40; 5".
 */
record CallForm(@NotNull UUID pool, @NotBlank @Size(max = 200) String titleDa, @Size(max = 200) String titleEn,
		@NotBlank String textDa, String textEn, @NotNull LocalDate opensDate,
		@NotBlank @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String opensTime, @NotNull LocalDate deadlineDate,
		@NotBlank @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String deadlineTime, Set<String> offerTypes,
		Set<String> targetGroups, @NotBlank String criteria, String questions, String attachments) {

	CallForm {
		offerTypes = offerTypes == null ? new LinkedHashSet<>() : offerTypes;
		targetGroups = targetGroups == null ? new LinkedHashSet<>() : targetGroups;
	}

	static CallForm empty() {
		return new CallForm(null, null, null, null, null, null, "09:00", null, "12:00", null, null, null, null, null);
	}
}
