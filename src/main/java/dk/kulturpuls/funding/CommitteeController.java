package dk.kulturpuls.funding;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The committee's view of the calls: each call in review with its ranking and its portfolio. An application the
 * member is recused from is left out of the ranking and the others are numbered without it, so no figure from
 * which its score could be derived is shown.
 */
@Controller
class CommitteeController {

	/** A row of the committee's ranking. */
	public record RankingRow(int rank, String title, String organisation, Double mean, long reviews) {
	}

	private final Calls calls;
	private final Reviews reviews;

	CommitteeController(Calls calls, Reviews reviews) {
		this.calls = calls;
		this.reviews = reviews;
	}

	@GetMapping("/committee/calls")
	String calls(Model model) {
		model.addAttribute("calls", calls.all().stream().filter(c -> c.status() != CallStatus.DRAFT).toList());
		return "review/committee-calls";
	}

	@GetMapping("/committee/calls/{id}/ranking")
	String ranking(@PathVariable UUID id, Authentication user, Model model) {
		Calls.CallView call = calls.find(new CallId(id)).filter(c -> c.status() != CallStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("call"));
		Set<UUID> recused = reviews.forCall(call.id()).stream()
			.filter(a -> a.reviewer().equals(user.getName()) && a.recused())
			.map(ReviewAssignment::applicationId).collect(Collectors.toSet());
		List<Reviews.BoardRow> visible = reviews.board(call.id()).stream()
			.filter(r -> !recused.contains(r.applicationId())).toList();
		List<RankingRow> rows = visible.stream().map(r -> new RankingRow(
				r.mean() == null ? 0 : (int) visible.stream().filter(o -> o.mean() != null && o.mean() > r.mean()).count() + 1,
				r.title(), r.organisation(), r.mean(), r.totals().stream().filter(t -> t != null).count()))
			.toList();
		model.addAttribute("call", call);
		model.addAttribute("rows", rows);
		model.addAttribute("recusedCount", recused.size());
		return "review/ranking";
	}
}
