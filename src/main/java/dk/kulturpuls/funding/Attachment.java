package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to an application: its metadata here, its bytes on disk under the storage key. It stays with
 * the application across every later edit.
 */
@Entity
@Table(name = "funding_attachment")
class Attachment {

	@Id
	private UUID id;

	@Column(name = "application_id", nullable = false)
	private UUID applicationId;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(UUID applicationId, String kind, String filename, String contentType, long sizeBytes,
			String storageKey, String sha256, Instant uploadedAt, String uploadedBy) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.kind = kind;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public UUID id() {
		return id;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public String kind() {
		return kind;
	}

	public String filename() {
		return filename;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public String storageKey() {
		return storageKey;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public String uploadedBy() {
		return uploadedBy;
	}
}
