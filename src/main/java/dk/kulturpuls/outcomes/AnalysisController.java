package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.Option;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * The full analysis of a project for its own staff, with the individual pairs (audited). Outside the project,
 * figures come only from the releases of {@link OutcomeReleases}.
 */
@Controller
class AnalysisController {

	private final OutcomeAnalysis analysis;
	private final ProjectAccess access;
	private final Projects projects;
	private final InstrumentCatalogue instruments;
	private final ProgrammeCatalogue programme;
	private final Municipalities municipalities;

	AnalysisController(OutcomeAnalysis analysis, ProjectAccess access, Projects projects,
			InstrumentCatalogue instruments, ProgrammeCatalogue programme, Municipalities municipalities) {
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
		model.addAttribute("result", analysis.ofOwnProject(project, code, afterPoint));
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
}
