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
 * A personal invitation of a key political person to the conference, answered through a personal link (whose
 * token is kept only as a hash). Invited guests have reserved seats: they do not count against the capacity of
 * the public registration.
 */
@Entity
@Table(name = "roundtable_conference_invitation")
class Invitation {

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

	private String affiliation;

	@Column(nullable = false)
	private String language;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InvitationStatus status;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "responded_at")
	private Instant respondedAt;

	protected Invitation() {
	}

	Invitation(UUID conferenceId, String name, String email, String affiliation, String language, String tokenHash,
			Instant at) {
		this.id = UUID.randomUUID();
		this.conferenceId = conferenceId;
		this.name = name.strip();
		this.email = email.strip();
		this.affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
		this.language = language;
		this.tokenHash = tokenHash;
		this.status = InvitationStatus.INVITED;
		this.invitedAt = at;
	}

	/** Accepts or declines; the answer can be changed until the conference is held. */
	void answer(boolean accept, Instant at) {
		status = accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
		respondedAt = at;
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

	InvitationView view() {
		return new InvitationView(id, conferenceId, name, email, affiliation, language, status, invitedAt,
				respondedAt);
	}
}
