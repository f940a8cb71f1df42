package dk.kulturpuls.projects;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.knowledge.KnowledgeBase;
import dk.kulturpuls.knowledge.PublicationKind;
import dk.kulturpuls.platform.AuditTrail;

/**
 * The work on a project after it is registered: partners, activities, documentation, results and lessons, status.
 * Programme officers may edit every project; a project lead only the projects whose staff they are on (403
 * otherwise). Every change is written to the audit trail in the same transaction.
 */
@Service
class ProjectWork {

	/** Who is editing: their user name and whether they are a programme officer. */
	record Editor(String username, boolean officer) {
	}

	private final ProjectRepository projects;
	private final ProjectDocumentRepository documents;
	private final DocumentFiles files;
	private final KnowledgeBase knowledge;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ProjectWork(ProjectRepository projects, ProjectDocumentRepository documents, DocumentFiles files,
			KnowledgeBase knowledge, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.projects = projects;
		this.documents = documents;
		this.files = files;
		this.knowledge = knowledge;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	long maxDocumentSizeMegabytes() {
		return files.maxSize().toMegabytes();
	}

	private Project editable(ProjectId id, Editor editor) {
		Project project = projects.findWithDetails(id.value())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!editor.officer() && !project.view().staff().contains(editor.username())) {
			throw new AccessDeniedException("not on the staff of project " + id);
		}
		return project;
	}

	@Transactional(readOnly = true)
	public ProjectDetails details(ProjectId id, Editor editor) {
		return editable(id, editor).details();
	}

	@Transactional(readOnly = true)
	public List<DocumentView> documents(ProjectId id, Editor editor) {
		editable(id, editor);
		return documents.findByProjectIdOrderByAddedAtDesc(id.value()).stream().map(ProjectDocument::view).toList();
	}

	@Transactional
	public void describeOutcome(ProjectId id, Editor editor, String results, String lessons, ProjectStatus status,
			boolean publiclyVisible) {
		Project project = editable(id, editor);
		project.describeOutcome(results, lessons, status, publiclyVisible);
		audit.record("project", id.toString(), "outcome-described",
				"status " + status + (publiclyVisible ? ", public" : ", not public"));
	}

	@Transactional
	public void addPartner(ProjectId id, Editor editor, Partner partner) {
		editable(id, editor).addPartner(partner);
		audit.record("project", id.toString(), "partner-added",
				partner.organisation() + " (" + partner.role() + ", " + partner.sector() + ")");
	}

