package dk.kulturpuls.funding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's and the committee member's side: the start page with their queue, the conflict-of-interest
 * declaration before an application's content, the application with the scoring form, the others' scores and
 * the discussion. The same pages answer under /reviewer and /committee, each guarded by its role.
 */
@Controller
class ReviewController {

	private final Reviews reviews;
	private final Inbox inbox;
	private final Calls calls;

	ReviewController(Reviews reviews, Inbox inbox, Calls calls) {
		this.reviews = reviews;
		this.inbox = inbox;
		this.calls = calls;
	}

	private static String area(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/committee")
				? "/committee" : "/reviewer";
	}

	@GetMapping({ "/reviewer", "/committee" })
	String queue(Authentication user, HttpServletRequest request, Model model) {
		model.addAttribute("area", area(request));
		model.addAttribute("items", reviews.queue(user.getName()));
		return "review/queue";
	}

	@GetMapping({ "/reviewer/reviews/{id}", "/committee/reviews/{id}" })
	String review(@PathVariable UUID id, Authentication user, HttpServletRequest request, Model model) {
		ReviewAssignment assignment = reviews.own(user.getName(), id);
		if (assignment.recused()) {
			throw new RecusedException();
		}
		if (!assignment.declared()) {
			return declarationPage(assignment, user, request, model);
		}
		return reviewPage(assignment, user, request, model, null, null, null);
	}

	private String declarationPage(ReviewAssignment assignment, Authentication user, HttpServletRequest request,
			Model model) {
		model.addAttribute("area", area(request));
		model.addAttribute("assignment", assignment);
		GrantApplication application = inbox.application(assignment.applicationId()).application();
		model.addAttribute("parties", inbox.application(assignment.applicationId()));
		model.addAttribute("applicationTitle", application.title());
		model.addAttribute("warning", reviews.organisationWarning(user.getName(), assignment.applicationId()));
		model.addAttribute("grounds", ConflictGround.values());
		return "review/declaration";
	}

	private String reviewPage(ReviewAssignment assignment, Authentication user, HttpServletRequest request, Model model,
			Map<Integer, String> typedScores, Map<Integer, String> typedComments, String error) {
		model.addAttribute("area", area(request));
		model.addAttribute("assignment", assignment);
		model.addAttribute("view", inbox.application(assignment.applicationId()));
		model.addAttribute("criteria", calls.find(new CallId(assignment.callId())).orElseThrow().criteria());
		Map<Integer, String> scores = new HashMap<>();
		Map<Integer, String> comments = new HashMap<>();
		assignment.scores().forEach(s -> {
			scores.put(s.position(), String.valueOf(s.score()));
			comments.put(s.position(), s.comment() == null ? "" : s.comment());
		});
		if (typedScores != null) {
			scores.putAll(typedScores);
			comments.putAll(typedComments);
		}
		model.addAttribute("scores", scores);
		model.addAttribute("comments", comments);
		model.addAttribute("total", assignment.weightedTotal(calls.find(new CallId(assignment.callId())).orElseThrow().criteria()));
		model.addAttribute("others", reviews.others(user.getName(), assignment.applicationId()).orElse(null));
		model.addAttribute("discussion", reviews.discussion(user.getName(), assignment.applicationId()));
		model.addAttribute("scoreError", error);
		return "review/review";
	}

