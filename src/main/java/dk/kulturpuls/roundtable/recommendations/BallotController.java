package dk.kulturpuls.roundtable.recommendations;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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

/**
 * Dot voting for participants: the votes of the workshops they are invited to, and their ballot. Only a
 * participant invited to the workshop may see or cast a ballot (403 otherwise).
 */
@Controller
class BallotController {

	static final String PREFIX = "dots-";

	private final Recommendations recommendations;

	BallotController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/roundtable/votes")
	String votes(Authentication user, Model model) {
		model.addAttribute("votes", recommendations.votesFor(user.getName()));
		return "roundtable/recommendation-ballots";
	}

	@GetMapping("/roundtable/votes/{id}")
	String ballot(@PathVariable UUID id, Authentication user, Model model) {
		Recommendations.Ballot ballot = ballotOf(id, user);
		model.addAttribute("ballot", ballot);
		if (!model.containsAttribute("typed")) {
			Map<String, String> typed = new HashMap<>();
			ballot.mine().forEach((r, n) -> typed.put(r.toString(), String.valueOf(n)));
			model.addAttribute("typed", typed);
		}
		// what the form shows: the saved dots, or after a refused post the whole numbers typed
		@SuppressWarnings("unchecked")
		Map<String, String> shown = (Map<String, String>) model.asMap().get("typed");
		model.addAttribute("spent", shown.values().stream().filter(v -> v != null && v.matches("\\d{1,6}"))
			.mapToInt(Integer::parseInt).sum());
		if (!ballot.vote().open()) {
			model.addAttribute("result", recommendations.result(id).orElseThrow());
		}
		return "roundtable/recommendation-ballot";
	}

	@PostMapping("/roundtable/votes/{id}")
	String cast(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Authentication user,
			Model model, RedirectAttributes redirect) {
		Recommendations.Ballot ballot = ballotOf(id, user);
		Map<UUID, Integer> allocation = new LinkedHashMap<>();
		Map<String, String> typed = new HashMap<>();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		for (Recommendations.RecommendationView r : ballot.recommendations()) {
			String value = parameters.getOrDefault(PREFIX + r.id(), "").strip();
			typed.put(r.id().toString(), value);
			if (value.isEmpty()) {
				continue;
			}
			try {
				int dots = Integer.parseInt(value);
				if (dots < 0) {
					fieldErrors.put(r.id().toString(), "rt.vote.negative");
				}
				else {
					allocation.put(r.id(), dots);
				}
			}
			catch (NumberFormatException e) {
				fieldErrors.put(r.id().toString(), "rt.vote.notANumber");
			}
		}
		if (fieldErrors.isEmpty()) {
			try {
				recommendations.cast(id, user.getName(), allocation);
				redirect.addFlashAttribute("success", "rt.vote.cast");
				return "redirect:/roundtable/votes/" + id;
			}
			catch (DotVote.BallotRefused e) {
				model.addAttribute("ballotError", e.getMessage());
				Object[] arguments = java.util.Arrays.copyOf(e.arguments(), 2);
				model.addAttribute("ballotErrorArguments", arguments);
			}
		}
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("typed", typed);
		return ballot(id, user, model);
	}

	private Recommendations.Ballot ballotOf(UUID id, Authentication user) {
		if (recommendations.vote(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return recommendations.ballot(id, user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}
}