	@Transactional
	public void removePartner(ProjectId id, Editor editor, int index) {
		Project project = editable(id, editor);
		if (index < 0 || index >= project.partnerCount()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Partner removed = project.removePartner(index);
		audit.record("project", id.toString(), "partner-removed", removed.organisation());
	}

	@Transactional
	public void addActivity(ProjectId id, Editor editor, Activity activity) {
		editable(id, editor).addActivity(activity);
		audit.record("project", id.toString(), "activity-added", activity.title() + " " + activity.heldOn() + ", "
				+ activity.participants() + " participants");
	}

	@Transactional
	public void removeActivity(ProjectId id, Editor editor, int index) {
		Project project = editable(id, editor);
		if (index < 0 || index >= project.activityCount()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Activity removed = project.removeActivity(index);
		audit.record("project", id.toString(), "activity-removed", removed.title() + " " + removed.heldOn());
	}

	/** A new documentation item: a file (checked by {@link DocumentFiles}) or a link, never both. */
	record NewDocument(DocumentKind kind, String title, String description, boolean publicItem, String link,
			String fileName, byte[] content) {
	}

	@Transactional
	public UUID addDocument(ProjectId id, Editor editor, NewDocument document) {
		editable(id, editor);
		boolean hasFile = document.content() != null && document.content().length > 0;
		boolean hasLink = document.link() != null && !document.link().isBlank();
		if (hasFile == hasLink) {
			throw new DocumentFiles.RejectedFileException("project.document.fileOrLink");
		}
		ProjectDocument created;
		if (hasFile) {
			DocumentFiles.CheckedFile file = files.check(document.kind(), document.fileName(), document.content());
			created = new ProjectDocument(id.value(), document.kind(), document.title(), document.description(),
					document.publicItem(), null, file.fileName(), file.contentType(), (long) file.content().length,
					editor.username(), Instant.now(clock));
			// the id is assigned, so Spring Data merges: go on with the managed copy
			created = documents.saveAndFlush(created);
			jdbc.sql("insert into projects_document_file (document_id, content) values (?, ?)")
				.params(created.id(), file.content()).update();
		}
		else {
			created = new ProjectDocument(id.value(), document.kind(), document.title(), document.description(),
					document.publicItem(), checkedLink(document.link()), null, null, null, editor.username(),
					Instant.now(clock));
			created = documents.save(created);
		}
		audit.record("project", id.toString(), "document-added",
				created.title() + " (" + document.kind() + (document.publicItem() ? ", public)" : ", internal)"));
		Project project = projects.findById(id.value()).orElseThrow();
		if (created.view().publishable() && project.view().publiclyVisible()) {
			// a public report or evaluation of a public project is in the knowledge base at once, as the form says
			publish(project, created, editor);
		}
		return created.id();
	}

	/** Whether a documentation item is published in the knowledge base (a public report of a public project is at once). */
	@Transactional(readOnly = true)
	public boolean inKnowledgeBase(UUID documentId) {
		return documents.findById(documentId).map(d -> d.view().publicationId() != null).orElse(false);
	}

	static String checkedLink(String link) {
		String text = link.strip();
		try {
			URI uri = new URI(text);
			if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && text.length() <= 1000) {
				return text;
			}
		}
		catch (java.net.URISyntaxException e) {
			// refused below
		}
		throw new DocumentFiles.RejectedFileException("project.document.link.invalid");
	}

	@Transactional
	public void removeDocument(ProjectId id, Editor editor, UUID documentId) {
		editable(id, editor);
		ProjectDocument document = documents.findById(documentId).filter(d -> d.projectId().equals(id.value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		documents.delete(document);
		audit.record("project", id.toString(), "document-removed", document.title());
		if (document.view().publicationId() != null) {
			knowledge.withdraw(document.view().publicationId(), editor.username());
		}
	}

	/**
	 * Publishes a public report or evaluation in the knowledge base, with the project's offer type, target groups
	 * and municipalities as its metadata, so that it can be searched and found by facet. Officers only.
	 */
	@Transactional
	public UUID publishDocument(ProjectId id, Editor editor, UUID documentId) {
		if (!editor.officer()) {
			throw new AccessDeniedException("only programme officers publish in the knowledge base");
		}
		Project project = editable(id, editor);
		ProjectDocument document = documents.findById(documentId).filter(d -> d.projectId().equals(id.value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!document.view().publishable()) {
			throw new DocumentFiles.RejectedFileException("project.document.publish.notPublishable");
		}
		return publish(project, document, editor);
	}

	private UUID publish(Project project, ProjectDocument document, Editor editor) {
		DocumentView view = document.view();
		UUID documentId = document.id();
		ProjectView p = project.view();
		ProjectId id = p.id();
		String summary = view.description().isBlank() ? p.summary() : view.description();
		if (view.link() != null) {
			summary = summary + "\n" + view.link();
		}
		int year = view.addedAt().atZone(ZoneId.of("Europe/Copenhagen")).getYear();
		KnowledgeBase.Upload upload = view.hasFile() ? jdbc
			.sql("select content from projects_document_file where document_id = ?").param(documentId)
			.query(byte[].class).optional().map(bytes -> new KnowledgeBase.Upload(view.fileName(), bytes)).orElse(null)
				: null;
		UUID publication = knowledge.publish(new KnowledgeBase.NewPublication(view.title() + " – " + p.name(),
				summary, view.kind() == DocumentKind.EVALUATION ? PublicationKind.EVALUATION
						: PublicationKind.PROJECT_REPORT,
				p.offerType(), p.targetGroups(), p.municipalities(), null, null, year, true, id.value()), upload,
				editor.username());
		document.publishedAs(publication);
		audit.record("project", id.toString(), "document-published", view.title() + " as publication " + publication);
		return publication;
	}

	/** A stored file: name, type and bytes. */
	record StoredFile(String fileName, String contentType, byte[] content) {
	}

	/** The file of a documentation item; public items of public projects for everyone, any item for editors. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(ProjectId id, UUID documentId, Editor editor) {
		if (editor != null) {
			editable(id, editor);
		}
		return documents.findById(documentId)
			.filter(d -> d.projectId().equals(id.value()) && d.hasFile())
			.filter(d -> editor != null || (d.publicItem() && projects.findById(id.value())
				.map(p -> p.view().publiclyVisible()).orElse(false)))
			.flatMap(d -> jdbc.sql("select content from projects_document_file where document_id = ?").param(documentId)
				.query(byte[].class).optional()
				.map(bytes -> new StoredFile(d.view().fileName(), d.view().contentType(), bytes)));
	}
}
