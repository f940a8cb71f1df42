package dk.kulturpuls.funding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The programme as the public sees it, and the start page of the programme officer, which begins from the
 * programme and its pools.
 */
@Controller
class ProgrammeController {

	private final ProgrammeOverview overview;

	ProgrammeController(ProgrammeOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/programme")
	String programme(Model model) {
		model.addAttribute("programme", overview.current().orElse(null));
		return "funding/programme";
	}

	@GetMapping("/officer")
	String officer(Model model) {
		model.addAttribute("programme", overview.current().orElse(null));
		return "funding/officer";
	}
}
