package dk.kulturpuls.organisations;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person at an organisation; linked to a local account (username) when the person takes part on the platform. */
@Entity
@Table(name = "organisations_contact")
class ContactPerson {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	private String title;

	private String email;

	private String username;

	/** "da" or "en": the language of the mails the person gets. */
	@Column(nullable = false)
	private String language;

	protected ContactPerson() {
	}

	ContactPerson(UUID organisationId, String name, String title, String email, String username, Locale language) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a contact person needs a name");
		}
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.name = name.trim();
		this.title = blankToNull(title);
		this.email = blankToNull(email);
		this.username = username == null || username.isBlank() ? null : username.trim().toLowerCase();
		this.language = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "da";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	UUID organisationId() {
		return organisationId;
	}

	Organisations.Contact view() {
		return new Organisations.Contact(id, new OrganisationId(organisationId), name, title, email, username,
				Locale.forLanguageTag(language));
	}
}
