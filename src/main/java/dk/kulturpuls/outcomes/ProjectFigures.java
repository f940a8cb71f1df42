package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the project's own staff see beyond the paired analysis of completers (../reference/instruments.md): the
 * reliable change index of each participant (Jacobson &amp; Truax 1991) with the shares reliably improved and
 * deteriorated, and the intention-to-treat sensitivity analysis with the baseline carried forward. These are
 * individual figures of one project: never shown or served outside it.
 */
@Service
class ProjectFigures {

	/** |RCI| above this is a reliable change (the two-sided 5 % point of the normal distribution). */
	static final double RELIABLE = 1.96;

	/**
	 * Reliabilities r_xx used in the RCI when {@code kulturpuls.outcomes.reliability.<code>} does not set one. The
	 * reference does not give them; they are published values (unverified here) and the page says so: WHO-5
	 * test–retest ICC 0.81 (Danish version, Schougaard et al. 2018, HQLO 16:175), WEMWBS test–retest 0.83 (Tennant et
	 * al. 2007, HQLO 5:63), SWEMWBS Cronbach's α 0.84, UCLA-3 Cronbach's α 0.72 (Hughes et al. 2004).
	 */
	static final Map<String, Double> DEFAULT_RELIABILITY = Map.of("WHO-5", 0.81, "WEMWBS", 0.83, "SWEMWBS", 0.84,
			"UCLA-3", 0.72);

	enum Verdict {
		improved, deteriorated, unchanged, undetermined;

		public String messageKey() {
			return "outcomes.rci.verdict." + name();
		}
	}

	/** One participant with a baseline; {@code after} is null without the later measurement. */
	public record Measured(String code, double before, Double after) {
	}

	/** One complete pair with its reliable change index. */
	public record Individual(String code, double before, double after, double change, double rci, Verdict verdict) {
	}

	/**
	 * @param reliability r_xx
	 * @param sdBefore the SD of the baseline of the complete pairs
	 * @param standardError SE = SD_pre·√(1 − r_xx)
	 * @param smallestReliableChange the change an RCI of 1.96 stands for: 1.96·√2·SE
	 */
	public record ReliableChange(String instrument, double reliability, boolean configured, double sdBefore,
			double standardError, double smallestReliableChange, int n, int improved, int deteriorated,
			List<Individual> participants) {

		public double shareImproved() {
			return n == 0 ? Double.NaN : improved / (double) n;
		}

		public double shareDeteriorated() {
			return n == 0 ? Double.NaN : deteriorated / (double) n;
		}

		/** Whether the RCI could be computed (at least two pairs with different baselines). */
		public boolean defined() {
			return standardError > 0;
		}

		/**
		 * RCI = (x2 − x1) / √(2·SE²) with SE = SD_pre·√(1 − r_xx); reliable when |RCI| &gt; 1.96, improved in the
		 * instrument's good direction.
		 */
		static ReliableChange of(String instrument, List<Measured> pairs, double reliability, boolean configured,
				boolean higherIsBetter) {
			double[] before = pairs.stream().mapToDouble(Measured::before).toArray();
			double sdBefore = PairedAnalysis.sd(before);
			double se = Double.isNaN(sdBefore) ? Double.NaN : sdBefore * Math.sqrt(1 - reliability);
			double sDiff = Math.sqrt(2 * se * se);
			boolean defined = se > 0;
			List<Individual> individuals = new ArrayList<>();
			int improved = 0;
			int deteriorated = 0;
			for (Measured m : pairs) {
				double change = m.after() - m.before();
				double rci = defined ? change / sDiff : Double.NaN;
				Verdict verdict = Verdict.undetermined;
				if (defined) {
					boolean up = rci > RELIABLE;
					boolean down = rci < -RELIABLE;
					verdict = (higherIsBetter ? up : down) ? Verdict.improved
							: (higherIsBetter ? down : up) ? Verdict.deteriorated : Verdict.unchanged;
				}
				if (verdict == Verdict.improved) {
					improved++;
				}
				if (verdict == Verdict.deteriorated) {
					deteriorated++;
				}
				individuals.add(new Individual(m.code(), m.before(), m.after(), change, rci, verdict));
			}
			return new ReliableChange(instrument, reliability, configured, sdBefore, se,
					defined ? RELIABLE * sDiff : Double.NaN, pairs.size(), defined ? improved : 0,
					defined ? deteriorated : 0, individuals);
		}
	}

	/**
	 * The intention-to-treat sensitivity analysis: everybody with a baseline, the baseline carried forward for
	 * those without the later measurement (no change assumed).
	 *
	 * @param carriedForward participants whose baseline stands in for the missing later measurement
	 */
	public record IntentionToTreat(int n, int carriedForward, PairedAnalysis paired) {

		static IntentionToTreat of(List<Measured> withBaseline, double clinicalChange, boolean higherIsBetter) {
			double[] before = withBaseline.stream().mapToDouble(Measured::before).toArray();
			double[] after = withBaseline.stream().mapToDouble(m -> m.after() != null ? m.after() : m.before()).toArray();
			int carried = (int) withBaseline.stream().filter(m -> m.after() == null).count();
			PairedAnalysis paired = before.length == 0 ? null
					: PairedAnalysis.of(before, after, clinicalChange, higherIsBetter);
			return new IntentionToTreat(before.length, carried, paired);
		}
	}

	/** @param measured every participant with a baseline, in code order */
	public record Figures(ReliableChange reliableChange, IntentionToTreat intentionToTreat, List<Measured> measured) {
	}

	private final JdbcClient jdbc;
	private final Environment environment;

	ProjectFigures(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.environment = environment;
	}

	/** The reliability of an instrument's score: configured, or the published default. */
	double reliability(String instrument) {
		return environment.getProperty("kulturpuls.outcomes.reliability." + instrument, Double.class,
				DEFAULT_RELIABILITY.getOrDefault(instrument, 0.8));
	}

	boolean reliabilityConfigured(String instrument) {
		return environment.containsProperty("kulturpuls.outcomes.reliability." + instrument);
	}

	/** The project's figures; the caller audits the read (the individual scores are in it). */
	Figures of(UUID project, Instrument instrument, TimePoint after, double clinicalChange) {
		List<Measured> withBaseline = measured(project, instrument.code(), after);
		List<Measured> pairs = withBaseline.stream().filter(m -> m.after() != null).toList();
		ReliableChange rci = ReliableChange.of(instrument.code(), pairs, reliability(instrument.code()),
				reliabilityConfigured(instrument.code()), instrument.higherIsBetter());
		return new Figures(rci, IntentionToTreat.of(withBaseline, clinicalChange, instrument.higherIsBetter()),
				withBaseline);
	}

	/** Every participant of the project with a baseline, with the later measurement where there is one. */
	List<Measured> measured(UUID project, String instrument, TimePoint after) {
		return jdbc.sql("""
				select p.code, b.score, a.score from outcomes_participant p
				join outcomes_score b on b.participant_id = p.id and b.instrument = :i and b.time_point = 'BASELINE'
				left join outcomes_score a on a.participant_id = p.id and a.instrument = :i and a.time_point = :after
				where p.project_id = :p order by p.code""")
			.param("i", instrument).param("after", after.name()).param("p", project)
			.query((rs, n) -> {
				String code = rs.getString(1);
				double before = rs.getDouble(2);
				double afterScore = rs.getDouble(3);
				return new Measured(code, before, rs.wasNull() ? null : afterScore);
			})
			.list();
	}
}
