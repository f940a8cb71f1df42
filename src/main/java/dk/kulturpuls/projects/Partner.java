package dk.kulturpuls.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation taking part in a project, its role and the sector it comes from. */
@Embeddable
public record Partner(@Column(nullable = false) String organisation, @Column(nullable = false) String role,
		@Enumerated(EnumType.STRING) @Column(nullable = false) Sector sector) {

	public Partner {
		if (organisation == null || organisation.isBlank() || role == null || role.isBlank() || sector == null) {
			throw new IllegalArgumentException("a partner has an organisation, a role and a sector");
		}
		organisation = organisation.strip();
		role = role.strip();
	}
}
