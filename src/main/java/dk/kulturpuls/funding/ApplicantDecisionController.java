package dk.kulturpuls.funding;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant reads the decision on its own application and downloads the letter; others' do not exist. */
@Controller
class ApplicantDecisionController {

	private final Decisions decisions;
	private final Applications applications;

	ApplicantDecisionController(Decisions decisions, Applications applications) {
		this.decisions = decisions;
		this.applications = applications;
	}

	@GetMapping("/applicant/applications/{id}/decision")
	String decision(@PathVariable UUID id, Authentication user, Model model) {
		Decision decision = decisions.forApplicant(user.getName(), id)
			.orElseThrow(() -> new NotFoundException("decision"));
		model.addAttribute("view", applications.get(user.getName(), id));
		model.addAttribute("decision", decision);
		return "review/applicant-decision";
	}

	@GetMapping("/applicant/applications/{id}/decision.pdf")
	ResponseEntity<byte[]> letter(@PathVariable UUID id, Authentication user,
			@RequestParam(name = "language", defaultValue = "da") String language) {
		return ReviewOfficerController.pdf(decisions.letterForApplicant(user.getName(), id,
				ReviewOfficerController.letterLocale(language)), language);
	}
}
