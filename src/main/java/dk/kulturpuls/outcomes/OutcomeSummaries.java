package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * Aggregates of complete baseline/end pairs for use outside a project: per offer type, target group or
 * municipality, and the programme total. Every cell below the threshold is suppressed (count, means and CI
 * together), with secondary suppression by {@link Suppression}.
 */
@Service
class OutcomeSummaries {

	public enum GroupBy {
		offerType, targetGroup, municipality
	}

	/** One cell; when suppressed, every figure is null. */
	public record Cell(String group, boolean suppressed, Integer n, Double meanBefore, Double meanAfter, Double meanChange,
			Double ciLow, Double ciHigh, Double shareImproved) {
	}

	/** @param containsDemoData whether demo participants (demo profile) are among the figures */
	public record Summary(String instrument, int instrumentVersion, GroupBy groupBy, int threshold, Cell total,
			List<Cell> groups, boolean containsDemoData) {
	}

	private final Participants participants;
	private final Projects projects;
	private final InstrumentCatalogue instruments;
	private final int threshold;

	OutcomeSummaries(Participants participants, Projects projects, InstrumentCatalogue instruments,
			@Value("${kulturpuls.outcomes.suppression-threshold:5}") int threshold) {
		this.participants = participants;
		this.projects = projects;
		this.instruments = instruments;
		this.threshold = threshold;
	}

	int threshold() {
		return threshold;
	}

	Summary summary(String instrumentCode, GroupBy groupBy) {
		Instrument instrument = instruments.current(instrumentCode).orElseThrow();
		Map<UUID, ProjectView> byId = projects.all().stream()
			.collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		List<Participants.Pair> pairs = participants.completePairs(instrument.code()).stream()
			.filter(p -> byId.containsKey(p.projectId())).toList();
		Map<String, List<Participants.Pair>> grouped = new TreeMap<>();
		for (Participants.Pair pair : pairs) {
			for (String key : keys(byId.get(pair.projectId()), groupBy)) {
				grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(pair);
			}
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		grouped.forEach((k, v) -> counts.put(k, v.size()));
		Map<String, Boolean> suppressed = Suppression.suppress(counts, pairs.size(), threshold);
		List<Cell> cells = new ArrayList<>();
		grouped.forEach((k, v) -> cells.add(cell(k, v, suppressed.get(k), instrument)));
		return new Summary(instrument.code(), instrument.version(), groupBy, threshold,
				cell("total", pairs, pairs.size() < threshold, instrument), cells, participants.anyDemo());
	}

	private static Set<String> keys(ProjectView project, GroupBy groupBy) {
		return switch (groupBy) {
			case offerType -> Set.of(project.offerType());
			case targetGroup -> project.targetGroups();
			case municipality -> project.municipalities();
		};
	}

	private static Cell cell(String group, List<Participants.Pair> pairs, boolean suppressed, Instrument instrument) {
		if (suppressed || pairs.isEmpty()) {
			return new Cell(group, suppressed, suppressed ? null : 0, null, null, null, null, null, null);
		}
		double[] before = pairs.stream().mapToDouble(Participants.Pair::before).toArray();
		double[] after = pairs.stream().mapToDouble(Participants.Pair::after).toArray();
		PairedAnalysis a = PairedAnalysis.of(before, after, instrument.clinicallyRelevantChange(),
				instrument.higherIsBetter());
		return new Cell(group, false, a.n(), round(a.meanBefore()), round(a.meanAfter()), round(a.meanChange()),
				round(a.ciLow()), round(a.ciHigh()), round(a.shareImproved()));
	}

	private static Double round(double v) {
		return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
	}
}
