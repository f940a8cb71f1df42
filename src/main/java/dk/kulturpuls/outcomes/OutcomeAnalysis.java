package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
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
 * Outside a project every figure goes through {@link Suppression}: a count below the threshold is hidden, and so is
 * every statistic of fewer complete pairs than the threshold. The project's own staff see their project unsuppressed,
 * with the individual pairs; that read is audited.
 */
@Service
class OutcomeAnalysis {

	/** A count as shown: null when suppressed. */
	public record Count(Integer value, boolean suppressed) {
	}

	public record Flow(Count enrolled, Count withdrawn, Count withBaseline, Count withAfter, Count completePairs) {
	}

	/** A bin of the distribution; a suppressed count is null. */
	public record Bin(String label, double from, double to, Integer before, Integer after, boolean beforeSuppressed,
			boolean afterSuppressed) {
	}

	/** One group's or project's mean change with its 95 % CI, or suppressed. */
	public record Estimate(String key, String name, Integer n, Double meanChange, Double ciLow, Double ciHigh,
			boolean suppressed) {
	}

	/** Completers' against non-completers' baseline; the non-completers' figures are null when suppressed. */
	public record Baseline(int completers, double completersMean, Integer nonCompleters, Double nonCompletersMean,
			boolean nonCompletersSuppressed) {
	}

	/**
	 * @param figuresSuppressed fewer complete pairs than the threshold: no statistic is shown
	 * @param cutOff the instrument's cut-off (WHO-5 ≤ 50, UCLA-3 ≥ 7) or null
	 * @param cutOffAtOrBelow whether the cut-off counts scores at or below it (else at or above)
	 */
	public record Result(Instrument instrument, TimePoint after, int threshold, boolean suppressing, boolean figuresSuppressed,
			Flow flow, PairedAnalysis paired, double clinicalChange, Double cutOff, boolean cutOffAtOrBelow,
			Double shareCutOffBefore, Double shareCutOffAfter, Baseline baseline, List<Bin> bins,
			List<Estimate> projects, List<AnalysisQueries.IndividualPair> pairs) {
	}

	private final AnalysisQueries queries;
	private final InstrumentCatalogue instruments;
	private final AuditTrail audit;
	private final Environment environment;
	private final int threshold;

	OutcomeAnalysis(AnalysisQueries queries, InstrumentCatalogue instruments, AuditTrail audit,
			Environment environment, @Value("${kulturpuls.outcomes.suppression-threshold:5}") int threshold) {
		this.queries = queries;
		this.instruments = instruments;
		this.audit = audit;
		this.environment = environment;
		this.threshold = threshold;
	}

	int threshold() {
		return threshold;
	}

	/** The clinically relevant change: the instrument's, or {@code kulturpuls.outcomes.clinically-relevant-change.<code>}. */
	double clinicalChange(Instrument instrument) {
		return environment.getProperty("kulturpuls.outcomes.clinically-relevant-change." + instrument.code(),
				Double.class, instrument.clinicallyRelevantChange());
	}

	/** The analysis of the project's own staff: unsuppressed, with the individual pairs; the read is audited. */
	@Transactional
	Result ofOwnProject(ProjectView project, String instrumentCode, TimePoint after) {
		Instrument instrument = instruments.current(instrumentCode).orElseThrow();
		AnalysisQueries.Data data = queries.load(instrument.code(), after, List.of(project.id().value()));
		List<AnalysisQueries.IndividualPair> pairs = queries.pairsOfProject(project.id().value(), instrument.code(),
				after);
		audit.record("project", project.id().value().toString(), "individual-scores-read",
				"outcomes analysis " + instrument.code() + " " + after);
		return assemble(instrument, after, data, threshold, false, clinicalChange(instrument), id -> project.name(),
				pairs);
	}

	private static Estimate estimate(String key, String name, AnalysisQueries.ProjectMoments m, boolean suppressed) {
		if (suppressed) {
			return new Estimate(key, name, null, null, null, null, true);
		}
		Double low = null;
		Double high = null;
		if (m.pairs() >= 2 && !Double.isNaN(m.sdChange())) {
			double[] ci = PairedAnalysis.confidenceInterval((int) m.pairs(), m.meanChange(), m.sdChange());
			low = ci[0];
			high = ci[1];
		}
		return new Estimate(key, name, (int) m.pairs(), m.meanChange(), low, high, false);
	}

