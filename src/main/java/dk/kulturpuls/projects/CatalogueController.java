package dk.kulturpuls.projects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.Option;

/** The public project catalogue: search and filter public projects, and a public project's page. */
@Controller
class CatalogueController {

	private final ProjectCatalogue projects;
	private final ProjectWork work;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;

	CatalogueController(ProjectCatalogue projects, ProjectWork work, ProgrammeCatalogue catalogue,
			Municipalities municipalities) {
		this.projects = projects;
		this.work = work;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
	}

	@GetMapping("/public/projects")
	String catalogue(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String targetGroup, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ProjectStatus chosenStatus = Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equals(status))
			.findFirst().orElse(null);
		ProjectCatalogue.Filter filter = new ProjectCatalogue.Filter(text, blankToNull(municipality),
				blankToNull(offerType), blankToNull(targetGroup), chosenStatus, null);
		model.addAttribute("filter", filter);
		model.addAttribute("result", projects.search(filter, page));
		labels(model, locale);
		model.addAttribute("statuses", Arrays.stream(ProjectStatus.values()).map(Enum::name).toList());
		return "projects/catalogue";
	}

	@GetMapping("/public/projects/{id}")
	String project(@PathVariable String id, Model model, Locale locale) {
		ProjectCatalogue.PublicProject project = projects.publicProject(parse(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("project", project);
		labels(model, locale);
		return "projects/public-project";
	}

	@GetMapping("/public/projects/{id}/documents/{document}/{name}")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable UUID document) {
		return ProjectWorkController.download(work.file(parse(id), document, null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/**
	 * The names a reader sees for the codes a project is stored with: offer types and target groups from the
	 * programme (in its order), municipalities from geography (by name). A code neither knows is shown as it is.
	 */
	public record Names(Map<String, String> offerTypes, Map<String, String> targetGroups,
			Map<String, String> municipalities) {

		public String offerType(String code) {
			return offerTypes.getOrDefault(code, code);
		}

		public List<String> targetGroups(Collection<String> codes) {
			return inOrder(targetGroups, codes);
		}

		public List<String> municipalities(Collection<String> codes) {
			return inOrder(municipalities, codes);
		}

		private static List<String> inOrder(Map<String, String> names, Collection<String> codes) {
			List<String> known = names.entrySet().stream().filter(e -> codes.contains(e.getKey()))
				.map(Map.Entry::getValue).collect(Collectors.toCollection(ArrayList::new));
			codes.stream().filter(c -> !names.containsKey(c)).sorted().forEach(known::add);
			return known;
		}
	}

	private void labels(Model model, Locale locale) {
		model.addAttribute("offerTypes",
				catalogue.offerTypes().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				catalogue.targetGroups().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("municipalityOptions", municipalities.inRegion(Municipalities.NORTH_JUTLAND).stream()
			.map(m -> new Option(m.code().value(), m.name())).toList());
		model.addAttribute("names", new Names(inOrder(catalogue.offerTypes(), locale),
				inOrder(catalogue.targetGroups(), locale), municipalities.all().stream()
					.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a,
							LinkedHashMap::new))));
	}

	private static Map<String, String> inOrder(List<ProgrammeCatalogue.CategoryView> categories, Locale locale) {
		return categories.stream()
			.collect(Collectors.toMap(c -> c.code(), c -> c.name().in(locale), (a, b) -> a, LinkedHashMap::new));
	}

	static ProjectId parse(String id) {
		try {
			return ProjectId.parse(id);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
