package dk.kulturpuls.outcomes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme's public outcomes dashboard: the same suppressed aggregates as the open-data API. */
@Controller
class DashboardController {

	private final OutcomeSummaries summaries;
	private final InstrumentCatalogue instruments;

	DashboardController(OutcomeSummaries summaries, InstrumentCatalogue instruments) {
		this.summaries = summaries;
		this.instruments = instruments;
	}

	@GetMapping("/public/outcomes")
	String dashboard(@RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "offerType") String groupBy, Model model) {
		String code = instruments.current(instrument).map(Instrument::code).orElse("WHO-5");
		OutcomeSummaries.GroupBy by;
		try {
			by = OutcomeSummaries.GroupBy.valueOf(groupBy);
		}
		catch (IllegalArgumentException e) {
			by = OutcomeSummaries.GroupBy.offerType;
		}
		model.addAttribute("summary", summaries.summary(code, by));
		model.addAttribute("instruments", instruments.all().stream().map(Instrument::code).distinct().toList());
		model.addAttribute("groupings", OutcomeSummaries.GroupBy.values());
		return "outcomes/dashboard";
	}
}
