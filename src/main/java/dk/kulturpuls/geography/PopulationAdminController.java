package dk.kulturpuls.geography;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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

	/** The upload: the table, when it was counted and its source. */
	record PopulationForm(
			MultipartFile file,
			@NotBlank @Size(max = 40) String asOf,
			@NotBlank @Size(max = 200) String source) {
	}

	@GetMapping("/admin/population")
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PopulationForm(null, "", DEFAULT_SOURCE));
		}
		List<MunicipalityView> all = municipalities.all();
		model.addAttribute("municipalities", all);
		model.addAttribute("unknown", all.stream().filter(m -> m.population() == null).map(MunicipalityView::name)
			.toList());
		return "geography/population";
	}

	@PostMapping("/admin/population")
	String load(@Validated @ModelAttribute("form") PopulationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		MultipartFile file = form.file();
		PopulationTable.Parsed parsed = null;
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "population.import.error.noFile");
		}
		else {
			parsed = new PopulationTable(municipalities.all()).read(file.getBytes());
			for (PopulationTable.Problem problem : parsed.problems()) {
				String text = messages.getMessage(problem.key(), problem.arguments().toArray(), locale);
				if (problem.line() > 0) {
					errors.rejectValue("file", "population.import.error.line", new Object[] { problem.line(), text },
							null);
				}
				else {
					errors.rejectValue("file", problem.key(), problem.arguments().toArray(), null);
				}
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("chooseFileAgain", file != null && !file.isEmpty());
			return page(model);
		}
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		municipalities.countPopulations(parsed.inhabitants(), form.asOf(), form.source(), fileName);
		redirect.addFlashAttribute("imported", parsed.inhabitants().size());
		redirect.addFlashAttribute("ignored", parsed.ignored());
		return "redirect:/admin/population";
	}
}
