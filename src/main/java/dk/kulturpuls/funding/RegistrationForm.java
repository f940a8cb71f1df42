package dk.kulturpuls.funding;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The registration form; the organisation fields are checked in the controller when kind is ORGANISATION. */
record RegistrationForm(@NotBlank @Email @Size(max = 100) String email, @NotBlank @Size(max = 200) String name,
		@NotNull ApplicantKind kind, @Size(max = 200) String organisationName, @Size(max = dk.kulturpuls.platform.TextLimits.CODE) String cvr,
		@NotBlank @Size(max = 200) @dk.kulturpuls.platform.StrongPassword String password) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, ApplicantKind.ORGANISATION, null, null, null);
	}
}
