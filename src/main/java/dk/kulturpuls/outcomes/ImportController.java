package dk.kulturpuls.outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.projects.ProjectView;

/**
 * CSV import of answers: upload, then a page that follows the check and the saving (htmx polls the status
 * fragment; without JavaScript the page has a link to look again) and ends with the number of stored rows or the
 * problems of every row.
 */
@Controller
class ImportController {

	private final ProjectAccess access;
	private final ImportJobs jobs;
	private final MeasurementPlans plans;
	private final AnswerImport answerImport;
	private final InstrumentCatalogue instruments;

	ImportController(ProjectAccess access, ImportJobs jobs, MeasurementPlans plans, AnswerImport answerImport,
			InstrumentCatalogue instruments) {
		this.access = access;
		this.jobs = jobs;
		this.plans = plans;
		this.answerImport = answerImport;
		this.instruments = instruments;
	}

	/**
	 * What the import accepts for one instrument of the plan, from its definition: the number of items, each
	 * allowed answer with its wording, and the score's range and direction.
	 */
	public record AcceptedInstrument(String code, String name, int items, int minAnswer, int maxAnswer,
			List<String> answers, boolean higherIsBetter, String scoreMin, String scoreMax) {
	}

	private List<AcceptedInstrument> accepted(List<MeasurementPlans.Entry> collectable, Locale locale) {
		return collectable.stream().map(MeasurementPlans.Entry::instrument).distinct()
			.flatMap(code -> instruments.current(code).stream())
			.map(i -> new AcceptedInstrument(i.code(), i.name().in(locale), i.items().size(), i.minAnswer(),
					i.maxAnswer(), i.answers().stream().sorted(java.util.Comparator.comparingInt(Instrument.Answer::value))
						.map(a -> a.value() + " = " + a.label(locale)).toList(),
					i.higherIsBetter(), number(i.scoring().min(), locale), number(i.scoring().max(), locale)))
			.toList();
	}

	private static String number(double value, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	@GetMapping("/project-lead/outcomes/{projectId}/import")
	String form(@PathVariable UUID projectId, Authentication user, Model model, Locale locale) {
		ProjectView project = access.ownProject(projectId, user);
		model.addAttribute("project", project);
		List<MeasurementPlans.Entry> collectable = plans.collectable(project.id());
		model.addAttribute("collectable", collectable);
		model.addAttribute("accepted", accepted(collectable, locale));
		model.addAttribute("columns", String.join(",", AnswerImport.COLUMNS));
		return "outcomes/import";
	}

	@GetMapping("/project-lead/outcomes/{projectId}/import/template.csv")
	ResponseEntity<byte[]> template(@PathVariable UUID projectId, Authentication user) {
		ProjectView project = access.ownProject(projectId, user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("kulturpuls-svar-skabelon.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(answerImport.template(project.id()).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/project-lead/outcomes/{projectId}/import")
	String upload(@PathVariable UUID projectId, @RequestParam(required = false) MultipartFile file,
			Authentication user, RedirectAttributes redirect) throws IOException {
		ProjectView project = access.ownProject(projectId, user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "outcomes.import.error.noFile");
			return "redirect:/project-lead/outcomes/" + projectId + "/import";
		}
		String name = file.getOriginalFilename() == null ? "import.csv" : file.getOriginalFilename();
		ImportJobs.Job job = jobs.start(user.getName(), project.id(), name, file.getBytes());
		return "redirect:/project-lead/outcomes/" + projectId + "/import/" + job.getId();
	}

	@GetMapping("/project-lead/outcomes/{projectId}/import/{jobId}")
	String status(@PathVariable UUID projectId, @PathVariable UUID jobId, Authentication user, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale) {
		ProjectView project = access.ownProject(projectId, user);
		ImportJobs.Job job = jobs.find(jobId, user.getName(), project.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("project", project);
		model.addAttribute("job", job);
		return htmx != null ? "outcomes/import-job :: status" : "outcomes/import-job";
	}
}
