package dk.kulturpuls.outcomes;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The participant's questionnaire, opened by a one-time link without login. It shows no name or code and works
 * once: after an answer, or when the link has expired, it says so.
 */
@Controller
class QuestionnaireController {

	private final Measurements measurements;
	private final InstrumentCatalogue instruments;

	QuestionnaireController(Measurements measurements, InstrumentCatalogue instruments) {
		this.measurements = measurements;
		this.instruments = instruments;
	}

	@GetMapping("/public/q/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		return measurements.openLink(token).map(link -> {
			model.addAttribute("instrument", instruments.current(link.instrument()).orElseThrow());
			model.addAttribute("answers", Map.of());
			model.addAttribute("token", token);
			return "outcomes/questionnaire";
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.GONE.value());
			return "outcomes/link-closed";
		});
	}

	@PostMapping("/public/q/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		var link = measurements.openLink(token);
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return "outcomes/link-closed";
		}
		Instrument instrument = instruments.current(link.get().instrument()).orElseThrow();
		List<Integer> answers = QuestionnaireForm.answers(instrument, form);
		try {
			measurements.answerByLink(token, answers);
		}
		catch (InvalidResponseException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("instrument", instrument);
			model.addAttribute("answers", form);
			model.addAttribute("token", token);
			model.addAttribute("missing", QuestionnaireForm.missing(answers));
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArguments", e.arguments());
			return "outcomes/questionnaire";
		}
		return "outcomes/thanks";
	}
}
