package dk.kulturpuls.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queries.mlt.MoreLikeThisQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchQuery;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
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

	/** The last page a search can ask for (from 0): 2,000,000 results deep is far beyond any use. */
	public static final int MAX_PAGE = 99_999;

	@PersistenceContext
	private EntityManager entityManager;

	private final PublicationRepository repository;
	private final TextExtraction extraction;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final Timer searchTimer;
	private final FacetedSearch facetedSearch;
	private final PublicationTerms terms;
	private volatile Analyzer danish;

	KnowledgeBase(PublicationRepository repository, TextExtraction extraction, JdbcClient jdbc, AuditTrail audit,
			Clock clock, MeterRegistry registry, FacetedSearch facetedSearch, PublicationTerms terms) {
		this.facetedSearch = facetedSearch;
		this.terms = terms;
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

	/**
	 * What is needed to publish a publication.
	 *
	 * @param projectId the project it documents, or null
	 */
	public record NewPublication(String title, String summary, PublicationKind kind, String offerType,
			Set<String> targetGroups, Set<String> municipalities, String artForm, String instrument, int year,
			boolean publiclyVisible, UUID projectId) {

		/** A publication that documents no particular project. */
		public NewPublication(String title, String summary, PublicationKind kind, String offerType,
				Set<String> targetGroups, Set<String> municipalities, String artForm, String instrument, int year,
				boolean publiclyVisible) {
			this(title, summary, kind, offerType, targetGroups, municipalities, artForm, instrument, year,
					publiclyVisible, null);
		}
	}

	/** An uploaded file: its name as given and its bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	/** A publication as shown. */
	public record PublicationView(UUID id, String title, String summary, PublicationKind kind, String offerType,
			Set<String> targetGroups, Set<String> municipalities, String artForm, String instrument, int year,
			boolean publiclyVisible, String fileName, Instant publishedAt, UUID projectId) {

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
			page = Math.clamp(page, 0, MAX_PAGE);
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
		Publication created = new Publication(publication, terms.of(publication), fileName, contentType, text, by,
				Instant.now(clock));
		repository.saveAndFlush(created);
		if (fileName != null) {
			jdbc.sql("insert into knowledge_publication_file (publication_id, content) values (?, ?)")
				.params(created.id(), upload.content()).update();
		}
		audit.record("publication", created.id().toString(), "published",
				created.title() + (created.publiclyVisible() ? " (public)" : " (internal)"));
		return created.id();
	}

	/** Removes a publication and its file, e.g. when the project document it was published from is removed. */
	@Transactional
	public void withdraw(UUID id, String by) {
		repository.findById(id).ifPresent(publication -> {
			jdbc.sql("delete from knowledge_publication_file where publication_id = ?").param(id).update();
			repository.delete(publication);
			audit.record("publication", id.toString(), "withdrawn", publication.title() + " by " + by);
		});
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
		org.apache.lucene.search.Query condition = condition(query, audience);
		FacetedSearch.Pass pass = facetedSearch.pass(condition, query.page() * PAGE_SIZE, PAGE_SIZE);
		LuceneSearchQuery<Hit> page = session.search(Publication.class).extension(LuceneExtension.get())
			.select(f -> f.composite()
				.from(f.entity(Publication.class), f.highlight("text"), f.highlight("summary"))
				.as((publication, text, summary) -> new Hit(publication.view(), snippet(text, summary, publication))))
			// the condition scores and gives the highlighted words; the pass's filter keeps only the page
			.where(f -> f.bool().must(f.fromLuceneQuery(condition)).filter(f.fromLuceneQuery(pass.filter())))
			.highlighter(f -> f.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
				.fragmentSize(180).numberOfFragments(1))
			.sort(f -> switch (query.sort()) {
				case RELEVANCE -> f.score().then().field("publishedAt").desc();
				case NEWEST -> f.field("year").desc().then().field("publishedAt").desc();
				case OLDEST -> f.field("year").asc().then().field("publishedAt").asc();
				case TITLE -> f.field("title_sort").asc();
			})
			.toQuery();
		pass.sortBy(page.luceneSort());
		List<Hit> hits = page.fetchHits(PAGE_SIZE);
		FacetedSearch.Counts counts = pass.counts();
		if (counts == null) {
			// Lucene found nothing to search (an empty index, or a condition rewritten to "no match")
			counts = FacetedSearch.Counts.NONE;
		}
		long lastPage = Math.max(0, (counts.total() - 1) / PAGE_SIZE);
		if (query.page() > lastPage) {
			// an address with a page past the end (an old link, a hand-edited one) shows the last page
			return doSearch(new Query(query.text(), query.filters(), query.sort(), (int) lastPage), audience);
		}
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String field : FACETS) {
			List<String> selected = query.filters().getOrDefault(field, List.of());
			List<FacetValue> values = new ArrayList<>();
			counts.byField().getOrDefault(field, Map.of())
				.forEach((value, count) -> values.add(new FacetValue(value, count, selected.contains(value))));
			facets.put(field, values);
		}
		return new Result(counts.total(), hits, facets, query.page());
	}

	/**
	 * The Lucene query of a search: the words (Danish analysis; all must occur, in the title, the summary, the names
	 * of the facet values or the file's text, weighted 3, 2, 2 and 1), what the audience may see, and the chosen facet values (any value of a
	 * field, every field). One query, so that the results and the facet counts are counted on the same condition.
	 */
	private org.apache.lucene.search.Query condition(Query query, Audience audience) {
		BooleanQuery.Builder condition = new BooleanQuery.Builder();
		if (query.text().isEmpty()) {
			condition.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
		}
		else {
			SimpleQueryParser parser = new SimpleQueryParser(danishAnalyzer(),
					Map.of("title", 3f, "summary", 2f, "terms", 2f, "text", 1f));
			parser.setDefaultOperator(BooleanClause.Occur.MUST);
			condition.add(parser.parse(query.text()), BooleanClause.Occur.MUST);
		}
		if (audience != Audience.STAFF) {
			// Hibernate Search indexes a boolean as an int point: 1 for true
			condition.add(IntPoint.newExactQuery("publiclyVisible", 1), BooleanClause.Occur.FILTER);
		}
		query.filters().forEach((field, values) -> {
			if (FACETS.contains(field) && !values.isEmpty()) {
				condition.add("year".equals(field)
						? IntPoint.newSetQuery(field, values.stream().mapToInt(KnowledgeBase::yearOf).toArray())
						: new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()),
						BooleanClause.Occur.FILTER);
			}
		});
		return condition.build();
	}

	private Analyzer danishAnalyzer() {
		Analyzer analyzer = danish;
		if (analyzer == null) {
			analyzer = Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class)
				.analyzer(DanishAnalysis.DANISH).orElseThrow();
			danish = analyzer;
		}
		return analyzer;
	}

	private static int yearOf(String value) {
		try {
			return Integer.parseInt(value);
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
		Analyzer analyzer = danishAnalyzer();
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
	 * start-up when it does not hold as many publications as the table. Before that, every publication's terms are
	 * brought up to date with the current names of its facet values.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void reindexIfIncomplete() throws InterruptedException {
		// publications from before the terms were indexed, or whose facet names changed: update them (and the index);
		// read with SQL, since loading the entities would load every publication's whole text
		PublicationTerms.Names names = terms.names();
		Map<UUID, String> computed = new LinkedHashMap<>();
		Map<UUID, String> stored = new HashMap<>();
		jdbc.sql("""
				select p.id, p.offer_type, p.art_form, p.terms,
				  array(select t.target_group from knowledge_publication_target_group t where t.publication_id = p.id),
				  array(select m.municipality_code from knowledge_publication_municipality m where m.publication_id = p.id)
				from knowledge_publication p""")
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				computed.put(id, terms.of(names, rs.getString(2), Set.of((String[]) rs.getArray(5).getArray()),
						Set.of((String[]) rs.getArray(6).getArray()), rs.getString(3)));
				stored.put(id, rs.getString(4));
			});
		computed.forEach((id, current) -> {
			if (!current.equals(stored.get(id))) {
				repository.findById(id).ifPresent(p -> p.terms(current));
			}
		});
		entityManager.flush();
		SearchSession session = Search.session(entityManager);
		long indexed = session.search(Publication.class).where(f -> f.matchAll()).fetchTotalHitCount();
		if (indexed != repository.count()) {
			session.massIndexer(Publication.class).threadsToLoadObjects(1).startAndWait();
		}
	}
}
