package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registered applicant: the account's user name, name, e-mail, organisation and e-mail verification. */
@Entity
@Table(name = "funding_applicant")
class Applicant {

	@Id
	private String username;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "verification_token")
	private String verificationToken;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	protected Applicant() {
	}

	Applicant(String username, String name, String email, UUID organisationId, String verificationToken,
			Instant registeredAt) {
		this.username = username;
		this.name = name;
		this.email = email;
		this.organisationId = organisationId;
		this.verificationToken = verificationToken;
		this.registeredAt = registeredAt;
	}

	void verify(Instant now) {
		this.verifiedAt = now;
		this.verificationToken = null;
	}

	String username() {
		return username;
	}

	String name() {
		return name;
	}

	String email() {
		return email;
	}

	UUID organisationId() {
		return organisationId;
	}

	String verificationToken() {
		return verificationToken;
	}

	boolean verified() {
		return verifiedAt != null;
	}
}
