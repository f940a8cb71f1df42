package dk.kulturpuls.knowledge;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The Danish analyzer of the knowledge base: standard tokenizer, lower case, the Snowball Danish stop words and
 * the Snowball Danish stemmer, so that "kommunerne", "kommuner" and "kommune" meet. Configured by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class DanishAnalysis implements LuceneAnalysisConfigurer {

	static final String DANISH = "danish";

	static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(DANISH).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
				.param("words", "org/apache/lucene/analysis/snowball/danish_stop.txt")
				.param("format", "snowball")
				.param("ignoreCase", "true")
			.tokenFilter(SnowballPorterFilterFactory.class)
				.param("language", "Danish");
		context.normalizer(SORT).custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}
}
