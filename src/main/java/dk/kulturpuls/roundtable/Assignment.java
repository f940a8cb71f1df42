package dk.kulturpuls.roundtable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task given at a workshop, to be done before a due date (by default the day before the next workshop), owned by
 * a contact person or a whole organisation, delivered with a note and a file.
 */
@Entity
@Table(name = "roundtable_assignment")
class Assignment {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "workshop_id", nullable = false)
	private UUID workshopId;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private String task;

	@Column(name = "owner_contact")
	private UUID ownerContact;

	@Column(name = "owner_organisation")
	private UUID ownerOrganisation;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssignmentStatus status;

	@Column(name = "delivery_note")
	private String deliveryNote;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_type")
	private String fileType;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "file_content")
	private byte[] fileContent;

	@Column(name = "delivered_by")
	private String deliveredBy;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	protected Assignment() {
	}

	Assignment(UUID roundtableId, UUID workshopId, String task, UUID ownerContact, UUID ownerOrganisation,
			LocalDate dueDate) {
		if ((ownerContact == null) == (ownerOrganisation == null)) {
			throw new IllegalArgumentException("an assignment is owned by a person or an organisation");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.workshopId = workshopId;
		this.task = task;
		this.ownerContact = ownerContact;
		this.ownerOrganisation = ownerOrganisation;
		this.dueDate = dueDate;
		this.status = AssignmentStatus.OPEN;
	}

	void deliver(String note, String fileName, String fileType, byte[] content, String username, Instant at) {
		if (status == AssignmentStatus.ACCEPTED) {
			throw new IllegalStateException("an accepted assignment cannot be delivered again");
		}
		this.deliveryNote = note;
		if (content != null && content.length > 0) {
			this.fileName = fileName;
			this.fileType = fileType;
			this.fileContent = content;
		}
		this.deliveredBy = username;
		this.deliveredAt = at;
		this.status = AssignmentStatus.DELIVERED;
	}

	void accept() {
		if (status != AssignmentStatus.DELIVERED) {
			throw new IllegalStateException("only a delivered assignment can be accepted");
		}
		status = AssignmentStatus.ACCEPTED;
	}

	UUID id() {
		return id;
	}

	UUID ownerContact() {
		return ownerContact;
	}

	UUID ownerOrganisation() {
		return ownerOrganisation;
	}

	String fileName() {
		return fileName;
	}

	String fileType() {
		return fileType;
	}

	byte[] fileContent() {
		return fileContent;
	}

	AssignmentView view(String ownerName, LocalDate today) {
		return new AssignmentView(id, roundtableId, workshopId, task, ownerContact, ownerOrganisation, ownerName,
				dueDate, status, deliveryNote, fileName, deliveredBy, deliveredAt,
				status == AssignmentStatus.OPEN && dueDate.isBefore(today));
	}
}
