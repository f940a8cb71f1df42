package dk.kulturpuls.funding;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.TextLimits;
import dk.kulturpuls.platform.Option;
import dk.kulturpuls.platform.Role;

/**
 * The officer's side of review and decision: assignment of reviewers, their organisations, the review settings,
 * the score board, the conflict-of-interest register for the minutes, and the decision on each application.
 */
@Controller
class ReviewOfficerController {

	private final Reviews reviews;
	private final Decisions decisions;
	private final Calls calls;
	private final Inbox inbox;

	ReviewOfficerController(Reviews reviews, Decisions decisions, Calls calls, Inbox inbox) {
		this.reviews = reviews;
		this.decisions = decisions;
		this.calls = calls;
		this.inbox = inbox;
	}

	private Calls.CallView call(UUID id) {
		return calls.find(new CallId(id)).orElseThrow(() -> new NotFoundException("call"));
	}

	@GetMapping("/officer/calls/{id}/reviews")
	String board(@PathVariable UUID id, Model model) {
		Calls.CallView call = call(id);
		List<Reviews.BoardRow> board = reviews.board(call.id());
		model.addAttribute("call", call);
		model.addAttribute("board", board);
		model.addAttribute("reviewers", reviews.reviewers());
		model.addAttribute("reviewerOptions", reviews.reviewers().stream()
			.map(r -> new Option(r.username(), r.displayName() + " (" + r.username() + ")")).toList());
		model.addAttribute("applicationOptions", board.stream()
			.map(r -> new Option(r.applicationId().toString(), (r.receiptNumber() == null ? "" : r.receiptNumber() + " ")
					+ r.title())).toList());
		model.addAttribute("settings", reviews.settings(call.id()));
		java.util.Map<UUID, Decision> decided = new java.util.HashMap<>();
		board.forEach(r -> decisions.find(r.applicationId()).ifPresent(d -> decided.put(r.applicationId(), d)));
		model.addAttribute("decided", decided);
		model.addAttribute("committed", decisions.committed(call.poolId()));
		model.addAttribute("remaining", decisions.remaining(call.poolId()));
		return "review/board";
	}

