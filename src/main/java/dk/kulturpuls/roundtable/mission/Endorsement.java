package dk.kulturpuls.roundtable.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation's endorsement of a version of the mission, recorded by the secretariat: the date the
 * organisation endorsed it and the person who did so on its behalf.
 */
@Entity
@Table(name = "roundtable_mission_endorsement")
class Endorsement {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(name = "version_id", nullable = false)
	private UUID versionId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "endorsed_on", nullable = false)
	private LocalDate endorsedOn;

	@Column(name = "endorsed_by", nullable = false)
	private String endorsedBy;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Endorsement() {
	}

	Endorsement(UUID roundtableId, UUID versionId, UUID organisationId, LocalDate endorsedOn, String endorsedBy,
			String recordedBy, Instant recordedAt) {
		if (endorsedOn.isAfter(LocalDate.ofInstant(recordedAt, dk.kulturpuls.platform.Formats.ZONE))) {
			throw new IllegalArgumentException("rt.mission.endorsement.future");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.versionId = versionId;
		this.organisationId = organisationId;
		this.endorsedOn = endorsedOn;
		this.endorsedBy = endorsedBy;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	UUID id() {
		return id;
	}

	UUID versionId() {
		return versionId;
	}

	UUID organisationId() {
		return organisationId;
	}

	LocalDate endorsedOn() {
		return endorsedOn;
	}

	String endorsedBy() {
		return endorsedBy;
	}
}
