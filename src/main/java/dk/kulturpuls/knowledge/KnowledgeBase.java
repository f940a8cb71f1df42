package dk.kulturpuls.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThisQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The knowledge base, for every module: publish a publication with its file, search it in Danish with facets and
 * highlighted snippets, find related publications, and read one. Every query takes the {@link Audience}: the
 * public never sees an internal publication, neither in results nor in facet counts.
 */
@Service
public class KnowledgeBase {

	/** Facets shown beside the results, by their index field. */
	public static final List<String> FACETS = List.of("kind", "offerType", "targetGroup", "municipality", "artForm",
			"instrument", "year");

	public static final int PAGE_SIZE = 20;

	@PersistenceContext
	private EntityManager entityManager;

	private final PublicationRepository repository;
	private final TextExtraction extraction;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final Timer searchTimer;

	KnowledgeBase(PublicationRepository repository, TextExtraction extraction, JdbcClient jdbc, AuditTrail audit,
			Clock clock, MeterRegistry registry) {
		this.repository = repository;
		this.extraction = extraction;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.searchTimer = Timer.builder("kulturpuls.knowledge.search")
			.description("Time of a knowledge base search with facets and snippets, rendering excluded")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(registry);
	}

	/** What is needed to publish a publication. */
	public record NewPublication(String title, String summary, PublicationKind kind, String offerType,
			Set<String> targetGroups, Set<String> municipalities, String artForm, String instrument, int year,
			boolean publiclyVisible) {
	}

	/** An uploaded file: its name as given and its bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	/** A publication as shown. */
	public record PublicationView(UUID id, String title, String summary, PublicationKind kind, String offerType,
			Set<String> targetGroups, Set<String> municipalities, String artForm, String instrument, int year,
			boolean publiclyVisible, String fileName, Instant publishedAt) {

		public boolean hasFile() {
			return fileName != null;
		}
	}

	/** How results are ordered. */
	public enum Sort {
		RELEVANCE, NEWEST, OLDEST, TITLE
	}

	/** A search: free text (may be blank), chosen facet values by field, order and page (from 0). */
	public record Query(String text, Map<String, List<String>> filters, Sort sort, int page) {

		public Query {
			text = text == null ? "" : text.strip();
			filters = filters == null ? Map.of() : Map.copyOf(filters);
			sort = sort == null ? (text.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
			page = Math.max(0, page);
		}
	}

	/** One hit with its highlighted snippet (HTML-escaped text with {@code <mark>} around the matched words). */
	public record Hit(PublicationView publication, String snippet) {
	}

	/** A facet value with the number of matching publications. */
	public record FacetValue(String value, long count, boolean selected) {
	}

	public record Result(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, int page) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	@Transactional
	public UUID publish(NewPublication publication, Upload upload, String by) {
		String text = "";
		String fileName = null;
		String contentType = null;
		if (upload != null && upload.content() != null && upload.content().length > 0) {
			TextExtraction.Extracted extracted = extraction.extract(upload.content());
			text = extracted.text();
			contentType = extracted.type().toString();
			fileName = safeFileName(upload.fileName(), TextExtraction.ACCEPTED.get(extracted.type()));
		}
		Publication created = new Publication(publication, fileName, contentType, text, by, Instant.now(clock));
		repository.saveAndFlush(created);
		if (fileName != null) {
			jdbc.sql("insert into knowledge_publication_file (publication_id, content) values (?, ?)")
				.params(created.id(), upload.content()).update();
		}
		audit.record("publication", created.id().toString(), "published",
				created.title() + (created.publiclyVisible() ? " (public)" : " (internal)"));
		return created.id();
	}

	private static String safeFileName(String name, String extension) {
		String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		base = base.replaceAll("\\.[^.]*$", "").strip();
		if (base.isEmpty()) {
			base = "publikation";
		}
		return base + "." + extension;
	}

	@Transactional(readOnly = true)
	public Optional<PublicationView> find(UUID id, Audience audience) {
		return repository.findById(id).filter(p -> audience == Audience.STAFF || p.publiclyVisible())
			.map(Publication::view);
	}

	/** The stored file of a publication the audience may see, with its name and type. */
	public record StoredFile(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID id, Audience audience) {
		return repository.findById(id).filter(p -> audience == Audience.STAFF || p.publiclyVisible())
			.filter(p -> p.fileName() != null)
			.flatMap(p -> jdbc.sql("select content from knowledge_publication_file where publication_id = ?")
				.param(id).query(byte[].class).optional()
				.map(bytes -> new StoredFile(p.fileName(), p.contentType(), bytes)));
	}

	@Transactional(readOnly = true)
	public List<PublicationView> all() {
		return repository.findAllWithDetails().stream().map(Publication::view).toList();
	}

	@Transactional(readOnly = true)
	public Result search(Query query, Audience audience) {
		return searchTimer.record(() -> doSearch(query, audience));
	}

