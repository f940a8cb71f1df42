package dk.kulturpuls.outcomes;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The programme-level analysis over 1,000,000 measurements of 100,000 participants in 200 projects on the embedded
 * PostgreSQL, against the bare SQL aggregate (count and mean change of the complete pairs) in the same run: one
 * aggregating query (joint distribution and per-project moments) and {@link OutcomeAnalysis#assemble}: flow, paired
 * t-test, Wilcoxon, dz, d_av, shares, baseline comparison and distributions — the project analysis's worst case, one
 * project as large as the whole programme. The seeded database is kept in
 * {@code target/outcomes-benchmark-pg} so that the second fork does not seed again. Run (figures in
 * docs/benchmarks.md):
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:exec -Dexec.executable="$JAVA_HOME/bin/java" -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath dk.kulturpuls.outcomes.OutcomesAnalysisBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class OutcomesAnalysisBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("outcomes.benchmark.participants", 100_000);
	static final int PROJECTS = 200;
	static final Path DATA = Path.of("target", "outcomes-benchmark-pg");

	EmbeddedPostgres server;
	AnalysisQueries queries;
	Instrument who5;

	@Setup(Level.Trial)
	public void setUp() throws IOException, SQLException {
		server = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC").start();
		DataSource dataSource = server.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/outcomes")
			.table("flyway_schema_history_outcomes").load().migrate();
		InstrumentCatalogue catalogue = new InstrumentCatalogue();
		try (Connection connection = dataSource.getConnection()) {
			long existing = BenchmarkSeed.existing(connection);
			if (existing != PARTICIPANTS) {
				try (Statement s = connection.createStatement()) {
					s.execute("truncate outcomes_score, outcomes_link, outcomes_participant");
				}
				List<UUID> projects = new ArrayList<>();
				for (int i = 0; i < PROJECTS; i++) {
					projects.add(UUID.nameUUIDFromBytes(("benchmark-project-" + i).getBytes()));
				}
				long start = System.nanoTime();
				long rows = BenchmarkSeed.seed(connection, catalogue, PARTICIPANTS, projects, 0.42);
				System.out.printf("seeded %,d measurements of %,d participants in %d s%n", rows, PARTICIPANTS,
						TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
			}
			try (Statement s = connection.createStatement()) {
				s.execute("vacuum analyze outcomes_score");
			}
		}
		queries = new AnalysisQueries(JdbcClient.create(dataSource));
		who5 = catalogue.current("WHO-5").orElseThrow();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		server.close();
	}

	@Benchmark
	public OutcomeAnalysis.Result programmeAnalysis() {
		AnalysisQueries.Data data = queries.load("WHO-5", TimePoint.END, null);
		return OutcomeAnalysis.assemble(who5, TimePoint.END, data, who5.clinicallyRelevantChange(), List.of());
	}

	@Benchmark
	public double[] bareSqlAggregate() {
		return queries.bareMeanChange("WHO-5", TimePoint.END);
	}

	/** Runs both benchmarks and prints their percentiles and the ratio of the analysis to the bare aggregate. */
	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(new OptionsBuilder()
			.include(OutcomesAnalysisBenchmark.class.getSimpleName()).build()).run();
		double analysis = Double.NaN;
		double bare = Double.NaN;
		for (RunResult result : results) {
			var statistics = result.getPrimaryResult().getStatistics();
			String name = result.getParams().getBenchmark();
			System.out.printf("%s: n=%d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
					statistics.getN(), statistics.getPercentile(50), statistics.getPercentile(95),
					statistics.getPercentile(99), statistics.getMax());
			if (name.endsWith("programmeAnalysis")) {
				analysis = statistics.getPercentile(95);
			}
			else {
				bare = statistics.getPercentile(95);
			}
		}
		System.out.printf("p95 analysis / p95 bare SQL aggregate = %.2f%n", analysis / bare);
	}
}
