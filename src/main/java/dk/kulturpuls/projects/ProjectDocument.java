package dk.kulturpuls.projects;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A documentation item of a project: a report, evaluation, image, video or article, as an uploaded file (its bytes
 * in {@code projects_document_file}) or a link; internal to the programme or public in the catalogue.
 */
@Entity
@Table(name = "projects_document")
class ProjectDocument {

	@Id
	private UUID id;

	@Column(name = "project_id", nullable = false)
	private UUID projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(name = "public_item", nullable = false)
	private boolean publicItem;

	private String link;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "file_size")
	private Long fileSize;

	@Column(name = "publication_id")
	private UUID publicationId;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	protected ProjectDocument() {
	}

	ProjectDocument(UUID projectId, DocumentKind kind, String title, String description, boolean publicItem,
			String link, String fileName, String contentType, Long fileSize, String addedBy, Instant addedAt) {
		if ((link == null) == (fileName == null)) {
			throw new IllegalArgumentException("a document is either a file or a link");
		}
		this.id = UUID.randomUUID();
		this.projectId = projectId;
		this.kind = kind;
		this.title = title.strip();
		this.description = description == null ? "" : description.strip();
		this.publicItem = publicItem;
		this.link = link;
		this.fileName = fileName;
		this.contentType = contentType;
		this.fileSize = fileSize;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	UUID id() {
		return id;
	}

	UUID projectId() {
		return projectId;
	}

	String title() {
		return title;
	}

	boolean publicItem() {
		return publicItem;
	}

	boolean hasFile() {
		return fileName != null;
	}

	/** Records that the item was published in the knowledge base as the given publication. */
	void publishedAs(UUID publication) {
		if (!publicItem || !kind.publishable()) {
			throw new IllegalStateException("only public reports and evaluations go into the knowledge base");
		}
		this.publicationId = publication;
	}

	DocumentView view() {
		return new DocumentView(id, kind, title, description, publicItem, link, fileName, contentType, fileSize,
				publicationId, addedAt);
	}
}
