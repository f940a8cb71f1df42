package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * The measurement plan of a project: which questionnaire at which time point. The project's staff edit their own
 * projects' plans, the programme officer any project's. A plan with a problem is shown again with every problem
 * and what was ticked and typed.
 */
@Controller
class PlanController {

	private final ProjectAccess access;
	private final Projects projects;
	private final MeasurementPlans plans;
	private final InstrumentCatalogue instruments;
	private final InstrumentSettings settings;
	private final MessageSource messages;

	PlanController(ProjectAccess access, Projects projects, MeasurementPlans plans, InstrumentCatalogue instruments,
			InstrumentSettings settings, MessageSource messages) {
		this.access = access;
		this.projects = projects;
		this.plans = plans;
		this.instruments = instruments;
		this.settings = settings;
		this.messages = messages;
	}

	/** One row of the plan form: an instrument, its ticked time points and the follow-up's months as typed. */
	public record Row(String code, String name, String licence, boolean enabled, Set<TimePoint> ticked, String months) {
	}

	/** A problem with a translated text, linked from the error summary to its field. */
	public record Error(String field, String text) {
	}

	@GetMapping("/project-lead/outcomes/{projectId}/plan")
	String staffPlan(@PathVariable UUID projectId, Authentication user, Model model, Locale locale) {
		ProjectView project = access.ownProject(projectId, user);
		return form(model, project, "/project-lead/outcomes/" + projectId, stored(project), List.of(), locale);
	}

	@PostMapping("/project-lead/outcomes/{projectId}/plan")
	String saveStaffPlan(@PathVariable UUID projectId, @RequestParam MultiValueMap<String, String> form,
			Authentication user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ProjectView project = access.ownProject(projectId, user);
		return save(project, "/project-lead/outcomes/" + projectId, form, model, locale, response, redirect);
	}

	@GetMapping("/officer/outcomes/plans")
	String officerProjects(Model model) {
		model.addAttribute("projects", projects.all());
		return "outcomes/officer-plans";
	}

	@GetMapping("/officer/outcomes/plans/{projectId}")
	String officerPlan(@PathVariable UUID projectId, Model model, Locale locale) {
		ProjectView project = access.anyProject(projectId);
		return form(model, project, "/officer/outcomes/plans", stored(project), List.of(), locale);
	}

	@PostMapping("/officer/outcomes/plans/{projectId}")
	String saveOfficerPlan(@PathVariable UUID projectId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ProjectView project = access.anyProject(projectId);
		return save(project, "/officer/outcomes/plans", form, model, locale, response, redirect);
	}

	private String save(ProjectView project, String back, MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Set<String> ticked = new LinkedHashSet<>(form.getOrDefault("entry", List.of()));
		Map<String, String> months = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("months-") && !values.isEmpty()) {
				months.put(key.substring("months-".length()), values.getFirst());
			}
		});
		List<MeasurementPlans.Problem> problems = plans.check(ticked, months);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			List<Error> errors = problems.stream()
				.map(p -> new Error(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale))).toList();
			return form(model, project, back, rows(ticked, months, locale), errors, locale);
		}
		List<MeasurementPlans.Entry> entries = new ArrayList<>();
		for (String key : ticked) {
			String[] parts = key.split("/", 2);
			TimePoint tp = TimePoint.valueOf(parts[1]);
			entries.add(new MeasurementPlans.Entry(parts[0], tp,
					tp == TimePoint.FOLLOW_UP ? MeasurementPlans.parseMonths(months.get(parts[0])) : null));
		}
		plans.replace(project.id(), entries);
		redirect.addFlashAttribute("notice", "outcomes.plan.saved");
		redirect.addFlashAttribute("noticeArgument", project.name());
		return "redirect:" + back;
	}

	private Map<String, Object> stored(ProjectView project) {
		Set<String> ticked = new LinkedHashSet<>();
		Map<String, String> months = new LinkedHashMap<>();
		for (MeasurementPlans.Entry e : plans.of(project.id())) {
			ticked.add(e.key());
			if (e.monthsAfterEnd() != null) {
				months.put(e.instrument(), Integer.toString(e.monthsAfterEnd()));
			}
		}
		return Map.of("ticked", ticked, "months", months);
	}

	@SuppressWarnings("unchecked")
	private String form(Model model, ProjectView project, String action, Map<String, Object> stored,
			List<Error> errors, Locale locale) {
		return form(model, project, action,
				rows((Set<String>) stored.get("ticked"), (Map<String, String>) stored.get("months"), locale), errors,
				locale);
	}

	private String form(Model model, ProjectView project, String back, List<Row> rows, List<Error> errors,
			Locale locale) {
		model.addAttribute("project", project);
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(Error::field).toList());
		model.addAttribute("timePoints", TimePoint.values());
		model.addAttribute("back", back);
		model.addAttribute("action", back.startsWith("/officer") ? back + "/" + project.id().value() : back + "/plan");
		return "outcomes/plan";
	}

	private List<Row> rows(Set<String> ticked, Map<String, String> months, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (String code : instruments.all().stream().map(Instrument::code).distinct().toList()) {
			Instrument i = instruments.current(code).orElseThrow();
			Set<TimePoint> tps = new LinkedHashSet<>();
			for (TimePoint tp : TimePoint.values()) {
				if (ticked.contains(code + "/" + tp)) {
					tps.add(tp);
				}
			}
			rows.add(new Row(code, i.name().in(locale), i.licence() == null ? null : i.licence().in(locale),
					settings.enabled(code), tps, months.getOrDefault(code, "")));
		}
		return rows;
	}
}
