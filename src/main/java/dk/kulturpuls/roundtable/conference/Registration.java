package dk.kulturpuls.roundtable.conference;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A public registration for a conference: a seat (confirmed) or a place on the waiting list, cancelled through
 * the personal link (whose token is kept only as a hash).
 */
@Entity
@Table(name = "roundtable_conference_registration")
class Registration {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "conference_id", nullable = false)
	private UUID conferenceId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	private String organisation;

	private String needs;

	@Column(nullable = false)
	private boolean consent;

	@Column(nullable = false)
	private String language;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	/** The order of registration, given by the database. */
	@Column(insertable = false, updatable = false)
	private Long sequence;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	protected Registration() {
	}

	Registration(UUID conferenceId, String name, String email, String organisation, String needs, boolean consent,
			String language, String tokenHash, RegistrationStatus status, Instant at) {
		this.id = UUID.randomUUID();
		this.conferenceId = conferenceId;
		this.name = name.strip();
		this.email = email.strip();
		this.organisation = blankToNull(organisation);
		this.needs = blankToNull(needs);
		this.consent = consent;
		this.language = language;
		this.tokenHash = tokenHash;
		this.status = status;
		this.registeredAt = at;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Gives up the seat or the place on the waiting list. */
	void cancel(Instant at) {
		if (status == RegistrationStatus.CANCELLED) {
			throw new IllegalStateException("already cancelled");
		}
		status = RegistrationStatus.CANCELLED;
		cancelledAt = at;
	}

	/** Moves from the waiting list to a seat. */
	void promote() {
		if (status != RegistrationStatus.WAITING) {
			throw new IllegalStateException("only a registration on the waiting list can get a seat");
		}
		status = RegistrationStatus.CONFIRMED;
	}

	UUID id() {
		return id;
	}

	UUID conferenceId() {
		return conferenceId;
	}

	String email() {
		return email;
	}

	String name() {
		return name;
	}

	String language() {
		return language;
	}

	RegistrationStatus status() {
		return status;
	}

	RegistrationView view(int waitingPosition) {
		return new RegistrationView(id, conferenceId, name, email, organisation, needs, consent, status,
				registeredAt, cancelledAt, waitingPosition);
	}
}
