package dk.kulturpuls.roundtable.mission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a process's mission (future picture): numbered, never changed once written. */
@Entity
@Table(name = "roundtable_mission_version")
class MissionVersion {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@Column(name = "text_html", nullable = false)
	private String textHtml;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "written_by", nullable = false)
	private String writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected MissionVersion() {
	}

	MissionVersion(UUID roundtableId, int number, String title, String sanitisedHtml, String changeNote,
			String writtenBy, Instant writtenAt) {
		if (number < 1) {
			throw new IllegalArgumentException("versions are numbered from 1");
		}
		if (sanitisedHtml == null || sanitisedHtml.isBlank()) {
			throw new IllegalArgumentException("rt.mission.text.empty");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.number = number;
		this.title = title;
		this.textHtml = sanitisedHtml;
		this.changeNote = changeNote;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	int number() {
		return number;
	}

	Missions.VersionView view() {
		return new Missions.VersionView(id, roundtableId, number, title, textHtml, changeNote, writtenBy, writtenAt);
	}
}
