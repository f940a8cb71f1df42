package dk.kulturpuls.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: the released aggregates of complete pairs (see {@link OutcomeReleases}), never an individual answer. */
@RestController
@Tag(name = "Outcomes", description = "Wellbeing outcomes of the programme's projects, from periodic releases")
class OutcomesApi {

	/** A release as listed. */
	record ReleaseInfo(int number, LocalDate releasedOn, int threshold, boolean containsDemoData) {

		static ReleaseInfo of(OutcomeReleases.Release r) {
			return new ReleaseInfo(r.number(), r.releasedOn(), r.threshold(), r.containsDemo());
		}
	}

	/** A row; every figure is null when no project contributes to it. */
	record Row(String group, int projects, Integer n, Double meanBefore, Double meanAfter, Double meanChange,
			Double ciLow, Double ciHigh, Double shareImproved, Double shareWorse, Double shareLowBefore,
			Double shareLowAfter) {

		static Row of(OutcomeReleases.Cell c) {
			return new Row(c.group(), c.projects(), c.n(), round(c.meanBefore()), round(c.meanAfter()),
					round(c.meanChange()), round(c.ciLow()), round(c.ciHigh()), round(c.shareImproved()),
					round(c.shareWorse()), round(c.shareLowBefore()), round(c.shareLowAfter()));
		}
	}

	/**
	 * @param excludedProjects projects measuring the instrument whose figures are not in this release
	 */
	record Summary(ReleaseInfo release, String instrument, int instrumentVersion, String after, String groupBy,
			Row total, List<Row> groups, int excludedProjects, String note) {
	}

	private final OutcomeReleases releases;
	private final InstrumentCatalogue instruments;

	OutcomesApi(OutcomeReleases releases, InstrumentCatalogue instruments) {
		this.releases = releases;
		this.instruments = instruments;
	}

	@GetMapping("/api/v1/outcomes/releases")
	@Operation(summary = "The releases of outcome figures, newest first")
	List<ReleaseInfo> releases() {
		return releases.releases().stream().map(ReleaseInfo::of).toList();
	}

	@GetMapping("/api/v1/outcomes/summary")
	@Operation(summary = "Mean change between baseline and a later time point among complete pairs, per group",
			description = "From a periodic release (the latest unless one is asked for). Only projects with at least "
					+ "the threshold of complete pairs contribute, each to exactly one row of a grouping, so the rows "
					+ "add up to the total; rows starting with * are projects in several groups, in none, or not "
					+ "public. Shares are computed from counts rounded to base 5 per project.")
	Summary summary(
			@Parameter(description = "Instrument code, e.g. WHO-5, SWEMWBS, UCLA-3") @RequestParam(defaultValue = "WHO-5") String instrument,
			@Parameter(description = "offerType, targetGroup, municipality or project") @RequestParam(defaultValue = "offerType") String groupBy,
			@Parameter(description = "END or FOLLOW_UP") @RequestParam(defaultValue = "END") String after,
			@Parameter(description = "Release number; the latest when left out") @RequestParam(required = false) Integer release) {
		if (instruments.current(instrument).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown instrument " + instrument);
		}
		OutcomeReleases.Grouping by = DashboardController.grouping(groupBy)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"groupBy must be offerType, targetGroup, municipality or project"));
		if (!after.equals("END") && !after.equals("FOLLOW_UP")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "after must be END or FOLLOW_UP");
		}
		String code = instruments.current(instrument).get().code();
		OutcomeReleases.Release chosen = (release == null ? releases.latest() : releases.release(release))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such release"));
		OutcomeReleases.Table table = releases.table(chosen, code, TimePoint.valueOf(after), by)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the release has no figures for "
					+ code));
		return new Summary(ReleaseInfo.of(chosen), code, table.instrumentVersion(), after, by.name(),
				Row.of(table.total()), table.groups().stream().map(Row::of).toList(), table.excludedProjects(),
				"Each project counts in exactly one row; *several = projects in several groups, *none = in none, "
						+ "*other = projects not shown by name");
	}

	private static Double round(Double v) {
		return v == null ? null : Math.round(v * 100) / 100.0;
	}
}
