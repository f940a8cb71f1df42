package dk.kulturpuls.roundtable.recommendations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
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
import dk.kulturpuls.roundtable.SystemLevel;

/** The secretariat's recommendations: the list, writing and changing one, and opening and closing dot voting. */
@Controller
class RecommendationController {

	private final Recommendations recommendations;
	private final Roundtables roundtables;
	private final MessageSource messages;

	RecommendationController(Recommendations recommendations, Roundtables roundtables, MessageSource messages) {
		this.recommendations = recommendations;
		this.roundtables = roundtables;
		this.messages = messages;
	}

	@GetMapping("/secretariat/roundtables/{id}/recommendations")
	String list(@PathVariable UUID id, Model model, Locale locale) {
		RoundtableView roundtable = roundtable(id);
		List<Recommendations.RecommendationView> all = recommendations.all(id);
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("recommendations", all);
		model.addAttribute("types", RecommendationType.values());
		model.addAttribute("levels", SystemLevel.values());
		model.addAttribute("counts", all.stream()
			.collect(Collectors.groupingBy(r -> r.type().name() + "/" + r.level().name(), Collectors.counting())));
		model.addAttribute("votes", recommendations.votes(id));
		Set<UUID> voted = recommendations.votes(id).stream().map(Recommendations.VoteView::workshopId)
			.collect(Collectors.toSet());
		model.addAttribute("workshopOptions", roundtables.workshops(id).stream().filter(w -> !voted.contains(w.id()))
			.map(w -> new Option(w.id().toString(), w.title())).toList());
		formOptions(model, locale);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RecommendationForm.empty());
		}
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", VoteForm.empty());
		}
		return "roundtable/recommendations";
	}

	@PostMapping("/secretariat/roundtables/{id}/recommendations")
	String propose(@PathVariable UUID id, @Validated @ModelAttribute("form") RecommendationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		roundtable(id);
		checkPublications(form, errors);
		if (errors.hasErrors()) {
			return list(id, model, locale);
		}
		UUID created = recommendations.propose(id, form.details());
		redirect.addFlashAttribute("success", "rt.recommendation.saved");
		return "redirect:/secretariat/roundtables/" + id + "/recommendations#recommendation-" + created;
	}

	@GetMapping("/secretariat/recommendations/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Recommendations.RecommendationView recommendation = recommendation(id);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("roundtable", roundtable(recommendation.roundtableId()));
		formOptions(model, locale);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RecommendationForm(recommendation.title(), recommendation.type(),
					recommendation.level(), recommendation.addressee(), recommendation.rationale(),
					recommendation.status(), recommendation.knowledge().stream()
						.map(Recommendations.KnowledgeLink::id).collect(Collectors.toSet())));
		}
		return "roundtable/recommendation";
	}

	@PostMapping("/secretariat/recommendations/{id}")
	String change(@PathVariable UUID id, @Validated @ModelAttribute("form") RecommendationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Recommendations.RecommendationView recommendation = recommendation(id);
		checkPublications(form, errors);
		if (errors.hasErrors()) {
			return edit(id, model, locale);
		}
		recommendations.change(id, form.details());
		redirect.addFlashAttribute("success", "rt.recommendation.changed");
		return "redirect:/secretariat/roundtables/" + recommendation.roundtableId() + "/recommendations";
	}

	@PostMapping("/secretariat/roundtables/{id}/votes")
	String openVote(@PathVariable UUID id, @Validated @ModelAttribute("voteForm") VoteForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		roundtable(id);
		if (form.workshop() != null && roundtables.workshop(form.workshop())
			.filter(w -> w.roundtableId().equals(id)).isEmpty()) {
			errors.rejectValue("workshop", "rt.vote.workshop.unknown");
		}
		if (form.workshop() != null && recommendations.votes(id).stream()
			.anyMatch(v -> v.workshopId().equals(form.workshop()))) {
			errors.rejectValue("workshop", "rt.vote.workshop.exists");
		}
		if (!errors.hasErrors() && recommendations.all(id).isEmpty()) {
			errors.reject("rt.vote.noRecommendations");
		}
		if (errors.hasErrors()) {
			return list(id, model, locale);
		}
		UUID vote = recommendations.openVote(id, form.workshop(), form.dots());
		redirect.addFlashAttribute("success", "rt.vote.opened");
		return "redirect:/secretariat/votes/" + vote;
	}

	@GetMapping("/secretariat/votes/{id}")
	String result(@PathVariable UUID id, Model model) {
		Recommendations.Result result = recommendations.result(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("result", result);
		model.addAttribute("roundtable", roundtable(result.vote().roundtableId()));
		return "roundtable/recommendation-votes";
	}

	@PostMapping("/secretariat/votes/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		recommendations.vote(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		recommendations.close(id);
		redirect.addFlashAttribute("success", "rt.vote.closedSaved");
		return "redirect:/secretariat/votes/" + id;
	}

	@PostMapping("/secretariat/votes/{id}/reopen")
	String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
		recommendations.vote(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		recommendations.reopen(id);
		redirect.addFlashAttribute("success", "rt.vote.reopened");
		return "redirect:/secretariat/votes/" + id;
	}

	private void checkPublications(RecommendationForm form, BindingResult errors) {
		if (form.publications() != null) {
			Set<UUID> known = recommendations.publications().stream().map(Recommendations.KnowledgeLink::id)
				.collect(Collectors.toSet());
			if (!known.containsAll(form.publications())) {
				errors.rejectValue("publications", "rt.recommendation.publication.unknown");
			}
		}
	}

	private void formOptions(Model model, Locale locale) {
		model.addAttribute("typeOptions", options(RecommendationType.values(), RecommendationType::messageKey, locale));
		model.addAttribute("levelOptions", options(SystemLevel.values(), SystemLevel::messageKey, locale));
		model.addAttribute("statusOptions",
				options(RecommendationStatus.values(), RecommendationStatus::messageKey, locale));
		model.addAttribute("publicationOptions", recommendations.publications().stream()
			.map(p -> new Option(p.id().toString(), p.title())).toList());
	}

	private <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values).map(v -> new Option(v.name(), messages.getMessage(key.apply(v), null, locale)))
			.toList();
	}

	private Recommendations.RecommendationView recommendation(UUID id) {
		return recommendations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
