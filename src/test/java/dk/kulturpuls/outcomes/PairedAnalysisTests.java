package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The paired analysis against the published cases of instruments.md and against R. */
class PairedAnalysisTests {

	@Test
	void reproducesTheArtsOnReferralCase() {
		// J Public Health 2015;37(1):143: n = 44 pairs, mean change 8.0, SD of the change 10.69
		double[] ci = PairedAnalysis.confidenceInterval(44, 8.0, 10.69);
		assertThat(ci[0]).isCloseTo(4.75, within(0.005));
		assertThat(ci[1]).isCloseTo(11.25, within(0.005));
		// the same case through the analysis itself: 44 pairs with exactly that mean and SD of the change
		PairedAnalysis analysis = analysisOfChanges(44, 8.0, 10.69);
		assertThat(analysis.ciLow()).isCloseTo(4.75, within(0.005));
		assertThat(analysis.ciHigh()).isCloseTo(11.25, within(0.005));
		assertThat(analysis.t()).isCloseTo(4.96, within(0.005));
		assertThat(analysis.dz()).isCloseTo(0.75, within(0.005));
	}

	/** The analysis of n pairs (all 50 before) whose changes are distinct and have exactly this mean and SD. */
	static PairedAnalysis analysisOfChanges(int n, double meanChange, double sdChange) {
		// the steps 0, 1, …, n − 1 have mean (n − 1) / 2 and sample variance n (n + 1) / 12
		double stepMean = (n - 1) / 2.0;
		double stepSd = Math.sqrt(n * (n + 1) / 12.0);
		double[] before = new double[n];
		double[] after = new double[n];
		for (int i = 0; i < n; i++) {
			before[i] = 50;
			after[i] = 50 + meanChange + sdChange * (i - stepMean) / stepSd;
		}
		return PairedAnalysis.of(before, after, 10, true);
	}

	@Test
	void reproducesArtLiftsEffectSizeFromItsT() {
		// Crone et al. 2013: 84 pairs, t = 6.961 → dz = t / √n = 0.760; pairs whose change gives that t
		PairedAnalysis analysis = analysisOfChanges(84, 6.961 / Math.sqrt(84), 1.0);
		assertThat(analysis.t()).isCloseTo(6.961, within(0.0005));
		assertThat(analysis.dz()).isCloseTo(0.760, within(0.0005));
	}

	@ParameterizedTest
	@ValueSource(strings = { "who5-ties", "continuous-small", "continuous-large", "who5-zeros", "ucla3-small-zeros",
			"who5-small-ties", "one-zero" })
	void agreesWithR(String name) throws IOException {
		double[][] data = readPairs(name + ".csv");
		Map<String, Double> expected = readExpected(name + ".expected");
		PairedAnalysis analysis = PairedAnalysis.of(data[0], data[1], 10, true);

		assertThat(analysis.n()).isEqualTo(expected.get("n").intValue());
		assertThat(analysis.meanChange()).isCloseTo(expected.get("mean_change"), within(1e-9));
		assertThat(analysis.sdChange()).isCloseTo(expected.get("sd_change"), within(1e-9));
		assertThat(analysis.ciLow()).isCloseTo(expected.get("ci_low"), within(1e-9));
		assertThat(analysis.ciHigh()).isCloseTo(expected.get("ci_high"), within(1e-9));
		assertThat(analysis.t()).isCloseTo(expected.get("t"), within(1e-9));
		assertThat(analysis.df()).isEqualTo(expected.get("df"));
		assertThat(analysis.pT()).isCloseTo(expected.get("p_t"), within(1e-9));
		assertThat(analysis.wilcoxonStatistic()).isEqualTo(expected.get("wilcoxon_v"));
		assertThat(analysis.pWilcoxon()).isCloseTo(expected.get("p_wilcoxon"), within(1e-9));
		assertThat(analysis.wilcoxonN()).isEqualTo(expected.get("wilcoxon_n").intValue());
		assertThat(analysis.zeros()).isEqualTo(expected.get("zeros").intValue());
		assertThat(analysis.wilcoxonExact()).isEqualTo(expected.get("wilcoxon_exact") == 1);
		assertThat(analysis.dz()).isCloseTo(expected.get("dz"), within(1e-9));
		assertThat(analysis.dAv()).isCloseTo(expected.get("d_av"), within(1e-9));
	}

	@Test
	void countsClinicallyRelevantChangeInTheGoodDirection() {
		double[] before = { 40, 40, 40, 40 };
		double[] after = { 52, 48, 30, 50 };
		PairedAnalysis wellbeing = PairedAnalysis.of(before, after, 10, true);
		assertThat(wellbeing.shareImproved()).isEqualTo(0.5);
		assertThat(wellbeing.shareWorse()).isEqualTo(0.25);
		// loneliness: lower is better
		PairedAnalysis loneliness = PairedAnalysis.of(new double[] { 8, 8 }, new double[] { 6, 9 }, 1, false);
		assertThat(loneliness.shareImproved()).isEqualTo(0.5);
	}

	@Test
	void labelsEffectSizes() {
		assertThat(PairedAnalysis.label(0.1)).isEqualTo("outcomes.effect.negligible");
		assertThat(PairedAnalysis.label(-0.3)).isEqualTo("outcomes.effect.small");
		assertThat(PairedAnalysis.label(0.75)).isEqualTo("outcomes.effect.medium");
		assertThat(PairedAnalysis.label(0.8)).isEqualTo("outcomes.effect.large");
	}

	@Test
	void reportsNoStatisticsBelowTwoPairs() {
		PairedAnalysis one = PairedAnalysis.of(new double[] { 40 }, new double[] { 60 }, 10, true);
		assertThat(one.n()).isEqualTo(1);
		assertThat(one.meanChange()).isEqualTo(20);
		assertThat(one.ciLow()).isNaN();
		assertThat(one.pT()).isNaN();
	}

	@Test
	void comparesCompletersWithNonCompleters() {
		var comparison = PairedAnalysis.BaselineComparison.of(List.of(36.0, 40.0), List.of(28.0, 32.0, 30.0));
		assertThat(comparison.completersMean()).isEqualTo(38.0);
		assertThat(comparison.nonCompletersMean()).isEqualTo(30.0);
		assertThat(comparison.nonCompleters()).isEqualTo(3);
	}

	static double[][] readPairs(String file) throws IOException {
		List<String> lines = read(file).lines().skip(1).toList();
		double[][] pairs = new double[2][lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split(",");
			pairs[0][i] = Double.parseDouble(parts[0]);
			pairs[1][i] = Double.parseDouble(parts[1]);
		}
		return pairs;
	}

	static Map<String, Double> readExpected(String file) throws IOException {
		Map<String, Double> values = new HashMap<>();
		read(file).lines().forEach(line -> {
			String[] parts = line.split("=");
			values.put(parts[0].trim(), Double.parseDouble(parts[1].trim()));
		});
		return values;
	}

	static String read(String file) throws IOException {
		try (InputStream in = PairedAnalysisTests.class.getResourceAsStream("/outcomes/reference/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
