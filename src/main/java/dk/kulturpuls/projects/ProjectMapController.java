package dk.kulturpuls.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.Option;
import dk.kulturpuls.platform.Role;

/**
 * The spread map: public projects per municipality, per 10,000 inhabitants, or the white spots (municipalities
 * without an active offer) for an offer type and target group; Region Nordjylland or all 98 municipalities. The
 * choices are a GET form, so the page works without JavaScript; the table beside the map holds its numbers.
 */
@Controller
class ProjectMapController {

	enum Measure {
		PROJECTS, PER_10000, WHITE_SPOTS
	}

	/** One municipality's row of the table (and point of the map). */
	record Row(String code, String name, Integer population, long projects, BigDecimal per10000, long active) {

		public boolean whiteSpot() {
			return active == 0;
		}

		public Object value(Measure measure) {
			return switch (measure) {
				case PROJECTS -> projects;
				case PER_10000 -> per10000;
				case WHITE_SPOTS -> active;
			};
		}
	}

	private final ProjectCatalogue projects;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final Clock clock;

	ProjectMapController(ProjectCatalogue projects, ProgrammeCatalogue catalogue, Municipalities municipalities,
			Clock clock) {
		this.projects = projects;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping("/public/projects/map")
	String map(@RequestParam(defaultValue = "region") String scope,
			@RequestParam(defaultValue = "PROJECTS") String measure, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String targetGroup, Authentication authentication, Model model,
			Locale locale) {
		model.addAttribute("mayLoadPopulation", authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority())));
		return prepare(scope, measure, offerType, targetGroup, model, locale);
	}

	private String prepare(String scope, String measureName, String offerType, String targetGroup, Model model,
			Locale locale) {
		List<ProgrammeCatalogue.CategoryView> offerTypes = catalogue.offerTypes();
		List<ProgrammeCatalogue.CategoryView> targetGroups = catalogue.targetGroups();
		boolean national = "national".equals(scope);
		Measure measure = List.of(Measure.values()).stream().filter(m -> m.name().equals(measureName)).findFirst()
			.orElse(Measure.PROJECTS);
		String chosenOffer = offerTypes.stream().map(c -> c.code()).filter(c -> c.equals(offerType)).findFirst()
			.orElse(null);
		String chosenGroup = targetGroups.stream().map(c -> c.code()).filter(c -> c.equals(targetGroup)).findFirst()
			.orElse(null);
		Map<String, ProjectCatalogue.Counts> counts = projects.perMunicipality(chosenOffer, chosenGroup,
				LocalDate.now(clock));
		List<MunicipalityView> list = national ? municipalities.all()
				: municipalities.inRegion(Municipalities.NORTH_JUTLAND);
		List<Row> rows = list.stream().map(m -> {
			ProjectCatalogue.Counts c = counts.getOrDefault(m.code().value(), ProjectCatalogue.Counts.NONE);
			long count = c.projects();
			BigDecimal per = m.population() == null || m.population() == 0 ? null
					: BigDecimal.valueOf(count * 10_000L).divide(BigDecimal.valueOf(m.population()), 2,
							RoundingMode.HALF_UP);
			return new Row(m.code().value(), m.name(), m.population(), count, per,
					c.active());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("populationSources", list.stream().filter(m -> m.populationSource() != null)
			.map(m -> m.populationAsOf() == null ? m.populationSource()
					: m.populationSource() + ", " + m.populationAsOf())
			.distinct().sorted().toList());
		model.addAttribute("withPopulation", rows.stream().filter(r -> r.population() != null && r.population() > 0).count());
		model.addAttribute("whiteSpots", rows.stream().filter(Row::whiteSpot).count());
		model.addAttribute("reached", rows.stream().filter(r -> r.projects() > 0).count());
		model.addAttribute("national", national);
		model.addAttribute("scope", national ? "national" : "region");
		model.addAttribute("measure", measure);
		model.addAttribute("measures", List.of(Measure.values()).stream().map(Enum::name).toList());
		model.addAttribute("offerType", chosenOffer);
		model.addAttribute("targetGroup", chosenGroup);
		model.addAttribute("offerTypes",
				offerTypes.stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				targetGroups.stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("geojson", national ? "/geography/boundaries/all.geojson"
				: "/geography/boundaries/" + Municipalities.NORTH_JUTLAND + ".geojson");
		return "projects/map";
	}
}
