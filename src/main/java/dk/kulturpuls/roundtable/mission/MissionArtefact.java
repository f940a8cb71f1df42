package dk.kulturpuls.roundtable.mission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The mission in a concrete, visual form: an uploaded image, video or audio narrative (the file is kept in
 * {@link MissionFiles}, not in the row), or a link to one; always with a text alternative.
 */
@Entity
@Table(name = "roundtable_mission_artefact")
class MissionArtefact {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ArtefactKind kind;

	@Column(nullable = false)
	private String title;

	@Column(name = "text_alternative", nullable = false)
	private String textAlternative;

	private String url;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected MissionArtefact() {
	}

	private MissionArtefact(UUID roundtableId, ArtefactKind kind, String title, String textAlternative,
			String addedBy, Instant addedAt) {
		if (textAlternative == null || textAlternative.isBlank()) {
			throw new IllegalArgumentException("an artefact needs a text alternative");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.kind = kind;
		this.title = title;
		this.textAlternative = textAlternative;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	static MissionArtefact link(UUID roundtableId, String title, String textAlternative, String url, String addedBy,
			Instant addedAt) {
		MissionArtefact artefact = new MissionArtefact(roundtableId, ArtefactKind.LINK, title, textAlternative,
				addedBy, addedAt);
		artefact.url = url;
		return artefact;
	}

	static MissionArtefact file(UUID roundtableId, String title, String textAlternative, MissionFiles.Stored file,
			String fileName, String addedBy, Instant addedAt) {
		MissionArtefact artefact = new MissionArtefact(roundtableId, ArtefactKind.of(file.contentType()), title,
				textAlternative, addedBy, addedAt);
		artefact.storageKey = file.storageKey();
		artefact.contentType = file.contentType();
		artefact.sizeBytes = file.size();
		artefact.fileName = fileName;
		return artefact;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	String storageKey() {
		return storageKey;
	}

	String contentType() {
		return contentType;
	}

	String fileName() {
		return fileName;
	}

	Missions.ArtefactView view() {
		return new Missions.ArtefactView(id, roundtableId, kind, title, textAlternative, url, fileName, contentType,
				sizeBytes, addedAt);
	}
}
