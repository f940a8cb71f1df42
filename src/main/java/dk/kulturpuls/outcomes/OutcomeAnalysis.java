package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** A project's (or several projects') paired analysis of one instrument between two time points. */
@Component
class OutcomeAnalysis {

	private final Measurements measurements;
	private final InstrumentCatalogue instruments;

	OutcomeAnalysis(Measurements measurements, InstrumentCatalogue instruments) {
		this.measurements = measurements;
		this.instruments = instruments;
	}

	record Result(Instrument instrument, TimePoint from, TimePoint to, PairedAnalysis.Flow flow,
			PairedAnalysis analysis, PairedAnalysis.BaselineComparison baselines, double shareLowBefore,
			double shareLowAfter) {
	}

	Result analyse(List<UUID> projects, String instrumentCode, TimePoint from, TimePoint to) {
		Instrument instrument = instruments.current(instrumentCode).orElseThrow();
		Measurements.Paired scores = measurements.scores(projects, instrumentCode, from, to);
		List<Double> before = new ArrayList<>();
		List<Double> after = new ArrayList<>();
		List<Double> nonCompleters = new ArrayList<>();
		scores.before().forEach((participant, score) -> {
			Double later = scores.after().get(participant);
			if (later == null) {
				nonCompleters.add(score);
			}
			else {
				before.add(score);
				after.add(later);
			}
		});
		double[] b = before.stream().mapToDouble(Double::doubleValue).toArray();
		double[] a = after.stream().mapToDouble(Double::doubleValue).toArray();
		PairedAnalysis analysis = PairedAnalysis.of(b, a, instrument.clinicallyRelevantChange(), instrument.higherIsBetter());
		Double low = instrument.lowWellbeingAtOrBelow();
		return new Result(instrument, from, to,
				new PairedAnalysis.Flow(scores.enrolled(), scores.before().size(), scores.after().size(), b.length),
				analysis, PairedAnalysis.BaselineComparison.of(before, nonCompleters),
				low == null ? Double.NaN : share(b, low), low == null ? Double.NaN : share(a, low));
	}

	private static double share(double[] scores, double atOrBelow) {
		if (scores.length == 0) {
			return Double.NaN;
		}
		return java.util.Arrays.stream(scores).filter(s -> s <= atOrBelow).count() / (double) scores.length;
	}
}
