package dk.kulturpuls.outcomes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;

/** The programme's public outcomes dashboard: the same suppressed aggregates as the open-data API. */
@Controller
class DashboardController {

	private final OutcomeSummaries summaries;
	private final InstrumentCatalogue instruments;
	private final ProgrammeCatalogue programme;
	private final Municipalities municipalities;

	DashboardController(OutcomeSummaries summaries, InstrumentCatalogue instruments, ProgrammeCatalogue programme,
			Municipalities municipalities) {
		this.summaries = summaries;
		this.instruments = instruments;
		this.programme = programme;
		this.municipalities = municipalities;
	}

	/** The names shown for the groups' codes (the open-data API keeps the codes). */
	private Map<String, String> groupNames(OutcomeSummaries.GroupBy by, Locale locale) {
		Map<String, String> names = new HashMap<>();
		switch (by) {
			case offerType -> programme.offerTypes().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case targetGroup -> programme.targetGroups().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case municipality -> municipalities.all().forEach(m -> names.put(m.code().value(), m.name()));
		}
		return names;
	}

	@GetMapping("/public/outcomes")
	String dashboard(@RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "offerType") String groupBy, Model model, Locale locale) {
		String code = instruments.current(instrument).map(Instrument::code).orElse("WHO-5");
		OutcomeSummaries.GroupBy by;
		try {
			by = OutcomeSummaries.GroupBy.valueOf(groupBy);
		}
		catch (IllegalArgumentException e) {
			by = OutcomeSummaries.GroupBy.offerType;
		}
		model.addAttribute("summary", summaries.summary(code, by));
		model.addAttribute("licence", instruments.current(code).filter(InstrumentSettings::licensed)
			.map(i -> i.licence().in(locale)).orElse(null));
		model.addAttribute("groupNames", groupNames(by, locale));
		model.addAttribute("instruments", instruments.all().stream().map(Instrument::code).distinct().toList());
		model.addAttribute("groupings", OutcomeSummaries.GroupBy.values());
		return "outcomes/dashboard";
	}
}
