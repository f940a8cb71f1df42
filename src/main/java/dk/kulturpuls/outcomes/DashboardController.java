package dk.kulturpuls.outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.projects.Projects;

/**
 * The released outcome figures: the public dashboard and the programme officer's page, both read from
 * {@link OutcomeReleases} (the officer sees the same tables, names every project and can make a release).
 */
@Controller
class DashboardController {

	private final OutcomeReleases releases;
	private final InstrumentCatalogue instruments;
	private final ProgrammeCatalogue programme;
	private final Municipalities municipalities;
	private final Projects projects;
	private final MessageSource messages;

	DashboardController(OutcomeReleases releases, InstrumentCatalogue instruments, ProgrammeCatalogue programme,
			Municipalities municipalities, Projects projects, MessageSource messages) {
		this.releases = releases;
		this.instruments = instruments;
		this.programme = programme;
		this.municipalities = municipalities;
		this.projects = projects;
		this.messages = messages;
	}

	@GetMapping("/public/outcomes")
	String dashboard(@RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "END") String after, @RequestParam(defaultValue = "offerType") String groupBy,
			@RequestParam(required = false) Integer release, Model model, Locale locale) {
		return page(instrument, after, groupBy, release, false, model, locale);
	}

	@GetMapping("/officer/outcomes/analysis")
	String officer(@RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "END") String after, @RequestParam(defaultValue = "project") String groupBy,
			@RequestParam(required = false) Integer release, Model model, Locale locale) {
		return page(instrument, after, groupBy, release, true, model, locale);
	}

	@PostMapping("/officer/outcomes/releases")
	String publish(Authentication user, RedirectAttributes redirect) {
		Optional<OutcomeReleases.Release> made = releases.publish(user.getName());
		redirect.addFlashAttribute("success", made.isPresent() ? "outcomes.release.published" : "outcomes.release.busy");
		return "redirect:/officer/outcomes/analysis";
	}

	private String page(String instrument, String after, String groupBy, Integer number, boolean officer, Model model,
			Locale locale) {
		String code = instruments.current(instrument).map(Instrument::code).orElse("WHO-5");
		TimePoint afterPoint = "FOLLOW_UP".equals(after) ? TimePoint.FOLLOW_UP : TimePoint.END;
		OutcomeReleases.Grouping by = grouping(groupBy).orElse(OutcomeReleases.Grouping.offerType);
		List<OutcomeReleases.Release> all = releases.releases();
		Optional<OutcomeReleases.Release> chosen = number == null ? all.stream().findFirst()
				: all.stream().filter(r -> r.number() == number).findFirst();
		model.addAttribute("officer", officer);
		model.addAttribute("action", officer ? "/officer/outcomes/analysis" : "/public/outcomes");
		model.addAttribute("releases", all);
		model.addAttribute("release", chosen.orElse(null));
		model.addAttribute("table", chosen.flatMap(r -> releases.table(r, code, afterPoint, by)).orElse(null));
		model.addAttribute("instrumentCode", code);
		model.addAttribute("after", afterPoint);
		model.addAttribute("groupBy", by);
		model.addAttribute("threshold", releases.threshold());
		model.addAttribute("names", names(by, officer, locale));
		model.addAttribute("instruments", instruments.all().stream().map(Instrument::code).distinct().toList());
		model.addAttribute("afterPoints", OutcomeReleases.AFTER_POINTS);
		model.addAttribute("groupings", OutcomeReleases.Grouping.values());
		model.addAttribute("licence", instruments.current(code).filter(InstrumentSettings::licensed)
			.map(i -> i.licence().in(locale)).orElse(null));
		return "outcomes/dashboard";
	}

	static Optional<OutcomeReleases.Grouping> grouping(String groupBy) {
		try {
			return Optional.of(OutcomeReleases.Grouping.valueOf(groupBy));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	/** The names shown for the rows' keys (the open-data API keeps the keys). */
	private Map<String, String> names(OutcomeReleases.Grouping by, boolean officer, Locale locale) {
		Map<String, String> names = new HashMap<>();
		switch (by) {
			case offerType -> programme.offerTypes().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case targetGroup -> programme.targetGroups().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case municipality -> municipalities.all().forEach(m -> names.put(m.code().value(), m.name()));
			case project -> projects.all().stream().filter(p -> officer || p.publiclyVisible())
				.forEach(p -> names.put(p.id().value().toString(), p.name()));
		}
		for (String key : List.of(OutcomeReleases.SEVERAL, OutcomeReleases.NONE, OutcomeReleases.OTHER)) {
			names.put(key, messages.getMessage("outcomes.release.row." + key.substring(1) + "." + by, null, key,
					locale));
		}
		return names;
	}
}
