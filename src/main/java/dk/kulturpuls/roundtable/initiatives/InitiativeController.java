package dk.kulturpuls.roundtable.initiatives;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Option;
import dk.kulturpuls.roundtable.RoundtableView;
import dk.kulturpuls.roundtable.Roundtables;

/** The secretariat's initiatives: the maturity ranking with the shortlist, adding and assessing candidates. */
@Controller
class InitiativeController {

	private final Initiatives initiatives;
	private final Roundtables roundtables;

	InitiativeController(Initiatives initiatives, Roundtables roundtables) {
		this.initiatives = initiatives;
		this.roundtables = roundtables;
	}

	@GetMapping("/secretariat/roundtables/{id}/initiatives")
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("roundtable", roundtable(id));
		model.addAttribute("ranking", initiatives.ranking(id));
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("readyMinimum", Maturity.READY_MINIMUM);
		model.addAttribute("readyTotal", Maturity.READY_TOTAL);
		model.addAttribute("shortlistSize", Maturity.SHORTLIST_SIZE);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InitiativeForm.empty());
		}
		return "roundtable/initiatives";
	}

	@PostMapping("/secretariat/roundtables/{id}/initiatives")
	String add(@PathVariable UUID id, @Validated @ModelAttribute("form") InitiativeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		roundtable(id);
		if (errors.hasErrors()) {
			return list(id, model);
		}
		UUID initiative = initiatives.add(id, form.name(), form.description(), form.lead());
		redirect.addFlashAttribute("success", "rt.initiative.added");
		return "redirect:/secretariat/initiatives/" + initiative;
	}

	@GetMapping("/secretariat/initiatives/{id}")
	String initiative(@PathVariable UUID id, Model model) {
		Maturity.Candidate initiative = initiatives.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("initiative", initiative);
		model.addAttribute("roundtable", roundtable(initiative.roundtableId()));
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("fields", java.util.Arrays.stream(Criterion.values()).map(AssessmentForm::field).toList());
		model.addAttribute("scale", scale());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AssessmentForm.of(initiative));
		}
		return "roundtable/initiative";
	}

	@PostMapping("/secretariat/initiatives/{id}/assessment")
	String assess(@PathVariable UUID id, @Validated @ModelAttribute("form") AssessmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Maturity.Candidate initiative = initiatives.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (errors.hasErrors()) {
			return initiative(id, model);
		}
		initiatives.assess(id, form.scores());
		redirect.addFlashAttribute("success", "rt.initiative.assessed");
		return "redirect:/secretariat/roundtables/" + initiative.roundtableId() + "/initiatives";
	}

	private static List<Option> scale() {
		return IntStream.rangeClosed(1, 5).mapToObj(i -> new Option(String.valueOf(i), String.valueOf(i))).toList();
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
