package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectView;

/**
 * The full before/after analysis of one instrument for a project, an offer type, a target group, a municipality or
 * the whole programme: the attrition flow, the paired statistics of complete pairs ({@link PairedAnalysis}), the
 * shares with a clinically relevant change and below the wellbeing cut-off, completers' against non-completers'
 * baseline, the distributions before and after, and each project's mean change with its CI (the forest plot).
 * <p>
 * This is the project's own analysis: its staff see every figure with the individual pairs, and the read is audited.
 * Nothing here leaves the project; figures outside it come only from {@link OutcomeReleases}.
 */
@Service
class OutcomeAnalysis {

	public record Flow(int enrolled, int withdrawn, int withBaseline, int withAfter, int completePairs) {
	}

	/** A bin of the distribution. */
	public record Bin(String label, double from, double to, int before, int after) {
	}

	/** Completers' against non-completers' baseline; the non-completers' mean is null when there are none. */
	public record Baseline(int completers, double completersMean, int nonCompleters, Double nonCompletersMean) {
	}

	/**
	 * @param cutOff the instrument's cut-off (WHO-5 ≤ 50, UCLA-3 ≥ 7) or null
	 * @param cutOffAtOrBelow whether the cut-off counts scores at or below it (else at or above)
	 */
	public record Result(Instrument instrument, TimePoint after, Flow flow, PairedAnalysis paired,
			double clinicalChange, Double cutOff, boolean cutOffAtOrBelow, Double shareCutOffBefore,
			Double shareCutOffAfter, Baseline baseline, List<Bin> bins, List<AnalysisQueries.IndividualPair> pairs) {
	}

	private final AnalysisQueries queries;
	private final InstrumentCatalogue instruments;
	private final AuditTrail audit;
	private final Environment environment;

	OutcomeAnalysis(AnalysisQueries queries, InstrumentCatalogue instruments, AuditTrail audit,
			Environment environment) {
		this.queries = queries;
		this.instruments = instruments;
		this.audit = audit;
		this.environment = environment;
	}

	/** The clinically relevant change: the instrument's, or {@code kulturpuls.outcomes.clinically-relevant-change.<code>}. */
	double clinicalChange(Instrument instrument) {
		return environment.getProperty("kulturpuls.outcomes.clinically-relevant-change." + instrument.code(),
				Double.class, instrument.clinicallyRelevantChange());
	}

	/** The analysis of the project's own staff, with the individual pairs; the read is audited. */
	@Transactional
	Result ofOwnProject(ProjectView project, String instrumentCode, TimePoint after) {
		Instrument instrument = instruments.current(instrumentCode).orElseThrow();
		AnalysisQueries.Data data = queries.load(instrument.code(), after, List.of(project.id().value()));
		List<AnalysisQueries.IndividualPair> pairs = queries.pairsOfProject(project.id().value(), instrument.code(),
				after);
		audit.record("project", project.id().value().toString(), "individual-scores-read",
				"outcomes analysis " + instrument.code() + " " + after);
		return assemble(instrument, after, data, clinicalChange(instrument), pairs);
	}

	/** Assembles the analysis from the aggregated data; no database, so the benchmark and the tests call it directly. */
	static Result assemble(Instrument instrument, TimePoint after, AnalysisQueries.Data data, double clinicalChange,
			List<AnalysisQueries.IndividualPair> individualPairs) {
		long enrolled = 0;
		long withdrawn = 0;
		long withBaseline = 0;
		long withAfter = 0;
		long pairs = 0;
		for (AnalysisQueries.Joint j : data.joint()) {
			enrolled += j.n();
			if (j.withdrawn()) {
				withdrawn += j.n();
			}
			if (!Double.isNaN(j.before())) {
				withBaseline += j.n();
			}
			if (!Double.isNaN(j.after())) {
				withAfter += j.n();
			}
			if (!Double.isNaN(j.before()) && !Double.isNaN(j.after())) {
				pairs += j.n();
			}
		}
		double[] before = new double[(int) pairs];
		double[] afterScores = new double[(int) pairs];
		int at = 0;
		long nonCompleters = 0;
		double nonCompletersSum = 0;
		for (AnalysisQueries.Joint j : data.joint()) {
			if (!Double.isNaN(j.before()) && !Double.isNaN(j.after())) {
				for (long k = 0; k < j.n(); k++, at++) {
					before[at] = j.before();
					afterScores[at] = j.after();
				}
			}
			else if (!Double.isNaN(j.before())) {
				nonCompleters += j.n();
				nonCompletersSum += j.n() * j.before();
			}
		}
		Flow flow = new Flow((int) enrolled, (int) withdrawn, (int) withBaseline, (int) withAfter, (int) pairs);
		PairedAnalysis paired = pairs == 0 ? null
				: PairedAnalysis.of(before, afterScores, clinicalChange, instrument.higherIsBetter());
		Double cutOff = instrument.lowWellbeingAtOrBelow() != null ? instrument.lowWellbeingAtOrBelow()
				: instrument.lonelyAtOrAbove();
		boolean atOrBelow = instrument.lowWellbeingAtOrBelow() != null;
		Double shareBefore = null;
		Double shareAfter = null;
		if (paired != null && cutOff != null) {
			shareBefore = share(before, cutOff, atOrBelow);
			shareAfter = share(afterScores, cutOff, atOrBelow);
		}
		Baseline baseline = paired == null ? null
				: new Baseline((int) pairs, paired.meanBefore(), (int) nonCompleters,
						nonCompleters == 0 ? null : nonCompletersSum / nonCompleters);
		List<Bin> bins = pairs == 0 ? List.of() : bins(instrument, before, afterScores);
		return new Result(instrument, after, flow, paired, clinicalChange, cutOff, atOrBelow, shareBefore, shareAfter,
				baseline, bins, individualPairs);
	}

	private static double share(double[] values, double cutOff, boolean atOrBelow) {
		long count = java.util.Arrays.stream(values).filter(v -> atOrBelow ? v <= cutOff : v >= cutOff).count();
		return count / (double) values.length;
	}

	/** One bin per value for short scales, else ten equal bins over the instrument's range (the last one closed). */
	static List<Bin> bins(Instrument instrument, double[] before, double[] after) {
		double min = instrument.scoring().min();
		double max = instrument.scoring().max();
		boolean perValue = max - min <= 12 && instrument.scoring().table() == null;
		int count = perValue ? (int) (max - min) + 1 : 10;
		double width = perValue ? 1 : (max - min) / count;
		int[] b = new int[count];
		int[] a = new int[count];
		for (double v : before) {
			b[bin(v, min, width, count)]++;
		}
		for (double v : after) {
			a[bin(v, min, width, count)]++;
		}
		List<Bin> bins = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double from = min + i * width;
			double to = perValue ? from : (i == count - 1 ? max : min + (i + 1) * width);
			String label = perValue ? format(from) : format(from) + "–" + format(to);
			bins.add(new Bin(label, from, to, b[i], a[i]));
		}
		return bins;
	}

	private static int bin(double v, double min, double width, int count) {
		return Math.max(0, Math.min(count - 1, (int) Math.floor((v - min) / width)));
	}

	private static String format(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v).replace('.', ',');
	}
}
