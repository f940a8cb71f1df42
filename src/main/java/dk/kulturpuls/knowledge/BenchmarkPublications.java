package dk.kulturpuls.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Benchmark data (profile "benchmark" only, never in production): 100,000 publications of generated Danish text
 * with metadata, inserted with JDBC batches and then indexed with Hibernate Search's mass indexer. Titles start
 * with "Benchmark" so that they are recognised; idempotent (tops up to the target).
 */
@Component
@Profile("benchmark")
@Order(40)
class BenchmarkPublications implements ApplicationRunner {

	static final int TARGET = 100_000;

	private static final Logger log = LoggerFactory.getLogger(BenchmarkPublications.class);

	private static final String[] WORDS = ("kommune kommuner kommunerne borger borgere borgerne kultur kulturen "
			+ "sundhed sundheden trivsel trivslen musik musikken kor koret sang sangen maleri billedkunst kunstner "
			+ "kunstnere kunstnerne museum museet bibliotek biblioteket forløb forløbet deltager deltagere "
			+ "deltagerne ensomhed ensomheden fællesskab fællesskabet ældre unge børn patient patienter "
			+ "hospital hospitalet plejehjem plejehjemmet demens depression angst stress evaluering evalueringen "
			+ "rapport rapporten erfaring erfaringer resultat resultater måling målinger spørgeskema skrivning "
			+ "teater teatret dans dansen natur naturen vandring fortælling lærer elever gymnasium region "
			+ "regionen samarbejde samarbejdet partner partnere frivillige forening foreningen indsats indsatsen "
			+ "projekt projektet metode metoden viden vidensdeling anbefaling anbefalinger effekt effekten")
		.split(" ");

	private static final String[] KINDS = { "PROJECT_REPORT", "EVALUATION", "RESEARCH", "GUIDE" };
	private static final String[] OFFER_TYPES = { "vulnerable-citizens", "health-promoting-courses", "youth-education",
			"digital" };
	private static final String[] TARGET_GROUPS = { "children", "young-people", "youth-education-students",
			"vulnerable-groups", "hospital-patients", "elderly", "mental-health" };
	private static final String[] MUNICIPALITIES = { "0773", "0787", "0810", "0813", "0820", "0825", "0840", "0846",
			"0849", "0851", "0860", "0101", "0751", "0461", "0561" };
	private static final String[] ART_FORMS = { "MUSIC", "VISUAL_ART", "LITERATURE", "PERFORMING_ARTS", "FILM",
			"CRAFTS", "HERITAGE", "NATURE_CULTURE" };

	private final JdbcTemplate jdbc;
	private final EntityManagerFactory entityManagerFactory;

	BenchmarkPublications(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Integer existing = jdbc.queryForObject(
				"select count(*) from knowledge_publication where title like 'Benchmark %'", Integer.class);
		int missing = TARGET - (existing == null ? 0 : existing);
		if (missing <= 0) {
			return;
		}
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(42 + existing);
		int batch = 1_000;
		for (int done = 0; done < missing; done += batch) {
			int size = Math.min(batch, missing - done);
			List<Object[]> rows = new ArrayList<>(size);
			List<Object[]> groups = new ArrayList<>();
			List<Object[]> places = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				UUID id = UUID.randomUUID();
				int n = existing + done + i;
				rows.add(new Object[] { id, "Benchmark " + n + " " + words(random, 5), sentence(random, 30),
						KINDS[random.nextInt(KINDS.length)], OFFER_TYPES[random.nextInt(OFFER_TYPES.length)],
						ART_FORMS[random.nextInt(ART_FORMS.length)], 2015 + random.nextInt(12),
						random.nextInt(10) != 0, sentence(random, 250),
						Timestamp.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n * 60L)) });
				groups.add(new Object[] { id, TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)] });
				String first = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
				places.add(new Object[] { id, first });
				String second = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
				if (!second.equals(first)) {
					places.add(new Object[] { id, second });
				}
			}
			jdbc.batchUpdate("""
					insert into knowledge_publication (id, title, summary, kind, offer_type, art_form,
					    publication_year, publicly_visible, extracted_text, published_at, published_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark')
					""", rows);
			jdbc.batchUpdate("insert into knowledge_publication_target_group (publication_id, target_group) values (?, ?)",
					groups);
			jdbc.batchUpdate(
					"insert into knowledge_publication_municipality (publication_id, municipality_code) values (?, ?)",
					places);
		}
		log.info("Inserted {} benchmark publications in {} ms; indexing", missing, (System.nanoTime() - started) / 1_000_000);
		started = System.nanoTime();
		Search.mapping(entityManagerFactory).scope(Publication.class).massIndexer().threadsToLoadObjects(2)
			.batchSizeToLoadObjects(500).startAndWait();
		log.info("Indexed the knowledge base in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static String words(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static String sentence(SplittableRandom random, int count) {
		String text = words(random, count);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}
}
