package dk.kulturpuls.outcomes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * Load-test data for a running platform (profile {@code benchmark}, never in production): 1,000,000 measurements of
 * 100,000 participants over the existing projects (see {@link BenchmarkSeed}), seeded once, and at every start a
 * file of fresh one-time WHO-5 links that the load test opens ({@code load-tests/}, docs/benchmarks.md).
 */
@Component("outcomesBenchmarkData")
@Profile("benchmark")
@Order(60)
class BenchmarkData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Projects projects;
	private final MeasurementPlans plans;
	private final Participants participants;
	private final InstrumentCatalogue instruments;
	private final int size;
	private final int links;
	private final Path linksFile;

	BenchmarkData(DataSource dataSource, JdbcClient jdbc, Projects projects, MeasurementPlans plans,
			Participants participants, InstrumentCatalogue instruments,
			@Value("${kulturpuls.outcomes.benchmark.participants:100000}") int size,
			@Value("${kulturpuls.outcomes.benchmark.links:2000}") int links,
			@Value("${kulturpuls.outcomes.benchmark.links-file:target/outcomes-benchmark-links.csv}") Path linksFile) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.projects = projects;
		this.plans = plans;
		this.participants = participants;
		this.instruments = instruments;
		this.size = size;
		this.links = links;
		this.linksFile = linksFile;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException, IOException {
		List<ProjectView> all = projects.all();
		List<UUID> ids = new ArrayList<>(all.stream().map(p -> p.id().value()).toList());
		if (ids.isEmpty()) {
			for (int i = 0; i < 20; i++) {
				ids.add(projects.register(new Projects.NewProject("Benchmark " + i, "Load-test data.", "Benchmark",
						"benchmark", Set.of(), Set.of(), LocalDate.of(2025, 1, 1), null, false, Set.of())).value());
			}
		}
		List<MeasurementPlans.Entry> plan = List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.FOLLOW_UP, 6));
		ids.forEach(id -> plans.ensure(new ProjectId(id), plan));
		try (Connection connection = dataSource.getConnection()) {
			if (BenchmarkSeed.existing(connection) == 0) {
				long start = System.nanoTime();
				long rows = BenchmarkSeed.seed(connection, instruments, size, ids, 0.42);
				log.info("Benchmark data: {} measurements of {} participants in {} s", rows, size,
						(System.nanoTime() - start) / 1_000_000_000);
			}
		}
		List<UUID> respondents = jdbc.sql("""
				select id from outcomes_participant where code like 'BM-%' and withdrawn_at is null order by code limit :n""")
			.param("n", links).query(UUID.class).list();
		List<String> lines = new ArrayList<>(List.of("token"));
		for (UUID respondent : respondents) {
			lines.add(participants.issueLink(respondent, "WHO-5", TimePoint.BASELINE));
		}
		Files.createDirectories(linksFile.toAbsolutePath().getParent());
		Files.write(linksFile, lines);
		log.info("Benchmark data: {} open one-time links written to {}", respondents.size(), linksFile.toAbsolutePath());
	}
}