	private Result doSearch(Query query, Audience audience) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		FACETS.forEach(f -> keys.put(f, AggregationKey.of(f)));
		var search = session.search(Publication.class)
			.select(f -> f.composite()
				.from(f.entity(Publication.class), f.highlight("text"), f.highlight("summary"))
				.as((publication, text, summary) -> new Hit(publication.view(), snippet(text, summary, publication))))
			.where((f, root) -> {
				root.add(f.matchAll());
				if (!query.text().isEmpty()) {
					root.add(f.simpleQueryString().field("title").boost(3f).field("summary").boost(2f)
						.field("text").matching(query.text()).defaultOperator(BooleanOperator.AND));
				}
				root.add(visibility(f, audience));
				query.filters().forEach((field, values) -> {
					if (FACETS.contains(field) && !values.isEmpty()) {
						if ("year".equals(field)) {
							root.add(f.terms().field(field)
								.matchingAny(values.stream().map(KnowledgeBase::yearOf).toList()));
						}
						else {
							root.add(f.terms().field(field).matchingAny(values));
						}
					}
				});
			})
			.highlighter(f -> f.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
				.fragmentSize(180).numberOfFragments(1));
		for (var entry : keys.entrySet()) {
			search = search.aggregation(entry.getValue(),
					f -> f.terms().field(entry.getKey(), Object.class).maxTermCount(100).orderByCountDescending());
		}
		search = search.sort(f -> switch (query.sort()) {
			case RELEVANCE -> f.score().then().field("publishedAt").desc();
			case NEWEST -> f.field("year").desc().then().field("publishedAt").desc();
			case OLDEST -> f.field("year").asc().then().field("publishedAt").asc();
			case TITLE -> f.field("title_sort").asc();
		});
		SearchResult<Hit> result = search.fetch(query.page() * PAGE_SIZE, PAGE_SIZE);
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		keys.forEach((field, key) -> {
			List<String> selected = query.filters().getOrDefault(field, List.of());
			List<FacetValue> values = new ArrayList<>();
			result.aggregation(key).forEach((value, count) -> values
				.add(new FacetValue(String.valueOf(value), count, selected.contains(String.valueOf(value)))));
			facets.put(field, values);
		});
		return new Result(result.total().hitCount(), result.hits(), facets, query.page());
	}

	private static Integer yearOf(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static SearchPredicate visibility(SearchPredicateFactory f, Audience audience) {
		return audience == Audience.STAFF ? f.matchAll().toPredicate()
				: f.match().field("publiclyVisible").matching(true).toPredicate();
	}

	private static String snippet(List<String> text, List<String> summary, Publication publication) {
		if (!text.isEmpty()) {
			return text.getFirst();
		}
		if (!summary.isEmpty()) {
			return summary.getFirst();
		}
		return null;
	}

	/** Publications like the given one by their most telling words, which the audience may see. */
	@Transactional(readOnly = true)
	public List<PublicationView> moreLikeThis(UUID id, Audience audience, int max) {
		Optional<Publication> source = repository.findById(id)
			.filter(p -> audience == Audience.STAFF || p.publiclyVisible());
		if (source.isEmpty()) {
			return List.of();
		}
		Publication publication = source.get();
		String like = publication.title() + "\n" + publication.summary() + "\n"
				+ publication.text().substring(0, Math.min(20_000, publication.text().length()));
		SearchSession session = Search.session(entityManager);
		Analyzer analyzer = Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class)
			.analyzer(DanishAnalysis.DANISH).orElseThrow();
		// one query per field: MoreLikeThisQuery weighs the terms of the text against a single field
		List<org.apache.lucene.search.Query> perField = new ArrayList<>();
		for (String field : List.of("title", "summary", "text")) {
			MoreLikeThisQuery mlt = new MoreLikeThisQuery(like, new String[] { field }, analyzer, field);
			mlt.setMinTermFrequency(1);
			mlt.setMinDocFreq(1);
			mlt.setMaxQueryTerms(25);
			mlt.setPercentTermsToMatch(0.0f);
			perField.add(mlt);
		}
		return session.search(Publication.class).extension(LuceneExtension.get())
			.where(f -> f.bool(b -> {
				perField.forEach(q -> b.should(f.fromLuceneQuery(q)));
				b.minimumShouldMatchNumber(1);
				b.mustNot(f.id().matching(id));
				b.filter(visibility(f, audience));
			}))
			.fetchHits(max).stream().map(Publication::view).toList();
	}

	/**
	 * Rows that reached the database without Hibernate (restored backups, SQL) are not in the index: rebuild it at
	 * start-up when it does not hold as many publications as the table.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void reindexIfIncomplete() throws InterruptedException {
		SearchSession session = Search.session(entityManager);
		long indexed = session.search(Publication.class).where(f -> f.matchAll()).fetchTotalHitCount();
		if (indexed != repository.count()) {
			session.massIndexer(Publication.class).threadsToLoadObjects(1).startAndWait();
		}
	}
}
