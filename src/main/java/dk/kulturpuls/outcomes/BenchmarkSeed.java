package dk.kulturpuls.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Large, repeatable benchmark data made inside PostgreSQL with generate_series: per participant ten measurements
 * (WHO-5, SWEMWBS and UCLA-3 at baseline, end and follow-up, and WEMWBS at baseline), so 100,000 participants give
 * 1,000,000 measurements. One in five does not complete WHO-5 at the end (their tenth measurement is WEMWBS at
 * the end instead). WHO-5 is shaped like the Danish culture-on-prescription results (raw about 9.5 before, +5 after);
 * every score is computed from item answers by the instrument's own rule (SWEMWBS through its Rasch table). Only
 * for benchmarks: the participants are flagged demo and their codes start with BM-.
 */
final class BenchmarkSeed {

	private BenchmarkSeed() {
	}

	/** Whether benchmark participants exist already. */
	static long existing(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				var rs = s.executeQuery("select count(*) from outcomes_participant where code like 'BM-%'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Seeds {@code participants} participants spread over the given projects, in one transaction.
	 *
	 * @return the number of measurements stored
	 */
	static long seed(Connection connection, InstrumentCatalogue instruments, int participants, List<UUID> projects,
			double randomSeed) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement s = connection.createStatement()) {
			s.execute("select setseed(" + randomSeed + ")");
			s.execute("create temp table bm_swemwbs (raw int primary key, metric numeric(6, 2)) on commit drop");
			Map<Integer, Double> table = instruments.current("SWEMWBS").orElseThrow().conversionTable();
			s.execute("insert into bm_swemwbs values " + table.entrySet().stream()
				.map(e -> "(" + e.getKey() + ", " + e.getValue() + ")").collect(Collectors.joining(", ")));
			try (PreparedStatement base = connection.prepareStatement("""
					create temp table bm_base on commit drop as
					select g, ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid as pid,
					  (?::uuid[])[1 + (g % ?)] as project,
					  random() < 0.8 as completer,
					  sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z1,
					  sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z2,
					  sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z3,
					  sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z4,
					  sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z5
					from generate_series(1, ?) g""")) {
				base.setArray(1, connection.createArrayOf("uuid", projects.toArray()));
				base.setInt(2, projects.size());
				base.setInt(3, participants);
				base.execute();
			}
			s.execute("""
					insert into outcomes_participant (id, project_id, code, consent_version, consented_at, demo)
					select pid, project, 'BM-' || lpad(g::text, 8, '0'), 'samtykke-v1', now(), true from bm_base""");
			long rows = 0;
			// raw totals per instrument and time point, clamped to the scale
			rows += insert(s, "WHO-5", "BASELINE", "round(9.5 + 3.5 * z1)", 5, 0, 5, "raw * 4", "true");
			rows += insert(s, "WHO-5", "END", "round(14.5 + 3.5 * z1 + 3 * z2)", 5, 0, 5, "raw * 4", "completer");
			rows += insert(s, "WHO-5", "FOLLOW_UP", "round(13 + 3.5 * z1 + 3.5 * z3)", 5, 0, 5, "raw * 4", "true");
			String swemwbs = "(select metric from bm_swemwbs t where t.raw = x.raw)";
			rows += insert(s, "SWEMWBS", "BASELINE", "round(19 + 4 * z4)", 7, 1, 5, swemwbs, "true");
			rows += insert(s, "SWEMWBS", "END", "round(21 + 4 * z4 + 2 * z2)", 7, 1, 5, swemwbs, "true");
			rows += insert(s, "SWEMWBS", "FOLLOW_UP", "round(20.5 + 4 * z4 + 2 * z3)", 7, 1, 5, swemwbs, "true");
			rows += insert(s, "UCLA-3", "BASELINE", "round(6.5 + 1.5 * z5)", 3, 1, 3, "raw", "true");
			rows += insert(s, "UCLA-3", "END", "round(5.8 + 1.5 * z5 + z2)", 3, 1, 3, "raw", "true");
			rows += insert(s, "UCLA-3", "FOLLOW_UP", "round(6 + 1.5 * z5 + z3)", 3, 1, 3, "raw", "true");
			rows += insert(s, "WEMWBS", "BASELINE", "round(44 + 8 * z4)", 14, 1, 5, "raw", "true");
			rows += insert(s, "WEMWBS", "END", "round(48 + 8 * z4 + 4 * z2)", 14, 1, 5, "raw", "not completer");
			connection.commit();
			connection.setAutoCommit(true);
			// the visibility map lets the analysis read the scores from the index alone
			s.execute("vacuum analyze outcomes_participant");
			s.execute("vacuum analyze outcomes_score");
			return rows;
		}
		catch (SQLException | RuntimeException e) {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			throw e;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** Inserts one instrument and time point; the item answers spread the raw total evenly over the items. */
	private static long insert(Statement s, String instrument, String timePoint, String rawExpression, int items,
			int min, int max, String scoreExpression, String condition) throws SQLException {
		return s.executeUpdate("""
				insert into outcomes_score (id, participant_id, project_id, instrument, instrument_version, time_point,
				  answers, raw, score, source, recorded_at)
				select gen_random_uuid(), pid, project, '%1$s', 1, '%2$s',
				  (select string_agg((%6$d + (x.raw - %4$d * %6$d) / %4$d
				     + case when i <= (x.raw - %4$d * %6$d) %% %4$d then 1 else 0 end)::text, ',' order by i)
				   from generate_series(1, %4$d) i),
				  x.raw, %5$s, 'benchmark', now()
				from (select pid, project, completer, greatest(%4$d * %6$d, least(%4$d * %7$d, (%3$s)::int)) as raw from bm_base) x
				where %8$s""".formatted(instrument, timePoint, rawExpression, items, scoreExpression, min, max,
				condition));
	}
}
