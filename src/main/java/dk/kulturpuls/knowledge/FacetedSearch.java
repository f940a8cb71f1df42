package dk.kulturpuls.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.springframework.stereotype.Component;

/**
 * One pass over every match of a knowledge-base search that counts the facet values and picks the documents of the
 * requested page, on the Lucene index itself.
 * <p>
 * Hibernate Search's terms aggregations count every match through hash maps and a sub-collector per value, and its
 * search scores every match once more for the page: with 100,000 publications and a common word, that was most of a
 * search. The facet fields have few values (kinds, offer types, target groups, municipalities, art forms, instruments
 * and years), so this class keeps, per index segment, the documents holding each value (a bit set for a common value,
 * a list of document numbers for a rare one), read once from the doc values when the segment is first searched and
 * dropped when Lucene closes the segment. A search collects its matches into a bit set and its page into Lucene's own
 * top-documents collector in the same pass; a facet count is then the size of the intersection of the match set with
 * the value's documents.
 * <p>
 * The pass runs on exactly the index view of the Hibernate Search query that shows the page: {@link Pass#filter()} is
 * a Lucene query, added to that query as a filter, that makes the pass when Lucene prepares it against the query's
 * index reader, and then matches only the page's documents. Hibernate Search then scores, sorts, highlights and loads
 * just those, with the same condition and the same sort, so counts, total and page always agree.
 */
@Component
class FacetedSearch {

	/** Facet values by field in the order to show them (largest count first), and the number of matches. */
	record Counts(long total, Map<String, Map<String, Long>> byField) {

		static final Counts NONE = new Counts(0, Map.of());
	}

	/** The documents holding each value of each facet field, in one segment. */
	private record SegmentValues(Map<String, Map<String, Holders>> byField) {
	}

	/**
	 * The documents of one segment that hold a value: a bit set when many do (one bit per document), their numbers
	 * when few do (four bytes per holder), whichever is smaller, so that a field with many rare values (a free-text
	 * instrument name, say) costs memory in proportion to its use, not to values × documents.
	 */
	private sealed interface Holders {

		long countIn(FixedBitSet matches);

		static Holders of(int[] docs, int size, int maxDoc) {
			if ((long) size * Integer.SIZE >= maxDoc) {
				FixedBitSet bits = new FixedBitSet(maxDoc);
				for (int i = 0; i < size; i++) {
					bits.set(docs[i]);
				}
				return new Dense(bits);
			}
			return new Sparse(Arrays.copyOf(docs, size));
		}
	}

	private record Dense(FixedBitSet docs) implements Holders {

		@Override
		public long countIn(FixedBitSet matches) {
			return FixedBitSet.intersectionCount(matches, docs);
		}
	}

	private record Sparse(int[] docs) implements Holders {

		@Override
		public long countIn(FixedBitSet matches) {
			long n = 0;
			for (int doc : docs) {
				if (matches.get(doc)) {
					n++;
				}
			}
			return n;
		}
	}

	/** A growing list of document numbers, in increasing order as doc values hand them out. */
	private static final class DocList {

		private int[] docs = new int[16];

		private int size;

		void add(int doc) {
			if (size > 0 && docs[size - 1] == doc) {
				return;
			}
			if (size == docs.length) {
				docs = ArrayUtil.grow(docs, size + 1);
			}
			docs[size++] = doc;
		}

		Holders holders(int maxDoc) {
			return Holders.of(docs, size, maxDoc);
		}
	}

	private final List<String> fields;

	private final int maxValuesPerField;

	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

	FacetedSearch() {
		this(KnowledgeBase.FACETS, 100);
	}

	FacetedSearch(List<String> fields, int maxValuesPerField) {
		this.fields = List.copyOf(fields);
		this.maxValuesPerField = maxValuesPerField;
	}

