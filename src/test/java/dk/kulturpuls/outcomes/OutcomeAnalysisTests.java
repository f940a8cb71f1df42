package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The project's analysis assembled from aggregated data: the same statistics as from the raw pairs. */
class OutcomeAnalysisTests {

	static final InstrumentCatalogue CATALOGUE = new InstrumentCatalogue();
	static final Instrument WHO5 = CATALOGUE.current("WHO-5").orElseThrow();
	static final UUID P1 = UUID.randomUUID();
	static final UUID P2 = UUID.randomUUID();

	/** Aggregates raw pairs the way the SQL does: joint cells and per-project moments. */
	static AnalysisQueries.Data aggregate(Map<UUID, List<double[]>> byProject, int withdrawn) {
		Map<String, Long> cells = new HashMap<>();
		List<AnalysisQueries.ProjectMoments> moments = new ArrayList<>();
		byProject.forEach((project, rows) -> {
			List<Double> changes = new ArrayList<>();
			for (double[] r : rows) {
				cells.merge(r[0] + "|" + r[1], 1L, Long::sum);
				if (!Double.isNaN(r[0]) && !Double.isNaN(r[1])) {
					changes.add(r[1] - r[0]);
				}
			}
			double[] d = changes.stream().mapToDouble(Double::doubleValue).toArray();
			if (d.length > 0) {
				moments.add(new AnalysisQueries.ProjectMoments(project, d.length, PairedAnalysis.mean(d),
						PairedAnalysis.sd(d)));
			}
		});
		List<AnalysisQueries.Joint> joint = new ArrayList<>();
		cells.forEach((key, n) -> {
			String[] parts = key.split("\\|");
			joint.add(new AnalysisQueries.Joint(false, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), n));
		});
		if (withdrawn > 0) {
			joint.add(new AnalysisQueries.Joint(true, Double.NaN, Double.NaN, withdrawn));
		}
		return new AnalysisQueries.Data(joint, moments);
	}

	static Map<UUID, List<double[]>> sample(int n1, int n2, int dropOuts, long seed) {
		Random random = new Random(seed);
		Map<UUID, List<double[]>> rows = new HashMap<>();
		for (int i = 0; i < n1 + n2; i++) {
			double before = 4 * Math.max(0, Math.min(25, Math.round(9.5 + 3.5 * random.nextGaussian())));
			double after = 4 * Math.max(0, Math.min(25, Math.round(before / 4 + 5 + 3 * random.nextGaussian())));
			rows.computeIfAbsent(i < n1 ? P1 : P2, k -> new ArrayList<>()).add(new double[] { before, after });
		}
		for (int i = 0; i < dropOuts; i++) {
			rows.get(P1).add(new double[] { 20, Double.NaN });
		}
		return rows;
	}

	@Test
	void givesTheSameStatisticsAsThePairsThemselves() {
		Map<UUID, List<double[]>> rows = sample(30, 12, 7, 1);
		double[] before = rows.values().stream().flatMap(List::stream).filter(r -> !Double.isNaN(r[1]))
			.mapToDouble(r -> r[0]).toArray();
		double[] after = rows.values().stream().flatMap(List::stream).filter(r -> !Double.isNaN(r[1]))
			.mapToDouble(r -> r[1]).toArray();
		PairedAnalysis direct = PairedAnalysis.of(before, after, 10, true);

		OutcomeAnalysis.Result result = OutcomeAnalysis.assemble(WHO5, TimePoint.END, aggregate(rows, 2), 10,
				List.of());

		assertThat(result.flow().enrolled()).isEqualTo(30 + 12 + 7 + 2);
		assertThat(result.flow().withdrawn()).isEqualTo(2);
		assertThat(result.flow().withBaseline()).isEqualTo(49);
		assertThat(result.flow().withAfter()).isEqualTo(42);
		assertThat(result.flow().completePairs()).isEqualTo(42);
		PairedAnalysis p = result.paired();
		assertThat(p.n()).isEqualTo(42);
		assertThat(p.meanChange()).isCloseTo(direct.meanChange(), within(1e-9));
		assertThat(p.ciLow()).isCloseTo(direct.ciLow(), within(1e-9));
		assertThat(p.pT()).isCloseTo(direct.pT(), within(1e-12));
		assertThat(p.pWilcoxon()).isCloseTo(direct.pWilcoxon(), within(1e-12));
		assertThat(p.dz()).isCloseTo(direct.dz(), within(1e-9));
		assertThat(p.dAv()).isCloseTo(direct.dAv(), within(1e-9));
		assertThat(p.shareImproved()).isCloseTo(direct.shareImproved(), within(1e-12));
		// WHO-5 ≤ 50 before and after, among the complete pairs
		long lowBefore = java.util.Arrays.stream(before).filter(v -> v <= 50).count();
		assertThat(result.shareCutOffBefore()).isCloseTo(lowBefore / 42.0, within(1e-12));
		assertThat(result.cutOffAtOrBelow()).isTrue();
		// the 7 drop-outs all started at 20
		assertThat(result.baseline().nonCompleters()).isEqualTo(7);
		assertThat(result.baseline().nonCompletersMean()).isEqualTo(20.0);
		assertThat(result.baseline().completersMean()).isCloseTo(PairedAnalysis.mean(before), within(1e-9));
		// the distribution counts every pair once, before and after
		assertThat(result.bins().stream().mapToInt(OutcomeAnalysis.Bin::before).sum()).isEqualTo(42);
		assertThat(result.bins().stream().mapToInt(OutcomeAnalysis.Bin::after).sum()).isEqualTo(42);
	}

	@Test
	void showsTheProjectItsFiguresHoweverFewThePairs() {
		Map<UUID, List<double[]>> rows = sample(3, 1, 2, 2);
		OutcomeAnalysis.Result own = OutcomeAnalysis.assemble(WHO5, TimePoint.END, aggregate(rows, 0), 10,
				List.of(new AnalysisQueries.IndividualPair("KP-A", 20, 40)));
		assertThat(own.flow().enrolled()).isEqualTo(6);
		assertThat(own.paired().n()).isEqualTo(4);
		assertThat(own.pairs()).hasSize(1);
		assertThat(own.bins()).isNotEmpty();
	}

	@Test
	void givesNoStatisticWithoutACompletePair() {
		Map<UUID, List<double[]>> rows = new HashMap<>();
		rows.put(P1, new ArrayList<>(List.of(new double[] { 20, Double.NaN })));
		OutcomeAnalysis.Result none = OutcomeAnalysis.assemble(WHO5, TimePoint.END, aggregate(rows, 0), 10,
				List.of());
		assertThat(none.paired()).isNull();
		assertThat(none.baseline()).isNull();
		assertThat(none.bins()).isEmpty();
		assertThat(none.flow().withBaseline()).isEqualTo(1);
	}

	@Test
	void binsWho5InTensAndUcla3PerValue() {
		List<OutcomeAnalysis.Bin> who5 = OutcomeAnalysis.bins(WHO5, new double[] { 0, 48, 100 },
				new double[] { 8, 52, 96 });
		assertThat(who5).hasSize(10);
		assertThat(who5.getFirst().before()).isEqualTo(1);
		assertThat(who5.get(4).before()).isEqualTo(1); // 48 in 40 to under 50
		assertThat(who5.get(5).after()).isEqualTo(1); // 52 in 50 to under 60
		assertThat(who5.getLast().before()).isEqualTo(1); // 100 in the last, closed bin

		Instrument ucla = CATALOGUE.current("UCLA-3").orElseThrow();
		List<OutcomeAnalysis.Bin> perValue = OutcomeAnalysis.bins(ucla, new double[] { 3, 9 }, new double[] { 4, 9 });
		assertThat(perValue).extracting(OutcomeAnalysis.Bin::label).containsExactly("3", "4", "5", "6", "7", "8", "9");
	}
}
