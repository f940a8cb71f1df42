package dk.kulturpuls.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The faceted search's pass on a small Lucene index of its own: counts of text and number values, several values
 * per document, the page the search shows, replaced documents not counted, and the per-segment values dropped with
 * their segment.
 */
class FacetedSearchTests {

	final FacetedSearch counter = new FacetedSearch(List.of("kind", "municipality", "year"), 2);

	static final Sort BY_ID = new Sort(new SortField("id", SortField.Type.STRING));

	static Document publication(String id, String words, String kind, int year, String... municipalities) {
		Document document = new Document();
		document.add(new StringField("id", id, Field.Store.NO));
		document.add(new SortedDocValuesField("id", new BytesRef(id)));
		document.add(new TextField("text", words, Field.Store.NO));
		document.add(new StringField("kind", kind, Field.Store.NO));
		document.add(new SortedSetDocValuesField("kind", new BytesRef(kind)));
		for (String municipality : municipalities) {
			document.add(new SortedSetDocValuesField("municipality", new BytesRef(municipality)));
		}
		document.add(new IntPoint("year", year));
		document.add(new SortedNumericDocValuesField("year", year));
		return document;
	}

	/**
	 * Searches like the knowledge base does: the condition, and the pass's filter beside it; checks that the search
	 * shows exactly the page the pass picked, and returns the counts.
	 */
	FacetedSearch.Counts search(IndexSearcher searcher, Query condition, int expectedHits) throws IOException {
		return search(searcher, condition, 0, 100, expectedHits);
	}

	FacetedSearch.Counts search(IndexSearcher searcher, Query condition, int offset, int size, int expectedHits)
			throws IOException {
		FacetedSearch.Pass pass = counter.pass(condition, offset, size);
		pass.sortBy(BY_ID);
		TopDocs page = searcher.search(new BooleanQuery.Builder().add(condition, BooleanClause.Occur.MUST)
			.add(pass.filter(), BooleanClause.Occur.FILTER)
			.build(), 100, BY_ID);
		TopDocs expected = searcher.search(condition, 100, BY_ID);
		assertThat(expected.totalHits.value).isEqualTo(expectedHits);
		assertThat(pass.counts().total()).isEqualTo(expectedHits);
		List<Integer> expectedPage = Arrays.stream(expected.scoreDocs).skip(offset).limit(size).map(d -> d.doc).toList();
		assertThat(Arrays.stream(page.scoreDocs).map(d -> d.doc).toList()).isEqualTo(expectedPage);
		return pass.counts();
	}

	@Test
	void countsTheValuesOfTheMatchesOnly() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.addDocument(publication("1", "kor og trivsel", "REPORT", 2024, "0851", "0840"));
			writer.addDocument(publication("2", "kor for ældre", "REPORT", 2025, "0851"));
			writer.commit();
			// a second segment
			writer.addDocument(publication("3", "kor på hospitalet", "GUIDE", 2025, "0860"));
			writer.addDocument(publication("4", "maleri", "GUIDE", 2023, "0851"));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(reader.leaves()).hasSize(2);

				FacetedSearch.Counts kor = search(searcher, new TermQuery(new Term("text", "kor")), 3);
				assertThat(kor.byField().get("kind")).containsExactly(entry("REPORT", 2L), entry("GUIDE", 1L));
				// a document with two municipalities counts once in each; at most two values, largest first
				assertThat(kor.byField().get("municipality")).containsExactly(entry("0851", 2L), entry("0840", 1L));
				assertThat(kor.byField().get("year")).containsExactly(entry("2025", 2L), entry("2024", 1L));

				Query guidesIn2025 = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
					.add(new TermQuery(new Term("kind", "GUIDE")), BooleanClause.Occur.FILTER)
					.add(IntPoint.newExactQuery("year", 2025), BooleanClause.Occur.FILTER)
					.build();
				FacetedSearch.Counts guides = search(searcher, guidesIn2025, 1);
				assertThat(guides.byField().get("municipality")).containsExactly(entry("0860", 1L));

				// the second page of two
				search(searcher, new TermQuery(new Term("text", "kor")), 2, 2, 3);

				FacetedSearch.Counts none = search(searcher, new TermQuery(new Term("text", "dans")), 0);
				assertThat(none.byField().get("kind")).isEmpty();
			}
		}
	}

	@Test
	void countsRareAndCommonValuesAlike() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			// 200 documents: one kind on every other one (kept as a bit set), and a municipality of its own on each
			// (kept as lists of document numbers)
			for (int i = 0; i < 200; i++) {
				writer.addDocument(publication(String.valueOf(i), i % 2 == 0 ? "kor" : "dans", i % 2 == 0 ? "REPORT"
						: "GUIDE", 2020, "%04d".formatted(i)));
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				FacetedSearch.Counts kor = search(new IndexSearcher(reader), new TermQuery(new Term("text", "kor")), 100);
				assertThat(kor.byField().get("kind")).containsExactly(entry("REPORT", 100L));
				// every even municipality once; at most two shown, by count and then by value
				assertThat(kor.byField().get("municipality")).containsExactly(entry("0000", 1L), entry("0002", 1L));
				assertThat(kor.byField().get("year")).containsExactly(entry("2020", 100L));
			}
		}
	}

	@Test
	void aReplacedPublicationCountsWithItsNewValuesOnlyAndClosedSegmentsAreForgotten() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.addDocument(publication("1", "kor", "REPORT", 2024, "0851"));
			writer.addDocument(publication("2", "kor", "REPORT", 2024, "0851"));
			writer.commit();
			DirectoryReader before = DirectoryReader.open(writer);
			assertThat(search(new IndexSearcher(before), new TermQuery(new Term("text", "kor")), 2).byField()
				.get("kind")).containsExactly(entry("REPORT", 2L));
			assertThat(counter.cachedSegments()).isEqualTo(1);

			writer.updateDocument(new Term("id", "2"), publication("2", "kor", "GUIDE", 2025, "0860"));
			try (DirectoryReader after = DirectoryReader.openIfChanged(before, writer)) {
				FacetedSearch.Counts counts = search(new IndexSearcher(after), new TermQuery(new Term("text", "kor")), 2);
				assertThat(counts.byField().get("kind")).containsExactly(entry("GUIDE", 1L), entry("REPORT", 1L));
				assertThat(counts.byField().get("municipality")).containsExactly(entry("0851", 1L), entry("0860", 1L));
				before.close();
				writer.forceMerge(1);
			}
			try (DirectoryReader merged = DirectoryReader.open(writer)) {
				search(new IndexSearcher(merged), new TermQuery(new Term("text", "kor")), 2);
			}
			assertThat(counter.cachedSegments()).isPositive();
		}
		// the writer and every reader are closed, and with them every segment
		assertThat(counter.cachedSegments()).isZero();
	}
}
