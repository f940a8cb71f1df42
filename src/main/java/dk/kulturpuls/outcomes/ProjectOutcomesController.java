package dk.kulturpuls.outcomes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * A project's wellbeing measurements, for its staff only: participants with their pseudonymous codes and consent,
 * one-time questionnaire links, paper responses typed in, the individual answers (each read audited) and the
 * paired analysis.
 */
@Controller
class ProjectOutcomesController {

	static final Duration LINK_VALIDITY = Duration.ofDays(14);

	private final Projects projects;
	private final Measurements measurements;
	private final InstrumentCatalogue instruments;
	private final OutcomeAnalysis analysis;

	ProjectOutcomesController(Projects projects, Measurements measurements, InstrumentCatalogue instruments,
			OutcomeAnalysis analysis) {
		this.projects = projects;
		this.measurements = measurements;
		this.instruments = instruments;
		this.analysis = analysis;
	}

	private ProjectView staffProject(UUID projectId, Authentication user) {
		ProjectId id = new ProjectId(projectId);
		if (!projects.isStaff(id, user.getName())) {
			throw new AccessDeniedException("not on the project's staff");
		}
		return projects.find(id).orElseThrow();
	}

	@GetMapping("/project-lead/projects/{projectId}/outcomes")
	String overview(@PathVariable UUID projectId, Authentication user, Model model) {
		ProjectView project = staffProject(projectId, user);
		model.addAttribute("project", project);
		model.addAttribute("participants", measurements.participantsOf(projectId));
		model.addAttribute("responses", measurements.individualResponses(projectId, user.getName()));
		model.addAttribute("instruments", instruments.all());
		List<OutcomeAnalysis.Result> results = new ArrayList<>();
		for (Instrument instrument : instruments.all()) {
			results.add(analysis.analyse(List.of(projectId), instrument.code(), TimePoint.BASELINE, TimePoint.END));
		}
		model.addAttribute("results", results.stream().filter(r -> r.flow().withBaseline() > 0).toList());
		model.addAttribute("timePoints", TimePoint.values());
		return "outcomes/project";
	}

	@PostMapping("/project-lead/projects/{projectId}/outcomes/participants")
	String register(@PathVariable UUID projectId, @RequestParam(required = false) String ageBand,
			@RequestParam(required = false) String gender, @RequestParam(required = false) Boolean consent,
			Authentication user, RedirectAttributes redirect) {
		staffProject(projectId, user);
		if (!Boolean.TRUE.equals(consent)) {
			redirect.addFlashAttribute("error", "outcomes.error.consentRequired");
			return "redirect:/project-lead/projects/" + projectId + "/outcomes";
		}
		Participant participant = measurements.register(projectId, ageBand, gender);
		redirect.addFlashAttribute("success", "outcomes.participant.registered");
		redirect.addFlashAttribute("newCode", participant.code());
		return "redirect:/project-lead/projects/" + projectId + "/outcomes";
	}

	@PostMapping("/project-lead/projects/{projectId}/outcomes/participants/{participantId}/links")
	String link(@PathVariable UUID projectId, @PathVariable UUID participantId, @RequestParam String instrument,
			@RequestParam TimePoint timePoint, Authentication user, RedirectAttributes redirect) {
		staffProject(projectId, user);
		requireParticipantOf(projectId, participantId);
		String token = measurements.createLink(participantId, instrument, timePoint, LINK_VALIDITY);
		redirect.addFlashAttribute("linkUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/q/" + token).toUriString());
		redirect.addFlashAttribute("success", "outcomes.link.created");
		return "redirect:/project-lead/projects/" + projectId + "/outcomes";
	}

	@PostMapping("/project-lead/projects/{projectId}/outcomes/participants/{participantId}/withdraw")
	String withdraw(@PathVariable UUID projectId, @PathVariable UUID participantId, Authentication user,
			RedirectAttributes redirect) {
		staffProject(projectId, user);
		requireParticipantOf(projectId, participantId);
		measurements.withdraw(participantId);
		redirect.addFlashAttribute("success", "outcomes.participant.withdrawn");
		return "redirect:/project-lead/projects/" + projectId + "/outcomes";
	}

	@GetMapping("/project-lead/projects/{projectId}/outcomes/participants/{participantId}/responses/new")
	String paperForm(@PathVariable UUID projectId, @PathVariable UUID participantId, @RequestParam String instrument,
			@RequestParam TimePoint timePoint, Authentication user, Model model) {
		staffProject(projectId, user);
		Participant participant = requireParticipantOf(projectId, participantId);
		model.addAttribute("participant", participant);
		model.addAttribute("instrument", instruments.current(instrument).orElseThrow());
		model.addAttribute("timePoint", timePoint);
		model.addAttribute("answers", Map.of());
		return "outcomes/paper";
	}

	@PostMapping("/project-lead/projects/{projectId}/outcomes/participants/{participantId}/responses")
	String paperEntry(@PathVariable UUID projectId, @PathVariable UUID participantId, @RequestParam String instrument,
			@RequestParam TimePoint timePoint, @RequestParam Map<String, String> form, Authentication user, Model model,
			RedirectAttributes redirect) {
		staffProject(projectId, user);
		Participant participant = requireParticipantOf(projectId, participantId);
		Instrument questionnaire = instruments.current(instrument).orElseThrow();
		List<Integer> answers = QuestionnaireForm.answers(questionnaire, form);
		try {
			measurements.record(participantId, instrument, timePoint, answers, "PAPER");
		}
		catch (InvalidResponseException e) {
			model.addAttribute("participant", participant);
			model.addAttribute("instrument", questionnaire);
			model.addAttribute("timePoint", timePoint);
			model.addAttribute("answers", form);
			model.addAttribute("missing", QuestionnaireForm.missing(answers));
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArguments", e.arguments());
			return "outcomes/paper";
		}
		redirect.addFlashAttribute("success", "outcomes.response.recorded");
		return "redirect:/project-lead/projects/" + projectId + "/outcomes";
	}

	private Participant requireParticipantOf(UUID projectId, UUID participantId) {
		Participant participant = measurements.participant(participantId)
			.orElseThrow(() -> new AccessDeniedException("no such participant"));
		if (!participant.projectId().equals(projectId)) {
			throw new AccessDeniedException("participant of another project");
		}
		return participant;
	}
}
