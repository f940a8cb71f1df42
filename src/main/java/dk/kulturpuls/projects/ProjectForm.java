package dk.kulturpuls.projects;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The officer's form for registering a project by hand. */
record ProjectForm(
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 4000) String summary,
		@NotBlank @Size(max = 200) String leadOrganisation,
		@NotBlank String offerType,
		@NotEmpty Set<String> targetGroups,
		@NotEmpty Set<String> municipalities,
		@NotNull LocalDate startDate,
		LocalDate endDate,
		boolean publiclyVisible,
		@Size(max = 200) String staff) {

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, Set.of(), Set.of(), null, null, true, null);
	}
}
