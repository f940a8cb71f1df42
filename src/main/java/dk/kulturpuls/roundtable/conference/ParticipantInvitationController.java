package dk.kulturpuls.roundtable.conference;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A logged-in participant answers a conference invitation sent to their e-mail address from their page
 * ({@code /roundtable}); anybody else gets 403.
 */
@Controller
class ParticipantInvitationController {

	private final Conferences conferences;

	ParticipantInvitationController(Conferences conferences) {
		this.conferences = conferences;
	}

	@PostMapping("/roundtable/conference-invitations/{id}")
	String answer(@PathVariable UUID id, @RequestParam String answer, Authentication authentication,
			RedirectAttributes redirect) {
		if (!"accept".equals(answer) && !"decline".equals(answer)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			conferences.answerAsUser(id, authentication.getName(), "accept".equals(answer));
		}
		catch (SecurityException e) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (ConferenceException e) {
			redirect.addFlashAttribute("invitationError", e.getMessage());
			return "redirect:/roundtable#conference-invitations";
		}
		redirect.addFlashAttribute("success", "accept".equals(answer) ? "rtc.invitation.acceptedSaved"
				: "rtc.invitation.declinedSaved");
		return "redirect:/roundtable#conference-invitations";
	}
}