	@PostMapping("/officer/calls/{id}/reviews/assign")
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String application,
			@RequestParam(defaultValue = "") String reviewer, Authentication user, RedirectAttributes redirect) {
		application = Objects.toString(application, "");
		reviewer = Objects.toString(reviewer, "");
		try {
			if (application.isBlank() || reviewer.isBlank()) {
				throw new FundingException("review.error.chooseBoth");
			}
			reviews.assign(Calls.parse(application), reviewer, user.getName());
			redirect.addFlashAttribute("success", "review.assigned");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/officer/calls/" + id + "/reviews";
	}

	@PostMapping("/officer/calls/{id}/reviews/batch")
	String batch(@PathVariable UUID id, @RequestParam(defaultValue = "0") int perApplication,
			@RequestParam(defaultValue = "REVIEWER") String role, Authentication user, RedirectAttributes redirect) {
		try {
			Role chosen = "COMMITTEE".equals(role) ? Role.COMMITTEE : Role.REVIEWER;
			int count = reviews.assignBatch(call(id).id(), perApplication, chosen, user.getName());
			redirect.addFlashAttribute("batchCount", count);
			redirect.addFlashAttribute("success", "review.batchAssigned");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/officer/calls/" + id + "/reviews";
	}

	@PostMapping("/officer/calls/{id}/reviews/settings")
	String settings(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean hideUntilSubmitted,
			@RequestParam(defaultValue = "0") int disagreementThreshold, RedirectAttributes redirect) {
		try {
			reviews.changeSettings(call(id).id(), hideUntilSubmitted, disagreementThreshold);
			redirect.addFlashAttribute("success", "review.settingsSaved");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/officer/calls/" + id + "/reviews";
	}

	@PostMapping("/officer/calls/{id}/reviews/organisation")
	String organisation(@PathVariable UUID id, @RequestParam(defaultValue = "") String reviewer,
			@RequestParam(defaultValue = "") String organisation, RedirectAttributes redirect) {
		reviewer = Objects.toString(reviewer, "");
		organisation = Objects.toString(organisation, "");
		try {
			reviews.setOrganisation(reviewer, organisation);
			redirect.addFlashAttribute("success", "review.organisationSaved");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/officer/calls/" + id + "/reviews";
	}

	@GetMapping("/officer/calls/{id}/conflicts")
	String register(@PathVariable UUID id, Model model) {
		Calls.CallView call = call(id);
		model.addAttribute("call", call);
		model.addAttribute("entries", reviews.register(call.id()));
		return "review/register";
	}

	@GetMapping("/officer/applications/{id}/decision")
	String decision(@PathVariable UUID id, Model model) {
		return decisionPage(id, model);
	}

	private String decisionPage(UUID id, Model model) {
		Applications.ApplicationView view = inbox.application(id);
		model.addAttribute("view", view);
		model.addAttribute("decision", decisions.find(id).orElse(null));
		model.addAttribute("assignments", reviews.forApplication(id));
		model.addAttribute("remaining", decisions.remaining(view.call().poolId()));
		model.addAttribute("remainingPerYear", decisions.remainingPerYear(view.call().poolId()));
		model.addAttribute("row", reviews.board(view.application().call()).stream()
			.filter(r -> r.applicationId().equals(id)).findFirst().orElse(null));
		return "review/decision";
	}

	@PostMapping("/officer/applications/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String conditions,
			@RequestParam(defaultValue = "") String reason, Authentication user, Model model,
			RedirectAttributes redirect) {
		outcome = Objects.toString(outcome, "");
		amount = Objects.toString(amount, "");
		conditions = Objects.toString(conditions, "");
		reason = Objects.toString(reason, "");
		try {
			Decision.Outcome parsed = switch (outcome) {
				case "GRANTED" -> Decision.Outcome.GRANTED;
				case "REJECTED" -> Decision.Outcome.REJECTED;
				default -> throw new FundingException("decision.error.outcome");
			};
			if (conditions.length() > TextLimits.SHORT) {
				throw new FundingException("decision.error.conditionsTooLong", TextLimits.SHORT, conditions.length());
			}
			if (reason.length() > TextLimits.SHORT) {
				throw new FundingException("decision.error.reasonTooLong", TextLimits.SHORT, reason.length());
			}
			Money money = null;
			if (parsed == Decision.Outcome.GRANTED) {
				try {
					money = Money.parse(amount);
				}
				catch (RuntimeException e) {
					throw new FundingException("decision.error.amount");
				}
				if (money.hasOre()) {
					throw new FundingException("money.wholeKroner");
				}
				if (money.ore() <= 0) {
					throw new FundingException("decision.error.amountZero");
				}
			}
			decisions.decide(id, parsed, money, conditions, reason, user.getName());
			redirect.addFlashAttribute("success", "decision.saved");
			return "redirect:/officer/applications/" + id + "/decision";
		}
		catch (FundingException e) {
			model.addAttribute("decisionError", e.messageKey());
			model.addAttribute("decisionArguments", e.arguments());
			model.addAttribute("decisionField", decisionField(e.messageKey()));
			model.addAttribute("outcome", outcome);
			model.addAttribute("amount", amount);
			model.addAttribute("conditions", conditions);
			model.addAttribute("reason", reason);
			return decisionPage(id, model);
		}
	}

	/** The field of the decision form an error is about, so the summary can lead to it and the field show it. */
	static String decisionField(String messageKey) {
		return switch (messageKey) {
			case "decision.error.outcome" -> "outcome-GRANTED";
			case "decision.error.reason", "decision.error.reducedReason", "decision.error.reasonTooLong" -> "reason";
			case "decision.error.conditionsTooLong" -> "conditions";
			case "decision.error.amount", "decision.error.amountZero", "decision.error.aboveRequest",
					"decision.error.overBudget", "decision.error.overBudgetYear", "money.wholeKroner" -> "amount";
			default -> null;
		};
	}

	@GetMapping("/officer/applications/{id}/decision.pdf")
	ResponseEntity<byte[]> letter(@PathVariable UUID id,
			@RequestParam(name = "language", defaultValue = "da") String language) {
		return pdf(decisions.letter(id, letterLocale(language)), language);
	}

	/** The letter's language: English when asked for, Danish otherwise. */
	static java.util.Locale letterLocale(String language) {
		return "en".equals(language) ? java.util.Locale.ENGLISH : dk.kulturpuls.platform.Formats.DANISH;
	}

	static ResponseEntity<byte[]> pdf(byte[] letter, String language) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("en".equals(language) ? "decision.pdf" : "afgoerelse.pdf").build().toString())
			.body(letter);
	}
}