	/**
	 * A pass for one search: the documents matching {@code condition}, ordered as the query that shows them will
	 * order them, from {@code offset}, at most {@code size}.
	 */
	Pass pass(Query condition, int offset, int size) {
		return new Pass(condition, offset, size);
	}

	/** How many segments' values are kept (for tests). */
	int cachedSegments() {
		return segments.size();
	}

	/** One search's pass, made once per index reader. */
	final class Pass {

		private final Query condition;

		private final int offset;

		private final int size;

		private volatile Sort sort;

		private volatile Outcome outcome;

		private Pass(Query condition, int offset, int size) {
			this.condition = condition;
			this.offset = offset;
			this.size = size;
		}

		/** The order of the query that shows the page; must be set before that query runs. */
		void sortBy(Sort order) {
			this.sort = order;
		}

		/** The filter to add to the query that shows the page. */
		Query filter() {
			return new PageQuery(this);
		}

		/** The counts, once the query ran; {@code null} when Lucene never prepared the filter (nothing to search). */
		Counts counts() {
			Outcome made = outcome;
			return made == null ? null : made.counts();
		}

		private Outcome run(IndexSearcher searcher) throws IOException {
			Outcome made = outcome;
			if (made != null && made.reader() == searcher.getIndexReader()) {
				return made;
			}
			if (sort == null) {
				throw new IllegalStateException("the order of the page is not known");
			}
			List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
			// never more than the index holds: Lucene sizes its queue by the number asked for
			int wanted = (int) Math.clamp((long) offset + size, 1, Math.max(1, searcher.getIndexReader().maxDoc()));
			var top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false);
			var result = searcher.search(condition, new MultiCollectorManager(top, new MatchesCollectorManager(leaves)));
			TopDocs topDocs = (TopDocs) result[0];
			FixedBitSet[] matches = (FixedBitSet[]) result[1];
			FixedBitSet[] page = new FixedBitSet[leaves.size()];
			for (int i = offset; i < Math.min(topDocs.scoreDocs.length, offset + size); i++) {
				ScoreDoc hit = topDocs.scoreDocs[i];
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
				if (page[leaf.ord] == null) {
					page[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
				}
				page[leaf.ord].set(hit.doc - leaf.docBase);
			}
			made = new Outcome(searcher.getIndexReader(), page, count(leaves, matches));
			outcome = made;
			return made;
		}
	}

	private record Outcome(IndexReader reader, FixedBitSet[] page, Counts counts) {
	}

