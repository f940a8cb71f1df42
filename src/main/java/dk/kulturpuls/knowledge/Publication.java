package dk.kulturpuls.knowledge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A publication of the knowledge base with its metadata and the text extracted from its file. Indexed in full
 * text with the Danish analyzer; the metadata are keyword fields for facets and filters.
 */
@Entity
@Table(name = "knowledge_publication")
@Indexed(index = "knowledge_publication")
class Publication {

	@Id
	@DocumentId
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	@FullTextField(analyzer = DanishAnalysis.DANISH, highlightable = Highlightable.ANY,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@KeywordField(name = "title_sort", normalizer = DanishAnalysis.SORT, sortable = Sortable.YES)
	private String title;

	@Column(nullable = false)
	@FullTextField(analyzer = DanishAnalysis.DANISH, highlightable = Highlightable.ANY,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES)
	private PublicationKind kind;

	@Column(name = "offer_type")
	@KeywordField(name = "offerType", aggregable = Aggregable.YES)
	private String offerType;

	@ElementCollection
	@BatchSize(size = KnowledgeBase.PAGE_SIZE)
	@CollectionTable(name = "knowledge_publication_target_group", joinColumns = @JoinColumn(name = "publication_id"))
	@Column(name = "target_group", nullable = false)
	@KeywordField(name = "targetGroup", aggregable = Aggregable.YES)
	private Set<String> targetGroups = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = KnowledgeBase.PAGE_SIZE)
	@CollectionTable(name = "knowledge_publication_municipality", joinColumns = @JoinColumn(name = "publication_id"))
	@Column(name = "municipality_code", nullable = false)
	@KeywordField(name = "municipality", aggregable = Aggregable.YES)
	private Set<String> municipalities = new LinkedHashSet<>();

	@Column(name = "art_form")
	@KeywordField(name = "artForm", aggregable = Aggregable.YES)
	private String artForm;

	@Column
	@KeywordField(aggregable = Aggregable.YES)
	private String instrument;

	@Column(name = "publication_year", nullable = false)
	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	private int year;

	@Column(name = "publicly_visible", nullable = false)
	@GenericField
	private boolean publiclyVisible;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "extracted_text", nullable = false)
	@FullTextField(name = "text", analyzer = DanishAnalysis.DANISH, highlightable = Highlightable.ANY,
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private String text;

	/** The names of the facet values in Danish and English, searched as words (see {@link PublicationTerms}). */
	@Column(nullable = false)
	@FullTextField(analyzer = DanishAnalysis.DANISH)
	private String terms = "";

	@Column(name = "project_id")
	private UUID projectId;

	@Column(name = "published_at", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false)
	private String publishedBy;

	protected Publication() {
	}

	Publication(KnowledgeBase.NewPublication p, String terms, String fileName, String contentType, String text,
			String by, Instant at) {
		this.id = UUID.randomUUID();
		this.title = p.title().strip();
		this.summary = p.summary().strip();
		this.kind = p.kind();
		this.offerType = blankToNull(p.offerType());
		this.targetGroups.addAll(p.targetGroups());
		this.municipalities.addAll(p.municipalities());
		this.artForm = blankToNull(p.artForm());
		this.instrument = blankToNull(p.instrument());
		this.year = p.year();
		this.publiclyVisible = p.publiclyVisible();
		this.fileName = fileName;
		this.contentType = contentType;
		this.text = text == null ? "" : text;
		this.terms = terms;
		this.projectId = p.projectId();
		this.publishedAt = at;
		this.publishedBy = by;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	UUID id() {
		return id;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String text() {
		return text;
	}

	boolean publiclyVisible() {
		return publiclyVisible;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	String terms() {
		return terms;
	}

	void terms(String terms) {
		this.terms = terms;
	}

	KnowledgeBase.PublicationView view() {
		return new KnowledgeBase.PublicationView(id, title, summary, kind, offerType, Set.copyOf(targetGroups),
				Set.copyOf(municipalities), artForm, instrument, year, publiclyVisible, fileName, publishedAt,
				projectId);
	}
}
