package dk.kulturpuls.outcomes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: suppressed aggregates of complete pairs, never an individual answer. */
@RestController
@Tag(name = "Outcomes", description = "Wellbeing outcomes of the programme's projects, suppressed below the threshold")
class OutcomesApi {

	private final OutcomeSummaries summaries;
	private final InstrumentCatalogue instruments;

	OutcomesApi(OutcomeSummaries summaries, InstrumentCatalogue instruments) {
		this.summaries = summaries;
		this.instruments = instruments;
	}

	@GetMapping("/api/v1/outcomes/summary")
	@Operation(summary = "Mean change between baseline and end among complete pairs, per group",
			description = "Cells with fewer pairs than the threshold are suppressed (n, means and CI together), "
					+ "with secondary suppression so that no suppressed cell can be recovered from the total.")
	OutcomeSummaries.Summary summary(
			@Parameter(description = "Instrument code, e.g. WHO-5, SWEMWBS, UCLA-3") @RequestParam(defaultValue = "WHO-5") String instrument,
			@Parameter(description = "offerType, targetGroup or municipality") @RequestParam(defaultValue = "offerType") String groupBy) {
		if (instruments.current(instrument).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown instrument " + instrument);
		}
		OutcomeSummaries.GroupBy by;
		try {
			by = OutcomeSummaries.GroupBy.valueOf(groupBy);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "groupBy must be offerType, targetGroup or municipality");
		}
		return summaries.summary(instrument, by);
	}
}
