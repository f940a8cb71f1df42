package dk.kulturpuls.outcomes;

import java.util.List;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The paired before/after analysis of complete pairs (completers), as ../reference/instruments.md prescribes:
 * mean change with its 95 % confidence interval from the t distribution, the paired t-test, the Wilcoxon
 * signed-rank test beside it, and the effect sizes dz = mean/SD of the change and d_av = mean/((SD_pre + SD_post)/2),
 * each with Hedges' small-sample correction, and the share with a clinically relevant change.
 *
 * @param n complete pairs
 * @param meanChange mean of after − before
 * @param ciLow lower end of the 95 % confidence interval of the mean change (NaN below 2 pairs)
 * @param pT two-sided p of the paired t-test
 * @param wilcoxonStatistic V, the sum of the ranks of the positive changes, as R's {@code wilcox.test} reports it
 * @param pWilcoxon two-sided p of the Wilcoxon signed-rank test (see {@link #wilcoxon})
 * @param shareImproved the share whose change is at least the clinically relevant change in the good direction
 * @param shareWorse the share whose change is at least the clinically relevant change in the bad direction
 * @param wilcoxonN the pairs that enter the Wilcoxon test: those whose score changed
 * @param zeros the pairs without change, left out of the Wilcoxon test before ranking
 * @param wilcoxonExact whether the Wilcoxon p is exact (else the normal approximation)
 */
public record PairedAnalysis(int n, double meanBefore, double sdBefore, double meanAfter, double sdAfter, double meanChange,
		double sdChange, double ciLow, double ciHigh, double t, double df, double pT, double wilcoxonStatistic,
		double pWilcoxon, double dz, double dAv, double gz, double gAv, double shareImproved, double shareWorse,
		int wilcoxonN, int zeros, boolean wilcoxonExact) {

	/** Below this many changed pairs (and without ties or zeros) the Wilcoxon p is exact, as in R. */
	static final int WILCOXON_EXACT_BELOW = 50;

	static PairedAnalysis of(double[] before, double[] after, double clinicallyRelevantChange, boolean higherIsBetter) {
		if (before.length != after.length) {
			throw new IllegalArgumentException("before and after must be pairs");
		}
		int n = before.length;
		double[] change = new double[n];
		for (int i = 0; i < n; i++) {
			change[i] = after[i] - before[i];
		}
		double meanBefore = mean(before);
		double meanAfter = mean(after);
		double meanChange = mean(change);
		double[] nonZero = java.util.Arrays.stream(change).filter(d -> d != 0).toArray();
		int zeros = n - nonZero.length;
		if (n < 2) {
			return new PairedAnalysis(n, meanBefore, Double.NaN, meanAfter, Double.NaN, meanChange, Double.NaN,
					Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, Double.NaN, Double.NaN, share(change, clinicallyRelevantChange, higherIsBetter),
					share(change, clinicallyRelevantChange, !higherIsBetter), nonZero.length, zeros, false);
		}
		double sdBefore = sd(before);
		double sdAfter = sd(after);
		double sdChange = sd(change);
		double df = n - 1;
		double tCritical = TDistribution.of(df).inverseCumulativeProbability(0.975);
		double halfWidth = tCritical * sdChange / Math.sqrt(n);
		double t = Double.NaN;
		double pT = Double.NaN;
		if (sdChange > 0) {
			TTest.Result result = TTest.withDefaults().pairedTest(after, before);
			t = result.getStatistic();
			pT = result.getPValue();
		}
		double wilcoxon = Double.NaN;
		double pWilcoxon = Double.NaN;
		boolean exact = false;
		if (nonZero.length > 0) {
			exact = zeros == 0 && nonZero.length < WILCOXON_EXACT_BELOW && !tied(nonZero);
			WilcoxonSignedRankTest.Result result = wilcoxon(nonZero, exact);
			wilcoxon = result.getStatistic();
			pWilcoxon = result.getPValue();
		}
		double dz = sdChange > 0 ? meanChange / sdChange : Double.NaN;
		double averageSd = (sdBefore + sdAfter) / 2;
		double dAv = averageSd > 0 ? meanChange / averageSd : Double.NaN;
		double correction = 1 - 3 / (4 * (n - 1) - 1.0);
		return new PairedAnalysis(n, meanBefore, sdBefore, meanAfter, sdAfter, meanChange, sdChange,
				meanChange - halfWidth, meanChange + halfWidth, t, df, pT, wilcoxon, pWilcoxon, dz, dAv,
				dz * correction, dAv * correction, share(change, clinicallyRelevantChange, higherIsBetter),
				share(change, clinicallyRelevantChange, !higherIsBetter), nonZero.length, zeros, exact);
	}

	/**
	 * The Wilcoxon signed-rank test as R's {@code wilcox.test(after, before, paired = TRUE)} and SPSS report it:
	 * the zero changes are left out <em>before</em> ranking (Wilcoxon's own method, not Pratt's, which ranks them
	 * and then drops their ranks); the p-value is exact for fewer than 50 changed pairs when there are no ties and
	 * no zeros, and otherwise from the normal approximation with continuity correction and the variance corrected
	 * for ties. Apache Commons Statistics computes it on the non-zero changes, where the two methods agree.
	 *
	 * @param nonZero the changes that are not zero
	 */
	static WilcoxonSignedRankTest.Result wilcoxon(double[] nonZero, boolean exact) {
		return WilcoxonSignedRankTest.withDefaults()
			.with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
			.with(ContinuityCorrection.ENABLED)
			.test(nonZero);
	}

	/** Whether two changes have the same size (and so share a rank). */
	private static boolean tied(double[] changes) {
		double[] sizes = java.util.Arrays.stream(changes).map(Math::abs).sorted().toArray();
		for (int i = 1; i < sizes.length; i++) {
			if (sizes[i] == sizes[i - 1]) {
				return true;
			}
		}
		return false;
	}

	/** The message key of dz's conventional label. */
	public String dzLabel() {
		return label(dz);
	}

	/** The message key of d_av's conventional label. */
	public String dAvLabel() {
		return label(dAv);
	}

	/** The mean change with its 95 % CI from summary figures alone (n, mean and SD of the change). */
	static double[] confidenceInterval(int n, double meanChange, double sdChange) {
		double halfWidth = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sdChange / Math.sqrt(n);
		return new double[] { meanChange - halfWidth, meanChange + halfWidth };
	}

	/** A conventional label for a standardised effect size (Cohen): negligible, small, medium, large. */
	static String label(double effectSize) {
		double size = Math.abs(effectSize);
		if (Double.isNaN(size)) {
			return "outcomes.effect.none";
		}
		if (size < 0.2) {
			return "outcomes.effect.negligible";
		}
		if (size < 0.5) {
			return "outcomes.effect.small";
		}
		if (size < 0.8) {
			return "outcomes.effect.medium";
		}
		return "outcomes.effect.large";
	}

	private static double share(double[] change, double threshold, boolean upwards) {
		if (change.length == 0) {
			return Double.NaN;
		}
		long count = java.util.Arrays.stream(change).filter(d -> upwards ? d >= threshold : d <= -threshold).count();
		return count / (double) change.length;
	}

	static double mean(double[] values) {
		return values.length == 0 ? Double.NaN : Mean.of(values).getAsDouble();
	}

	static double sd(double[] values) {
		return values.length < 2 ? Double.NaN : StandardDeviation.of(values).getAsDouble();
	}

	/** The attrition flow: enrolled, with baseline, with follow-up, complete pairs. */
	record Flow(int enrolled, int withBaseline, int withFollowUp, int completePairs) {
	}

	/** Completers' baseline against non-completers' baseline, to see whether drop-out was selective. */
	record BaselineComparison(int completers, double completersMean, int nonCompleters, double nonCompletersMean) {

		static BaselineComparison of(List<Double> completers, List<Double> nonCompleters) {
			double[] c = completers.stream().mapToDouble(Double::doubleValue).toArray();
			double[] d = nonCompleters.stream().mapToDouble(Double::doubleValue).toArray();
			return new BaselineComparison(c.length, mean(c), d.length, mean(d));
		}
	}
}
