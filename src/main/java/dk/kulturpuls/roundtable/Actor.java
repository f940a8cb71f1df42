package dk.kulturpuls.roundtable;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation on a process's actor map: its level, influence and interest, incentives and frame conditions. */
@Entity
@Table(name = "roundtable_actor")
class Actor {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SystemLevel level;

	@Column(nullable = false)
	private int influence;

	@Column(nullable = false)
	private int interest;

	private String incentives;

	@Column(name = "frame_conditions")
	private String frameConditions;

	@Column(nullable = false)
	private boolean invited;

	protected Actor() {
	}

	Actor(UUID roundtableId, UUID organisationId, SystemLevel level, int influence, int interest, String incentives,
			String frameConditions, boolean invited) {
		if (influence < 1 || influence > 5 || interest < 1 || interest > 5) {
			throw new IllegalArgumentException("influence and interest are 1–5");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.organisationId = organisationId;
		this.level = level;
		this.influence = influence;
		this.interest = interest;
		this.incentives = incentives;
		this.frameConditions = frameConditions;
		this.invited = invited;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	UUID organisationId() {
		return organisationId;
	}

	SystemLevel level() {
		return level;
	}

	int influence() {
		return influence;
	}

	int interest() {
		return interest;
	}

	String incentives() {
		return incentives;
	}

	String frameConditions() {
		return frameConditions;
	}

	boolean invited() {
		return invited;
	}
}