	/**
	 * Assembles the analysis from the aggregated data; no database, so the benchmark and the tests call it directly.
	 *
	 * @param suppress whether the figures leave the project (suppression applies)
	 */
	static Result assemble(Instrument instrument, TimePoint after, AnalysisQueries.Data data, int threshold,
			boolean suppress, double clinicalChange, Function<UUID, String> projectName,
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
		boolean figuresSuppressed = suppress && pairs < threshold;
		Flow flow = new Flow(count(enrolled, threshold, suppress), count(withdrawn, threshold, suppress),
				count(withBaseline, threshold, suppress), count(withAfter, threshold, suppress),
				count(pairs, threshold, suppress));
		PairedAnalysis paired = figuresSuppressed || pairs == 0 ? null
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
		Baseline baseline = null;
		if (paired != null) {
			boolean hide = suppress && nonCompleters > 0 && nonCompleters < threshold;
			baseline = new Baseline((int) pairs, paired.meanBefore(), hide ? null : (int) nonCompleters,
					hide || nonCompleters == 0 ? null : nonCompletersSum / nonCompleters, hide);
		}
		List<Bin> bins = figuresSuppressed || pairs == 0 ? List.of() : bins(instrument, before, afterScores, threshold,
				suppress);
		Map<String, Integer> projectCounts = new LinkedHashMap<>();
		Map<String, AnalysisQueries.ProjectMoments> byKey = new LinkedHashMap<>();
		data.projects().stream()
			.sorted(java.util.Comparator.comparing(m -> projectName.apply(m.projectId())))
			.forEach(m -> {
				projectCounts.put(m.projectId().toString(), (int) m.pairs());
				byKey.put(m.projectId().toString(), m);
			});
		Map<String, Boolean> hidden = suppress ? Suppression.suppress(projectCounts, (int) pairs, threshold)
				: new LinkedHashMap<>();
		List<Estimate> estimates = new ArrayList<>();
		byKey.forEach((key, m) -> estimates.add(estimate(key, projectName.apply(m.projectId()), m,
				hidden.getOrDefault(key, false))));
		return new Result(instrument, after, threshold, suppress, figuresSuppressed, flow, paired, clinicalChange,
				cutOff, atOrBelow, shareBefore, shareAfter, baseline, bins, estimates,
				suppress ? List.of() : individualPairs);
	}

	private static Count count(long n, int threshold, boolean suppress) {
		boolean hide = suppress && n > 0 && n < threshold;
		return new Count(hide ? null : (int) n, hide);
	}

	private static double share(double[] values, double cutOff, boolean atOrBelow) {
		long count = java.util.Arrays.stream(values).filter(v -> atOrBelow ? v <= cutOff : v >= cutOff).count();
		return count / (double) values.length;
	}

	/** One bin per value for short scales, else ten equal bins over the instrument's range (the last one closed). */
	static List<Bin> bins(Instrument instrument, double[] before, double[] after, int threshold, boolean suppress) {
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
		Map<Integer, Integer> bCounts = new LinkedHashMap<>();
		Map<Integer, Integer> aCounts = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			bCounts.put(i, b[i]);
			aCounts.put(i, a[i]);
		}
		Map<Integer, Boolean> bHidden = suppress ? Suppression.suppress(bCounts, before.length, threshold) : Map.of();
		Map<Integer, Boolean> aHidden = suppress ? Suppression.suppress(aCounts, after.length, threshold) : Map.of();
		List<Bin> bins = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double from = min + i * width;
			double to = perValue ? from : (i == count - 1 ? max : min + (i + 1) * width);
			String label = perValue ? format(from) : format(from) + "–" + format(to);
			boolean bh = bHidden.getOrDefault(i, false);
			boolean ah = aHidden.getOrDefault(i, false);
			bins.add(new Bin(label, from, to, bh ? null : b[i], ah ? null : a[i], bh, ah));
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
