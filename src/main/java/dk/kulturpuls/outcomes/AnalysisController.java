package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Option;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * The full analysis: the project's staff see their own project (with the individual pairs, audited); the programme
 * officer sees any project, offer type, target group, municipality or the whole programme, suppressed.
 */
@Controller
class AnalysisController {

	private final OutcomeAnalysis analysis;
	private final ProjectAccess access;
	private final Projects projects;
	private final InstrumentCatalogue instruments;
	private final ProgrammeCatalogue programme;
	private final Municipalities municipalities;
	private final ProjectFigures figures;
	private final MessageSource messages;
	private final AuditTrail audit;

	AnalysisController(OutcomeAnalysis analysis, ProjectAccess access, Projects projects,
			InstrumentCatalogue instruments, ProgrammeCatalogue programme, Municipalities municipalities,
			ProjectFigures figures, MessageSource messages, AuditTrail audit) {
		this.figures = figures;
		this.messages = messages;
		this.audit = audit;
		this.analysis = analysis;
		this.access = access;
		this.projects = projects;
		this.instruments = instruments;
		this.programme = programme;
		this.municipalities = municipalities;
	}

	@GetMapping("/project-lead/outcomes/{projectId}/analysis")
	String project(@PathVariable UUID projectId, @RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "END") String after, Authentication user, Model model, Locale locale) {
		ProjectView project = access.ownProject(projectId, user);
		String code = instrumentCode(instrument);
		TimePoint afterPoint = afterPoint(after);
		model.addAttribute("project", project);
		model.addAttribute("scopeName", project.name());
		model.addAttribute("action", "/project-lead/outcomes/" + projectId + "/analysis");
		OutcomeAnalysis.Result result = analysis.ofOwnProject(project, code, afterPoint);
		model.addAttribute("result", result);
		model.addAttribute("figures", figures.of(projectId, result.instrument(), afterPoint, result.clinicalChange()));
		model.addAttribute("csv", "/project-lead/outcomes/" + projectId + "/analysis.csv?instrument=" + code
				+ "&after=" + afterPoint);
		return common(model, code, afterPoint, locale);
	}

	/** The project's own analysis as CSV for its staff (the individual pairs are in it: the export is audited). */
	@GetMapping("/project-lead/outcomes/{projectId}/analysis.csv")
	ResponseEntity<byte[]> projectCsv(@PathVariable UUID projectId, @RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "END") String after, Authentication user, Locale locale) {
		ProjectView project = access.ownProject(projectId, user);
		String code = instrumentCode(instrument);
		TimePoint afterPoint = afterPoint(after);
		OutcomeAnalysis.Result result = analysis.ofOwnProject(project, code, afterPoint);
		ProjectFigures.Figures own = figures.of(projectId, result.instrument(), afterPoint, result.clinicalChange());
		byte[] file = AnalysisCsv.of(project.name(), result, own, messages, locale);
		audit.record("project", projectId.toString(), "individual-scores-exported",
				"outcomes analysis CSV " + code + " " + afterPoint);
		String name = "analyse-" + code.toLowerCase(Locale.ROOT) + "-" + afterPoint.name().toLowerCase(Locale.ROOT)
				+ ".csv";
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file);
	}

	@GetMapping("/officer/outcomes/analysis")
	String officer(@RequestParam(defaultValue = "WHO-5") String instrument,
			@RequestParam(defaultValue = "END") String after, @RequestParam(defaultValue = "programme") String scope,
			Model model, Locale locale) {
		String code = instrumentCode(instrument);
		TimePoint afterPoint = afterPoint(after);
		OutcomeAnalysis.Scope chosen = parse(scope);
		Map<String, String> names = names(chosen.kind(), locale);
		model.addAttribute("scope", chosen.kind() == OutcomeAnalysis.Kind.programme ? "programme"
				: chosen.kind() + ":" + chosen.group());
		model.addAttribute("scopes", scopes(locale));
		model.addAttribute("scopeName", chosen.kind() == OutcomeAnalysis.Kind.programme ? null
				: names.getOrDefault(chosen.group(), chosen.group()));
		model.addAttribute("action", "/officer/outcomes/analysis");
		OutcomeAnalysis.Kind by = switch (chosen.kind()) {
			case targetGroup, municipality -> chosen.kind();
			default -> OutcomeAnalysis.Kind.offerType;
		};
		OutcomeAnalysis.Overview overview = analysis.overview(chosen, code, afterPoint, by, names(by, locale));
		model.addAttribute("result", overview.result());
		model.addAttribute("groupsBy", by);
		model.addAttribute("groups", overview.groups());
		return common(model, code, afterPoint, locale);
	}

	private String common(Model model, String code, TimePoint after, Locale locale) {
		Instrument instrument = instruments.current(code).orElseThrow();
		model.addAttribute("instruments", instruments.all().stream().map(Instrument::code).distinct().toList());
		model.addAttribute("instrumentCode", code);
		model.addAttribute("instrumentName", instrument.name().in(locale));
		model.addAttribute("licence", instrument.licence() == null ? null : instrument.licence().in(locale));
		model.addAttribute("afterPoints", List.of(TimePoint.END, TimePoint.FOLLOW_UP));
		model.addAttribute("after", after);
		return "outcomes/analysis";
	}

	private String instrumentCode(String instrument) {
		return instruments.current(instrument).map(Instrument::code).orElse("WHO-5");
	}

	private static TimePoint afterPoint(String after) {
		return "FOLLOW_UP".equals(after) ? TimePoint.FOLLOW_UP : TimePoint.END;
	}

	static OutcomeAnalysis.Scope parse(String scope) {
		int colon = scope == null ? -1 : scope.indexOf(':');
		if (colon > 0) {
			try {
				return new OutcomeAnalysis.Scope(OutcomeAnalysis.Kind.valueOf(scope.substring(0, colon)),
						scope.substring(colon + 1));
			}
			catch (IllegalArgumentException e) {
				return OutcomeAnalysis.Scope.programme();
			}
		}
		return OutcomeAnalysis.Scope.programme();
	}

	/** The names of a kind's groups, by code. */
	private Map<String, String> names(OutcomeAnalysis.Kind kind, Locale locale) {
		Map<String, String> names = new HashMap<>();
		switch (kind) {
			case offerType -> programme.offerTypes().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case targetGroup -> programme.targetGroups().forEach(c -> names.put(c.code(), c.name().in(locale)));
			case municipality -> municipalities.all().forEach(m -> names.put(m.code().value(), m.name()));
			case project -> projects.all().forEach(p -> names.put(p.id().value().toString(), p.name()));
			case programme -> {
			}
		}
		return names;
	}

	/** The scopes to choose from, grouped by kind (the programme first). */
	private Map<OutcomeAnalysis.Kind, List<Option>> scopes(Locale locale) {
		Map<OutcomeAnalysis.Kind, List<Option>> scopes = new java.util.LinkedHashMap<>();
		for (OutcomeAnalysis.Kind kind : List.of(OutcomeAnalysis.Kind.offerType, OutcomeAnalysis.Kind.targetGroup,
				OutcomeAnalysis.Kind.municipality, OutcomeAnalysis.Kind.project)) {
			List<Option> options = new ArrayList<>();
			names(kind, locale).entrySet().stream().sorted(Map.Entry.comparingByValue())
				.forEach(e -> options.add(new Option(kind + ":" + e.getKey(), e.getValue())));
			scopes.put(kind, options);
		}
		return scopes;
	}
}
