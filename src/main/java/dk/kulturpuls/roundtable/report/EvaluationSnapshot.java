package dk.kulturpuls.roundtable.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.kulturpuls.platform.Uploads;

/**
 * An issued mid-term evaluation: the PDF made on the day it was issued, kept in the file storage and never made
 * again, so that what was issued stays as it was when the process's data change afterwards.
 */
@Entity
@Table(name = "roundtable_evaluation_snapshot")
class EvaluationSnapshot {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(name = "as_of", nullable = false)
	private LocalDate asOf;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	protected EvaluationSnapshot() {
	}

	EvaluationSnapshot(UUID id, UUID roundtableId, LocalDate asOf, Instant issuedAt, String issuedBy,
			Uploads.Stored file) {
		this.id = id;
		this.roundtableId = roundtableId;
		this.asOf = asOf;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.storageKey = file.key();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
	}

	UUID roundtableId() {
		return roundtableId;
	}

	String storageKey() {
		return storageKey;
	}

	EvaluationSnapshots.SnapshotView view() {
		return new EvaluationSnapshots.SnapshotView(id, roundtableId, asOf, issuedAt, issuedBy, sizeBytes, sha256);
	}
}
