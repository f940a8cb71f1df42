package dk.kulturpuls.outcomes;

import java.util.List;
import java.util.Locale;
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

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectView;

/**
 * The full analysis of a project for its own staff, with the individual pairs (audited). Outside the project,
 * figures come only from the releases of {@link OutcomeReleases}.
 */
@Controller
class AnalysisController {

	private final OutcomeAnalysis analysis;
	private final ProjectAccess access;
	private final InstrumentCatalogue instruments;
	private final ProjectFigures figures;
	private final MessageSource messages;
	private final AuditTrail audit;

	AnalysisController(OutcomeAnalysis analysis, ProjectAccess access, InstrumentCatalogue instruments,
			ProjectFigures figures, MessageSource messages, AuditTrail audit) {
		this.figures = figures;
		this.messages = messages;
		this.audit = audit;
		this.analysis = analysis;
		this.access = access;
		this.instruments = instruments;
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
}
