package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import dk.kulturpuls.platform.Csv;
import dk.kulturpuls.platform.Formats;

/**
 * The project's own analysis as a CSV file for its staff, written with the platform's {@link Csv} (UTF-8 with BOM,
 * semicolons, formulas defused): first the statistics (statistic; value) of the complete pairs, the reliable change
 * and the intention-to-treat analysis, then, after an empty row, one row per participant with a baseline.
 */
final class AnalysisCsv {

	private AnalysisCsv() {
	}

	static byte[] of(String projectName, OutcomeAnalysis.Result result, ProjectFigures.Figures figures,
			MessageSource messages, Locale locale) {
		Function<String, String> t = key -> messages.getMessage(key, null, locale);
		String afterName = t.apply(result.after().messageKey());
		Csv csv = new Csv();
		csv.row(List.of(t.apply("outcomes.csv.statistic"), t.apply("outcomes.csv.value")));
		csv.row(List.of(t.apply("outcomes.csv.project"), projectName));
		csv.row(List.of(t.apply("outcomes.instrument"), result.instrument().code()));
		csv.row(List.of(t.apply("outcomes.csv.comparison"),
				t.apply(TimePoint.BASELINE.messageKey()) + " – " + afterName));
		OutcomeAnalysis.Flow flow = result.flow();
		for (Map.Entry<String, Integer> step : List.of(Map.entry("enrolled", flow.enrolled()),
				Map.entry("withdrawn", flow.withdrawn()), Map.entry("withBaseline", flow.withBaseline()),
				Map.entry("withAfter", flow.withAfter()), Map.entry("completePairs", flow.completePairs()))) {
			csv.row(List.of(messages.getMessage("outcomes.analysis.flow." + step.getKey(), new Object[] { afterName },
					locale), count(step.getValue())));
		}
		PairedAnalysis p = result.paired();
		if (p != null) {
			paired(csv, t, "outcomes.csv.completers", p);
			csv.row(List.of(t.apply("outcomes.csv.shareImproved"), share(p.shareImproved())));
			csv.row(List.of(t.apply("outcomes.csv.shareWorse"), share(p.shareWorse())));
		}
		ProjectFigures.ReliableChange rc = figures.reliableChange();
		csv.row(List.of(t.apply("outcomes.csv.reliability"), num(rc.reliability(), 2)));
		csv.row(List.of(t.apply("outcomes.csv.standardError"), num(rc.standardError(), 2)));
		csv.row(List.of(t.apply("outcomes.csv.smallestReliableChange"), num(rc.smallestReliableChange(), 2)));
		csv.row(List.of(t.apply("outcomes.csv.reliablyImproved"), rc.defined() ? share(rc.shareImproved()) : ""));
		csv.row(List.of(t.apply("outcomes.csv.reliablyDeteriorated"),
				rc.defined() ? share(rc.shareDeteriorated()) : ""));
		ProjectFigures.IntentionToTreat itt = figures.intentionToTreat();
		csv.row(List.of(t.apply("outcomes.csv.ittN"), count(itt.n())));
		csv.row(List.of(t.apply("outcomes.csv.ittCarried"), count(itt.carriedForward())));
		if (itt.paired() != null) {
			paired(csv, t, "outcomes.csv.itt", itt.paired());
		}

		csv.row(List.of());
		csv.row(List.of(t.apply("outcomes.code"), t.apply(TimePoint.BASELINE.messageKey()), afterName,
				t.apply("outcomes.analysis.change"), t.apply("outcomes.csv.rci"), t.apply("outcomes.csv.verdict"),
				t.apply("outcomes.csv.ittAfter")));
		Map<String, ProjectFigures.Individual> byCode = rc.participants().stream()
			.collect(Collectors.toMap(ProjectFigures.Individual::code, Function.identity()));
		for (ProjectFigures.Measured m : figures.measured()) {
			ProjectFigures.Individual i = byCode.get(m.code());
			List<String> row = new ArrayList<>(Arrays.asList(m.code(), num(m.before(), 2),
					m.after() == null ? "" : num(m.after(), 2), i == null ? "" : num(i.change(), 2),
					i == null ? "" : num(i.rci(), 2), i == null ? "" : t.apply(i.verdict().messageKey()),
					num(m.after() == null ? m.before() : m.after(), 2)));
			csv.row(row);
		}
		return csv.bytes();
	}

	private static void paired(Csv csv, Function<String, String> t, String prefixKey, PairedAnalysis p) {
		String prefix = t.apply(prefixKey) + ": ";
		csv.row(List.of(prefix + t.apply("outcomes.pairs"), count(p.n())));
		csv.row(List.of(prefix + t.apply("outcomes.csv.meanBefore"), num(p.meanBefore(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.sdBefore"), num(p.sdBefore(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.meanAfter"), num(p.meanAfter(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.sdAfter"), num(p.sdAfter(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.meanChange"), num(p.meanChange(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.sdChange"), num(p.sdChange(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.ciLow"), num(p.ciLow(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.ciHigh"), num(p.ciHigh(), 2)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.t"), num(p.t(), 3)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.df"), num(p.df(), 0)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.pT"), num(p.pT(), 4)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.w"), num(p.wilcoxonStatistic(), 1)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.wilcoxonN"), count(p.wilcoxonN())));
		csv.row(List.of(prefix + t.apply("outcomes.csv.zeros"), count(p.zeros())));
		csv.row(List.of(prefix + t.apply("outcomes.csv.pWilcoxon"), num(p.pWilcoxon(), 4)));
		csv.row(List.of(prefix + t.apply("outcomes.csv.wilcoxonMethod"),
				t.apply(p.wilcoxonExact() ? "outcomes.csv.exact" : "outcomes.csv.normal")));
		csv.row(List.of(prefix + "d_z", num(p.dz(), 3)));
		csv.row(List.of(prefix + "Hedges' g (d_z)", num(p.gz(), 3)));
		csv.row(List.of(prefix + "d_av", num(p.dAv(), 3)));
		csv.row(List.of(prefix + "Hedges' g (d_av)", num(p.gAv(), 3)));
	}

	private static String count(Integer n) {
		return n == null ? "" : Integer.toString(n);
	}

	private static String share(double share) {
		return num(share * 100, 1);
	}

	/** A Danish number ("-4,00"); empty where there is none. */
	static String num(double value, int digits) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "" : Formats.number(value, digits);
	}
}
