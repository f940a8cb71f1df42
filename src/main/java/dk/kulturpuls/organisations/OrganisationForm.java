package dk.kulturpuls.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The secretariat's form for registering an organisation. */
record OrganisationForm(
		@NotBlank @Size(max = 200) String name,
		@NotNull OrganisationType type,
		@NotNull Sector sector,
		@Size(max = 20) String cvr,
		@Pattern(regexp = "^$|\\d{3,4}") String municipalityCode) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null);
	}
}
