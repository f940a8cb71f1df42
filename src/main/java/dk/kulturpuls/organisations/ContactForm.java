package dk.kulturpuls.organisations;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secretariat's form for adding a contact person. */
record ContactForm(
		@NotBlank @Size(max = 200) String name,
		@Size(max = 200) String title,
		@Email @Size(max = 200) String email,
		@Size(max = 100) String username,
		String language) {

	/** The languages a contact person can read the platform's mails in. */
	static final Set<String> LANGUAGES = Set.of("da", "en");

	static ContactForm empty() {
		return new ContactForm(null, null, null, null, "da");
	}
}