	private Counts count(List<LeafReaderContext> leaves, FixedBitSet[] matches) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		long total = 0;
		for (LeafReaderContext leaf : leaves) {
			FixedBitSet segment = matches[leaf.ord];
			if (segment == null) {
				continue;
			}
			total += segment.cardinality();
			segmentValues(leaf.reader()).byField().forEach((field, values) -> values.forEach((value, holders) -> {
				long n = holders.countIn(segment);
				if (n > 0) {
					counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum);
				}
			}));
		}
		return new Counts(total, ordered(counts));
	}

	/** Fields in the configured order; values by count, largest first, then by value; at most the configured number. */
	private Map<String, Map<String, Long>> ordered(Map<String, Map<String, Long>> counts) {
		Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
		for (String field : fields) {
			Map<String, Long> values = new LinkedHashMap<>();
			counts.getOrDefault(field, Map.of()).entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(maxValuesPerField)
				.forEach(e -> values.put(e.getKey(), e.getValue()));
			ordered.put(field, values);
		}
		return ordered;
	}

	private SegmentValues segmentValues(LeafReader reader) {
		IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
		if (cache == null) {
			return read(reader);
		}
		return segments.computeIfAbsent(cache.getKey(), key -> {
			cache.addClosedListener(segments::remove);
			return read(reader);
		});
	}

	/** Reads every facet value of a segment from the doc values, with the documents that hold it. */
	private SegmentValues read(LeafReader reader) {
		try {
			Map<String, Map<String, Holders>> byField = new HashMap<>();
			for (String field : fields) {
				FieldInfo info = reader.getFieldInfos().fieldInfo(field);
				if (info == null) {
					continue;
				}
				DocValuesType type = info.getDocValuesType();
				if (type == DocValuesType.SORTED_SET || type == DocValuesType.SORTED) {
					byField.put(field, textValues(DocValues.getSortedSet(reader, field), reader.maxDoc()));
				}
				else if (type == DocValuesType.SORTED_NUMERIC || type == DocValuesType.NUMERIC) {
					byField.put(field, numericValues(DocValues.getSortedNumeric(reader, field), reader.maxDoc()));
				}
			}
			return new SegmentValues(byField);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Holders> textValues(SortedSetDocValues values, int maxDoc) throws IOException {
		List<DocList> byOrdinal = new ArrayList<>();
		for (long ord = 0; ord < values.getValueCount(); ord++) {
			byOrdinal.add(new DocList());
		}
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			for (int i = 0; i < values.docValueCount(); i++) {
				byOrdinal.get((int) values.nextOrd()).add(doc);
			}
		}
		Map<String, Holders> byValue = new HashMap<>();
		for (int ord = 0; ord < byOrdinal.size(); ord++) {
			byValue.put(values.lookupOrd(ord).utf8ToString(), byOrdinal.get(ord).holders(maxDoc));
		}
		return byValue;
	}

	private static Map<String, Holders> numericValues(SortedNumericDocValues values, int maxDoc) throws IOException {
		Map<Long, DocList> byNumber = new TreeMap<>();
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			for (int i = 0; i < values.docValueCount(); i++) {
				byNumber.computeIfAbsent(values.nextValue(), v -> new DocList()).add(doc);
			}
		}
		Map<String, Holders> byValue = new HashMap<>();
		byNumber.forEach((number, docs) -> byValue.put(Long.toString(number), docs.holders(maxDoc)));
		return byValue;
	}

	/** Collects the live matches of a search, one bit set per segment (indexed by the segment's ordinal). */
	private static final class MatchesCollector extends SimpleCollector {

		private final FixedBitSet[] matches;

		private FixedBitSet current;

		MatchesCollector(int segments) {
			this.matches = new FixedBitSet[segments];
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			current = new FixedBitSet(context.reader().maxDoc());
			matches[context.ord] = current;
		}

		@Override
		public void collect(int doc) {
			current.set(doc);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}
	}

	private record MatchesCollectorManager(List<LeafReaderContext> leaves)
			implements CollectorManager<MatchesCollector, FixedBitSet[]> {

		@Override
		public MatchesCollector newCollector() {
			return new MatchesCollector(leaves.size());
		}

		@Override
		public FixedBitSet[] reduce(Collection<MatchesCollector> collectors) {
			FixedBitSet[] all = new FixedBitSet[leaves.size()];
			for (MatchesCollector collector : collectors) {
				for (int i = 0; i < all.length; i++) {
					if (collector.matches[i] != null) {
						all[i] = collector.matches[i];
					}
				}
			}
			return all;
		}
	}

	/**
	 * Matches the page's documents; makes the pass when Lucene prepares it for a search. Equal only to itself, so that
	 * Lucene's query cache never serves one search's page to another.
	 */
	private static final class PageQuery extends Query {

		private final Pass pass;

		PageQuery(Pass pass) {
			this.pass = pass;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
			FixedBitSet[] page = pass.run(searcher).page();
			return new ConstantScoreWeight(this, boost) {

				@Override
				public Scorer scorer(LeafReaderContext context) {
					FixedBitSet segment = context.ord < page.length ? page[context.ord] : null;
					if (segment == null) {
						return null;
					}
					return new ConstantScoreScorer(this, score(), scoreMode,
							new BitSetIterator(segment, segment.cardinality()));
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false;
				}
			};
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public String toString(String field) {
			return "page(" + pass.condition.toString(field) + ")";
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}
}
