package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/** The respondent's questionnaire behind a one-time link: no login, phone-sized, one fieldset per item. */
@Controller
class QuestionnaireController {

	private final Participants participants;
	private final MessageSource messages;
	private final InstrumentWordings wordings;
	private final Projects projects;

	QuestionnaireController(Participants participants, MessageSource messages, InstrumentWordings wordings,
			Projects projects) {
		this.participants = participants;
		this.messages = messages;
		this.wordings = wordings;
		this.projects = projects;
	}

	/**
	 * The respondent's pages use the layout's compact header: on a phone the platform name and the language switch,
	 * without the main menu and the login, which would take a quarter of the screen and lead away from the form.
	 */
	@org.springframework.web.bind.annotation.ModelAttribute("compactHeader")
	boolean compactHeader() {
		return true;
	}

	@GetMapping("/public/q/{token}")
	String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		Optional<Participants.OpenLink> link = participants.openLink(token);
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "outcomes/link-closed";
		}
		return form(model, link.get(), token, new ArrayList<>(), null, locale);
	}

	@PostMapping("/public/q/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		Optional<Participants.OpenLink> link = participants.openLink(token);
		if (link.isEmpty() && participants.answered(token)) {
			// the same answers sent again: they were received the first time, and nothing is stored twice
			model.addAttribute("alreadyReceived", true);
			return "outcomes/thanks";
		}
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "outcomes/link-closed";
		}
		Instrument instrument = link.get().instrument();
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= instrument.items().size(); i++) {
			answers.add(parse(form.get("item" + i)));
		}
		try {
			participants.answer(token, answers);
		}
		catch (InvalidResponseException e) {
			response.setStatus(422);
			return form(model, link.get(), token, answers, e, locale);
		}
		catch (Participants.LinkNotOpenException e) {
			// a parallel request (a double click, a resend) used the link first: its answers are the ones stored
			if (participants.answered(token)) {
				model.addAttribute("alreadyReceived", true);
				return "outcomes/thanks";
			}
			response.setStatus(HttpStatus.GONE.value());
			return "outcomes/link-closed";
		}
		return "outcomes/thanks";
	}

	private String form(Model model, Participants.OpenLink link, String token, List<Integer> answers,
			InvalidResponseException error, Locale locale) {
		model.addAttribute("questionnaire",
				QuestionnaireView.of(wordings.localised(link.instrument()), answers, locale, error != null));
		// the respondent sees which project and which measurement the form is for
		model.addAttribute("projectName",
				projects.find(new ProjectId(link.projectId())).map(ProjectView::name).orElse(null));
		model.addAttribute("timePoint", link.timePoint());
		model.addAttribute("token", token);
		model.addAttribute("errorText", error == null ? null : messages.getMessage(error.messageKey(), error.arguments(), locale));
		return "outcomes/questionnaire";
	}

	static Integer parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return Integer.MIN_VALUE;
		}
	}
}
