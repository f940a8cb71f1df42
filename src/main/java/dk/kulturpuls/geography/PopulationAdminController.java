package dk.kulturpuls.geography;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator loads the official number of inhabitants per municipality (Statistics Denmark, FOLK1A), which
 * the maps divide by for "per 10,000 inhabitants". The page lists every municipality with its figure, when it was
 * counted and its source.
 */
@Controller
class PopulationAdminController {

	static final String DEFAULT_SOURCE = "Danmarks Statistik, FOLK1A";

	private final Municipalities municipalities;
	private final MessageSource messages;

	PopulationAdminController(Municipalities municipalities, MessageSource messages) {
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/** An error to show: the field it belongs to (the anchor of the summary's link) and its text. */
	record FieldError(String field, String text) {
	}

	@GetMapping("/admin/population")
	String page(Model model) {
		if (!model.containsAttribute("source")) {
			model.addAttribute("source", DEFAULT_SOURCE);
			model.addAttribute("asOf", "");
		}
		List<MunicipalityView> all = municipalities.all();
		model.addAttribute("municipalities", all);
		model.addAttribute("unknown", all.stream().filter(m -> m.population() == null).map(MunicipalityView::name)
			.toList());
		return "geography/population";
	}

	@PostMapping("/admin/population")
	String load(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String asOf,
			@RequestParam(defaultValue = "") String source, Model model, RedirectAttributes redirect,
			Locale locale) throws IOException {
		String when = asOf.strip();
		String from = source.strip();
		List<FieldError> errors = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			errors.add(new FieldError("file", text("population.import.error.noFile", locale)));
		}
		if (when.isEmpty() || when.length() > 40) {
			errors.add(new FieldError("asOf", text("population.import.error.asOf", locale)));
		}
		if (from.isEmpty() || from.length() > 200) {
			errors.add(new FieldError("source", text("population.import.error.source", locale)));
		}
		PopulationTable.Parsed parsed = null;
		if (file != null && !file.isEmpty()) {
			parsed = new PopulationTable(municipalities.all()).read(file.getBytes());
			for (PopulationTable.Problem problem : parsed.problems()) {
				String message = messages.getMessage(problem.key(), problem.arguments().toArray(), locale);
				errors.add(new FieldError("file", problem.line() > 0
						? text("population.import.error.line", locale, problem.line(), message) : message));
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("asOf", when);
			model.addAttribute("source", from);
			return page(model);
		}
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		municipalities.countPopulations(parsed.inhabitants(), when, from, fileName);
		redirect.addFlashAttribute("imported", parsed.inhabitants().size());
		redirect.addFlashAttribute("ignored", parsed.ignored());
		return "redirect:/admin/population";
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
