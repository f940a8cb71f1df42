package dk.kulturpuls.roundtable.conference;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public registration form. */
record RegistrationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 200) String organisation, @Size(max = 2000) String needs, boolean consent) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, false);
	}
}
