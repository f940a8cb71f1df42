package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistical SQL behind the analysis. PostgreSQL aggregates one pass over the scores: the joint
 * distribution of (baseline, after) scores and, in the same scan (grouping sets), each project's count, mean and
 * SD of the change. Scores take few distinct values (WHO-5 moves in steps of 4), so the joint distribution is small
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
		String scope = projects == null ? "" : "where p.project_id in (:projects)";
		var spec = jdbc.sql("""
				select grouping(p.project_id) = 0 as per_project, p.project_id, p.withdrawn_at is not null as withdrawn,
				  b.score as before, a.score as after, count(*) as n,
				  count(a.score - b.score) as pairs, avg(a.score - b.score) as mean_change,
				  stddev_samp(a.score - b.score) as sd_change
				from outcomes_participant p
				left join outcomes_score b on b.participant_id = p.id and b.instrument = :i and b.time_point = 'BASELINE'
				left join outcomes_score a on a.participant_id = p.id and a.instrument = :i and a.time_point = :after
				%s
				group by grouping sets ((p.withdrawn_at is not null, b.score, a.score), (p.project_id))""".formatted(scope))
			.param("i", instrument).param("after", after.name());
		if (projects != null) {
			spec = spec.param("projects", List.copyOf(projects));
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
				joint.add(new Joint(rs.getBoolean("withdrawn"), before, afterScore, rs.getLong("n")));
			}
		});
		return new Data(joint, moments);
	}

	/** The bare aggregate the benchmark compares with: the number of pairs and their mean change, nothing else. */
	double[] bareMeanChange(String instrument, TimePoint after) {
		return jdbc.sql("""
				select count(*), avg(a.score - b.score) from outcomes_participant p
				join outcomes_score b on b.participant_id = p.id and b.instrument = :i and b.time_point = 'BASELINE'
				join outcomes_score a on a.participant_id = p.id and a.instrument = :i and a.time_point = :after""")
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
