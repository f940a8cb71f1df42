package dk.kulturpuls.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner of an application: an organisation and its role in the project. */
@Embeddable
record Partner(@Column(name = "name", nullable = false) String name,
		@Column(name = "role", nullable = false) String role) {

	Partner {
		if (name == null || name.isBlank() || role == null || role.isBlank()) {
			throw new IllegalArgumentException("a partner needs a name and a role");
		}
	}
}
