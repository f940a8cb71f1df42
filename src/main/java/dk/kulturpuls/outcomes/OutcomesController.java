package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * The project staff's outcomes page: enrol pseudonymous participants, issue one-time links, type in paper
 * forms, withdraw consent, and see the individual scores (every such read is audited). Only the project's own
 * staff get in; anybody else gets 404, so that the page does not even confirm the project exists.
 */
@Controller
class OutcomesController {

	/** Rows of participants and of scores shown at a time. */
	static final int PAGE_SIZE = 50;

	static final List<String> AGE_BANDS = List.of("18-29", "30-49", "50-64", "65-79", "80+");
	static final List<String> GENDERS = List.of("female", "male", "other");

	private final Projects projects;
	private final Participants participants;
	private final InstrumentCatalogue instruments;
	private final MeasurementPlans plans;
	private final ProjectAccess access;
	private final MessageSource messages;
	private final PublicUrl publicUrl;
	private final InstrumentWordings wordings;

	OutcomesController(Projects projects, Participants participants, InstrumentCatalogue instruments,
			MeasurementPlans plans, ProjectAccess access, MessageSource messages, PublicUrl publicUrl,
			InstrumentWordings wordings) {
		this.wordings = wordings;
		this.publicUrl = publicUrl;
		this.messages = messages;
		this.projects = projects;
		this.participants = participants;
		this.instruments = instruments;
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/project-lead/outcomes")
	String mine(Authentication user, Model model) {
		model.addAttribute("projects", projects.forStaff(user.getName()));
		return "outcomes/mine";
	}

	@GetMapping("/project-lead/outcomes/{projectId}")
	String page(@PathVariable UUID projectId, @RequestParam(defaultValue = "0") int participantsPage,
			@RequestParam(defaultValue = "0") int scoresPage, Authentication user, Model model, Locale locale) {
		ProjectView project = ownProject(projectId, user);
		model.addAttribute("project", project);
		Participants.Page<Participants.Participant> enrolled = participants.ofProject(project.id(), participantsPage,
				PAGE_SIZE);
		Participants.Page<Participants.StoredScore> scores = participants.scoresOfProject(project.id(), scoresPage,
				PAGE_SIZE);
		model.addAttribute("participantsPage", enrolled);
		model.addAttribute("participants", enrolled.rows());
		model.addAttribute("scoresPage", scores);
		model.addAttribute("scores", scores.rows());
		List<MeasurementPlans.Entry> plan = plans.of(project.id());
		List<MeasurementPlans.Entry> collectable = plans.collectable(project.id());
		model.addAttribute("plan", plan);
		model.addAttribute("collectable", collectable);
		model.addAttribute("instruments", collectable.stream().map(MeasurementPlans.Entry::instrument).distinct().toList());
		model.addAttribute("timePoints", collectable.stream().map(MeasurementPlans.Entry::timePoint).distinct().sorted().toList());
		model.addAttribute("licences", collectable.stream().map(MeasurementPlans.Entry::instrument).distinct()
			.map(code -> instruments.current(code).orElseThrow()).filter(InstrumentSettings::licensed)
			.map(i -> i.licence().in(locale)).toList());
		// a scale without a Danish wording is said before a link or a paper form is made, not found out by a participant
		model.addAttribute("englishOnly", collectable.stream().map(MeasurementPlans.Entry::instrument).distinct()
			.map(code -> instruments.current(code).orElseThrow()).filter(i -> !wordings.localised(i).hasDanishWording())
			.map(Instrument::code).toList());
		model.addAttribute("ageBands", AGE_BANDS);
		model.addAttribute("genders", GENDERS);
		return "outcomes/project";
	}

	@PostMapping("/project-lead/outcomes/{projectId}/participants")
	String enrol(@PathVariable UUID projectId, @RequestParam(required = false) String ageBand,
			@RequestParam(required = false) String gender, @RequestParam(required = false) String consent,
			Authentication user, RedirectAttributes redirect) {
		ProjectView project = ownProject(projectId, user);
		if (consent == null) {
			redirect.addFlashAttribute("error", "outcomes.consent.required");
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		Participants.Participant participant = participants.enrol(project.id(),
				ageBand != null && AGE_BANDS.contains(ageBand) ? ageBand : null,
				gender != null && GENDERS.contains(gender) ? gender : null, false);
		redirect.addFlashAttribute("notice", "outcomes.enrolled");
		redirect.addFlashAttribute("noticeArgument", participant.code());
		return "redirect:/project-lead/outcomes/" + projectId;
	}

	@PostMapping("/project-lead/outcomes/{projectId}/participants/{participantId}/links")
	String issueLink(@PathVariable UUID projectId, @PathVariable UUID participantId, @RequestParam String instrument,
			@RequestParam TimePoint timePoint, Authentication user, RedirectAttributes redirect, Locale locale) {
		ownParticipant(projectId, participantId, user);
		if (instruments.current(instrument).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String token;
		try {
			token = participants.issueLink(participantId, instrument, timePoint);
		}
		catch (InvalidResponseException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		String link = publicUrl.of("/public/q/{token}", token);
		redirect.addFlashAttribute("link", link);
		return "redirect:/project-lead/outcomes/" + projectId;
	}

	@GetMapping("/project-lead/outcomes/{projectId}/participants/{participantId}/paper")
	String paperForm(@PathVariable UUID projectId, @PathVariable UUID participantId, @RequestParam String instrument,
			@RequestParam TimePoint timePoint, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		Participants.Participant participant = ownParticipant(projectId, participantId, user);
		if (!plans.collectable(new ProjectId(projectId), instrument, timePoint)) {
			InvalidResponseException e = new InvalidResponseException("outcomes.error.notPlanned", instrument,
					new org.springframework.context.support.DefaultMessageSourceResolvable(timePoint.messageKey()));
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		return paper(model, participant, instruments.current(instrument)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), timePoint, List.of(), null, locale);
	}

	@PostMapping("/project-lead/outcomes/{projectId}/participants/{participantId}/paper")
	String paperEntry(@PathVariable UUID projectId, @PathVariable UUID participantId,
			@RequestParam Map<String, String> form, Authentication user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Participants.Participant participant = ownParticipant(projectId, participantId, user);
		Instrument instrument = instruments.current(form.get("instrument"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		TimePoint timePoint = TimePoint.valueOf(form.get("timePoint"));
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= instrument.items().size(); i++) {
			answers.add(QuestionnaireController.parse(form.get("item" + i)));
		}
		try {
			Instrument.Score score = participants.recordPaper(participantId, instrument.code(), timePoint, answers);
			redirect.addFlashAttribute("notice", "outcomes.paper.saved");
			redirect.addFlashAttribute("noticeArgument", participant.code() + ": " + Formats.number(score.value(), 2));
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		catch (InvalidResponseException e) {
			response.setStatus(422);
			return paper(model, participant, instrument, timePoint, answers, e, locale);
		}
	}

	/** The confirmation step of a withdrawal: what will be deleted, and a button to do it (no JavaScript needed). */
	@GetMapping("/project-lead/outcomes/{projectId}/participants/{participantId}/withdraw")
	String confirmWithdrawal(@PathVariable UUID projectId, @PathVariable UUID participantId, Authentication user,
			Model model) {
		Participants.Participant participant = ownParticipant(projectId, participantId, user);
		if (participant.withdrawn()) {
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		model.addAttribute("project", ownProject(projectId, user));
		model.addAttribute("participant", participant);
		model.addAttribute("preview", participants.withdrawalPreview(participantId));
		return "outcomes/withdraw";
	}

	@PostMapping("/project-lead/outcomes/{projectId}/participants/{participantId}/withdraw")
	String withdraw(@PathVariable UUID projectId, @PathVariable UUID participantId,
			@RequestParam(required = false) String confirm, Authentication user, RedirectAttributes redirect) {
		Participants.Participant participant = ownParticipant(projectId, participantId, user);
		if (!"yes".equals(confirm)) {
			// not confirmed (an old form, a stray request): show what would be deleted first
			return "redirect:/project-lead/outcomes/" + projectId + "/participants/" + participantId + "/withdraw";
		}
		if (participant.withdrawn()) {
			return "redirect:/project-lead/outcomes/" + projectId;
		}
		participants.withdraw(participantId);
		redirect.addFlashAttribute("notice", "outcomes.withdrawn");
		redirect.addFlashAttribute("noticeArgument", participant.code());
		return "redirect:/project-lead/outcomes/" + projectId;
	}

	private String paper(Model model, Participants.Participant participant, Instrument instrument, TimePoint timePoint,
			List<Integer> answers, InvalidResponseException error, Locale locale) {
		model.addAttribute("participant", participant);
		model.addAttribute("questionnaire",
				QuestionnaireView.of(wordings.localised(instrument), answers, locale, error != null));
		model.addAttribute("timePoint", timePoint);
		model.addAttribute("errorText", error == null ? null : messages.getMessage(error.messageKey(), error.arguments(), locale));
		return "outcomes/paper";
	}

	private ProjectView ownProject(UUID projectId, Authentication user) {
		return access.ownProject(projectId, user);
	}

	private Participants.Participant ownParticipant(UUID projectId, UUID participantId, Authentication user) {
		return access.ownParticipant(projectId, participantId, user);
	}
}