	@PostMapping({ "/reviewer/reviews/{id}/declaration", "/committee/reviews/{id}/declaration" })
	String declare(@PathVariable UUID id, @RequestParam(defaultValue = "") String declaration,
			@RequestParam(defaultValue = "") String ground, @RequestParam(defaultValue = "") String note,
			Authentication user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		declaration = Objects.toString(declaration, "");
		ground = Objects.toString(ground, "");
		note = Objects.toString(note, "");
		ReviewAssignment assignment = reviews.own(user.getName(), id);
		try {
			if (!declaration.equals("none") && !declaration.equals("conflict")) {
				throw new FundingException("review.error.declarationRequired");
			}
			ConflictGround parsed = null;
			for (ConflictGround g : ConflictGround.values()) {
				if (g.name().equals(ground)) {
					parsed = g;
				}
			}
			boolean conflict = declaration.equals("conflict");
			reviews.declare(user.getName(), id, conflict, parsed, note);
			if (conflict) {
				redirect.addFlashAttribute("success", "review.recused");
				return "redirect:" + area(request);
			}
			return "redirect:" + area(request) + "/reviews/" + id;
		}
		catch (FundingException e) {
			model.addAttribute("declarationError", e.messageKey());
			model.addAttribute("declaration", declaration);
			model.addAttribute("ground", ground);
			model.addAttribute("note", note);
			return declarationPage(assignment, user, request, model);
		}
	}

	@PostMapping({ "/reviewer/reviews/{id}/scores", "/committee/reviews/{id}/scores" })
	String score(@PathVariable UUID id, @RequestParam Map<String, String> form, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReviewAssignment assignment = reviews.own(user.getName(), id);
		if (!assignment.cleared()) {
			throw new RecusedException();
		}
		int criteria = calls.find(new CallId(assignment.callId())).orElseThrow().criteria().size();
		Map<Integer, String> typedScores = new HashMap<>();
		Map<Integer, String> typedComments = new HashMap<>();
		Map<Integer, Integer> scores = new HashMap<>();
		Map<Integer, String> comments = new HashMap<>();
		String error = null;
		for (int i = 0; i < criteria; i++) {
			String score = form.getOrDefault("score" + i, "").strip();
			String comment = form.getOrDefault("comment" + i, "");
			typedScores.put(i, score);
			typedComments.put(i, comment);
			comments.put(i, comment);
			if (!score.isEmpty()) {
				try {
					scores.put(i, Integer.parseInt(score));
				}
				catch (NumberFormatException e) {
					error = "review.error.number";
				}
			}
		}
		boolean submit = "submit".equals(form.get("action"));
		try {
			if (error != null) {
				throw new FundingException(error);
			}
			reviews.score(user.getName(), id, scores, comments, submit);
			redirect.addFlashAttribute("success", submit ? "review.submitted" : "review.saved");
			return "redirect:" + area(request) + "/reviews/" + id;
		}
		catch (FundingException e) {
			model.addAttribute("scoreArguments", e.arguments());
			return reviewPage(assignment, user, request, model, typedScores, typedComments, e.messageKey());
		}
	}

	/** The other reviewers' scores of an application, as a page of their own (403 when recused). */
	@GetMapping({ "/reviewer/applications/{applicationId}/scores", "/committee/applications/{applicationId}/scores" })
	String scores(@PathVariable UUID applicationId, Authentication user, HttpServletRequest request, Model model) {
		ReviewAssignment own = reviews.cleared(user.getName(), applicationId);
		return "redirect:" + area(request) + "/reviews/" + own.id() + "#others";
	}

	@GetMapping({ "/reviewer/applications/{applicationId}/discussion",
			"/committee/applications/{applicationId}/discussion" })
	String discussion(@PathVariable UUID applicationId, Authentication user, HttpServletRequest request) {
		ReviewAssignment own = reviews.cleared(user.getName(), applicationId);
		return "redirect:" + area(request) + "/reviews/" + own.id() + "#discussion";
	}

	@PostMapping({ "/reviewer/applications/{applicationId}/discussion",
			"/committee/applications/{applicationId}/discussion" })
	String comment(@PathVariable UUID applicationId, @RequestParam(defaultValue = "") String text,
			Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
		text = Objects.toString(text, "");
		ReviewAssignment own = reviews.cleared(user.getName(), applicationId);
		try {
			reviews.comment(user.getName(), applicationId, text);
			redirect.addFlashAttribute("success", "review.commented");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
			redirect.addFlashAttribute("commentText", text);
		}
		return "redirect:" + area(request) + "/reviews/" + own.id() + "#discussion";
	}
}
