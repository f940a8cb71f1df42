package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistical SQL behind the analysis. PostgreSQL aggregates one pass over the instrument's scores (an index-only
 * scan of {@code outcomes_score_analysis_idx}, ordered by project and participant, no join): the joint distribution of (baseline, after) scores and, in the same pass (grouping
 * sets), each project's count, mean and SD of the change. Scores take few distinct values (WHO-5 moves in steps of 4), so the joint distribution is small
 * whatever the number of participants, and the exact statistics (t-test, Wilcoxon) are computed from it.
 */
@Component
class AnalysisQueries {

	private final JdbcClient jdbc;

	AnalysisQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A cell of the joint distribution; a missing measurement is NaN.
	 *
	 * @param withdrawn the participant has withdrawn consent (and so has no answers)
	 */
	record Joint(boolean withdrawn, double before, double after, long n) {
	}

	/** A project's complete pairs: their number, and the mean and SD of the change (NaN when undefined). */
	record ProjectMoments(UUID projectId, long pairs, double meanChange, double sdChange) {
	}

	record Data(List<Joint> joint, List<ProjectMoments> projects) {
	}

	/** One participant's complete pair, for the project's own slope plot. */
	public record IndividualPair(String code, double before, double after) {
	}

	/**
	 * @param projects the projects in scope; null for the whole programme
	 */
	Data load(String instrument, TimePoint after, Collection<UUID> projects) {
		if (projects != null && projects.isEmpty()) {
			return new Data(List.of(), List.of());
		}
		String scores = projects == null ? "" : "and s.project_id in (:projects)";
		String participants = projects == null ? "" : "where p.project_id in (:projects)";
		// one pass over the covering index, per participant, then both groupings of the same rows: no join
		var spec = jdbc.sql("""
				select grouping(m.project_id) = 0 as per_project, m.project_id, m.before, m.after, count(*) as n,
				  count(m.after - m.before) as pairs, avg(m.after - m.before) as mean_change,
				  stddev_samp(m.after - m.before) as sd_change
				from (
				  select s.project_id,
				    (max(s.score) filter (where s.time_point = 'BASELINE'))::float8 as before,
				    (max(s.score) filter (where s.time_point = :after))::float8 as after
				  from outcomes_score s
				  where s.instrument = :i and s.time_point in ('BASELINE', :after) %s
				  group by s.project_id, s.participant_id) m
				group by grouping sets ((m.before, m.after), (m.project_id))""".formatted(scores))
			.param("i", instrument).param("after", after.name());
		var enrolledSpec = jdbc.sql("""
				select count(*), count(*) filter (where p.withdrawn_at is not null) from outcomes_participant p %s"""
			.formatted(participants));
		if (projects != null) {
			spec = spec.param("projects", List.copyOf(projects));
			enrolledSpec = enrolledSpec.param("projects", List.copyOf(projects));
		}
		List<Joint> joint = new ArrayList<>();
		List<ProjectMoments> moments = new ArrayList<>();
		spec.query(rs -> {
			if (rs.getBoolean("per_project")) {
				long pairs = rs.getLong("pairs");
				if (pairs > 0) {
					double sd = rs.getDouble("sd_change");
					moments.add(new ProjectMoments(rs.getObject("project_id", UUID.class), pairs,
							rs.getDouble("mean_change"), rs.wasNull() ? Double.NaN : sd));
				}
			}
			else {
				double before = rs.getDouble("before");
				if (rs.wasNull()) {
					before = Double.NaN;
				}
				double afterScore = rs.getDouble("after");
				if (rs.wasNull()) {
					afterScore = Double.NaN;
				}
				joint.add(new Joint(false, before, afterScore, rs.getLong("n")));
			}
		});
		long[] enrolled = enrolledSpec.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		long measured = joint.stream().mapToLong(Joint::n).sum();
		// withdrawn participants have no answers left; the others without this instrument are counted too
		if (enrolled[1] > 0) {
			joint.add(new Joint(true, Double.NaN, Double.NaN, enrolled[1]));
		}
		long unmeasured = enrolled[0] - enrolled[1] - measured;
		if (unmeasured > 0) {
			joint.add(new Joint(false, Double.NaN, Double.NaN, unmeasured));
		}
		return new Data(joint, moments);
	}

	/**
	 * The bare aggregate the benchmark compares with: the number of complete pairs and their mean change, in the
	 * same single pass over the scores, and nothing else.
	 */
	double[] bareMeanChange(String instrument, TimePoint after) {
		return jdbc.sql("""
				select count(*), avg(after - before) from (
				  select (max(score) filter (where time_point = 'BASELINE'))::float8 as before,
				    (max(score) filter (where time_point = :after))::float8 as after
				  from outcomes_score where instrument = :i and time_point in ('BASELINE', :after)
				  group by project_id, participant_id) m
				where before is not null and after is not null""")
			.param("i", instrument).param("after", after.name())
			.query((rs, n) -> new double[] { rs.getLong(1), rs.getDouble(2) }).single();
	}

	List<IndividualPair> pairsOfProject(UUID project, String instrument, TimePoint after) {
		return jdbc.sql("""
				select p.code, b.score, a.score from outcomes_participant p
				join outcomes_score b on b.participant_id = p.id and b.instrument = :i and b.time_point = 'BASELINE'
				join outcomes_score a on a.participant_id = p.id and a.instrument = :i and a.time_point = :after
				where p.project_id = :p order by p.code""")
			.param("i", instrument).param("after", after.name()).param("p", project)
			.query((rs, n) -> new IndividualPair(rs.getString(1), rs.getDouble(2), rs.getDouble(3))).list();
	}
}
