package dk.kulturpuls.grants;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The officer's follow-up table over 20,000 grants with 100,000 obligations on the embedded PostgreSQL: the first
 * page (25 rows and the total) unfiltered and with the table's filters in turn (pool, call, municipality, status,
 * overdue, two together), against the bare SQL of the unfiltered page (the same count and page query through plain
 * JDBC, rows read and dropped) in the same run. The seeded database is kept in {@code target/grants-benchmark-pg}.
 * Run (figures in docs/benchmarks.md):
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * ./mvnw -q -o exec:exec -Dexec.executable="$JAVA_HOME/bin/java" -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath dk.kulturpuls.grants.FollowUpBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class FollowUpBenchmark {

	static final int GRANTS = 20_000;
	static final Path DATA = Path.of("target", "grants-benchmark-pg");
	static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
	static final List<String> MUNICIPALITIES = List.of("0851", "0813", "0860", "0849", "0825", "0846", "0820",
			"0810", "0787", "0773", "0840");
	static final UUID POOL = md5("benchmark-pool-0");
	static final UUID CALL = md5("benchmark-call-3");

	/** As PostgreSQL's {@code md5(text)::uuid}. */
	static UUID md5(String text) {
		try {
			String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The bare unfiltered first page: the count and the page, as {@link FollowUp} sends them. */
	static final String BARE_COUNT = """
			select count(*) from grants_obligation o join grants_grant g on g.id = o.grant_id
			where o.status <> 'CANCELLED'""";
	static final String BARE_PAGE = """
			select o.id, o.grant_id, o.kind, o.number, o.due_date, o.status, o.accounts_tier, o.done_at,
			  g.title, g.organisation, g.pool_id, g.status
			from grants_obligation o join grants_grant g on g.id = o.grant_id where o.status <> 'CANCELLED'
			order by case when o.status in ('OPEN', 'CHANGES_REQUESTED') and o.due_date < ? then 0 else 1 end,
			  o.due_date, g.title, o.kind, o.number, o.id
			limit 25 offset 0""";

	EmbeddedPostgres server;
	DataSource dataSource;
	FollowUp followUp;
	List<FollowUp.Filter> filters;
	final AtomicInteger next = new AtomicInteger();

	@Setup(Level.Trial)
	public void setUp() throws IOException, SQLException {
		server = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC").start();
		dataSource = server.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/grants")
			.table("flyway_schema_history_grants").load().migrate();
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
			ResultSet count = s.executeQuery("select count(*) from grants_grant");
			count.next();
			if (count.getLong(1) != GRANTS) {
				long start = System.nanoTime();
				seed(s);
				System.out.printf("seeded %,d grants with %,d obligations in %d s%n", GRANTS, GRANTS * 5,
						TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
			}
			s.execute("vacuum analyze grants_grant");
			s.execute("vacuum analyze grants_obligation");
		}
		followUp = new FollowUp(JdbcClient.create(dataSource), Clock.fixed(TODAY.atStartOfDay().toInstant(
				ZoneOffset.UTC), ZoneOffset.UTC));
		filters = List.of(new FollowUp.Filter(POOL, null, null, null), new FollowUp.Filter(null, CALL, null, null),
				new FollowUp.Filter(null, null, "0851", null), new FollowUp.Filter(null, null, null, "OVERDUE"),
				new FollowUp.Filter(null, null, null, "SUBMITTED"), new FollowUp.Filter(POOL, null, "0813", "OPEN"),
				new FollowUp.Filter(null, CALL, null, "OVERDUE"));
	}

	/** 20,000 grants in 2 pools and 10 calls over 11 municipalities, five obligations each, seeded in SQL. */
	static void seed(Statement s) throws SQLException {
		s.execute("truncate grants_grant cascade");
		s.execute("select setseed(0.42)");
		StringBuilder municipalities = new StringBuilder("array[");
		for (int i = 0; i < MUNICIPALITIES.size(); i++) {
			municipalities.append(i == 0 ? "" : ",").append('\'').append(MUNICIPALITIES.get(i)).append('\'');
		}
		municipalities.append(']');
		s.execute("""
				insert into grants_grant (id, application_id, title, organisation, amount_ore, start_date, end_date,
				  award_year, municipalities, awarded_at, pool_id, call_id, grantee, status, accept_by)
				select md5('grant-' || n)::uuid, md5('application-' || n)::uuid, 'Benchmark-bevilling ' || n,
				  'Forening ' || (n % 2000), (20000 + (n % 400) * 1000) * 100, date '2026-02-01' + (n % 300),
				  date '2027-01-31' + (n % 300), 2026,
				  (MUNIS)[1 + n % 11] || case when n % 3 = 0 then ',' || (MUNIS)[1 + (n + 5) % 11] else '' end,
				  now(), md5('benchmark-pool-' || (n % 2))::uuid, md5('benchmark-call-' || (n % 10))::uuid,
				  'bench' || n, case when n % 50 = 0 then 'OFFERED' else 'ACTIVE' end, date '2026-03-01' + (n % 300)
				from generate_series(1, COUNT) n""".replace("MUNIS", municipalities).replace("COUNT",
				String.valueOf(GRANTS)));
		s.execute("""
				insert into grants_obligation (id, grant_id, kind, number, due_date, status, accounts_tier)
				select gen_random_uuid(), g.id, k.kind, k.number, g.start_date + k.offset_days,
				  case when k.kind = 'ACCEPTANCE' then 'APPROVED'
				       when random() < 0.15 then 'SUBMITTED' when random() < 0.3 then 'APPROVED'
				       when random() < 0.05 then 'CHANGES_REQUESTED' else 'OPEN' end,
				  case when k.kind = 'ACCOUNTS' then 'SWORN_STATEMENT' end
				from grants_grant g cross join (values ('ACCEPTANCE', 1, 30), ('STATUS_REPORT', 1, 180),
				  ('STATUS_REPORT', 2, 360), ('FINAL_REPORT', 1, 450), ('ACCOUNTS', 1, 450))
				  as k(kind, number, offset_days)""");
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		server.close();
	}

	@Benchmark
	public FollowUp.Page followUpFirstPage() {
		return followUp.page(FollowUp.Filter.of(null, null), 0);
	}

	@Benchmark
	public FollowUp.Page followUpFirstPageFiltered() {
		return followUp.page(filters.get(Math.floorMod(next.getAndIncrement(), filters.size())), 0);
	}

	@Benchmark
	public long bareSqlFirstPage() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			long total;
			try (PreparedStatement count = connection.prepareStatement(BARE_COUNT);
					ResultSet rs = count.executeQuery()) {
				rs.next();
				total = rs.getLong(1);
			}
			try (PreparedStatement page = connection.prepareStatement(BARE_PAGE)) {
				page.setDate(1, Date.valueOf(TODAY));
				try (ResultSet rs = page.executeQuery()) {
					while (rs.next()) {
						total += rs.getInt(4);
					}
				}
			}
			return total;
		}
	}

	/** Runs the benchmarks and prints their percentiles and the ratio of the unfiltered page to its bare SQL. */
	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(new OptionsBuilder()
			.include(FollowUpBenchmark.class.getSimpleName()).build()).run();
		double page = Double.NaN;
		double bare = Double.NaN;
		for (RunResult result : results) {
			var statistics = result.getPrimaryResult().getStatistics();
			String name = result.getParams().getBenchmark();
			System.out.printf("%s: n=%d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
					statistics.getN(), statistics.getPercentile(50), statistics.getPercentile(95),
					statistics.getPercentile(99), statistics.getMax());
			if (name.endsWith("followUpFirstPage")) {
				page = statistics.getPercentile(95);
			}
			else if (name.endsWith("bareSqlFirstPage")) {
				bare = statistics.getPercentile(95);
			}
		}
		System.out.printf("p95 follow-up first page / p95 bare SQL = %.2f%n", page / bare);
	}
}
