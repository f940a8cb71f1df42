package dk.kulturpuls.roundtable;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's page: any logged-in user whose account is linked to a contact person sees the workshops they
 * are invited to and delivers the assignments they own. Owning is checked here (403 otherwise).
 */
@Controller
class ParticipantController {

	static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	private final Roundtables roundtables;
	private final dk.kulturpuls.roundtable.conference.Conferences conferences;

	ParticipantController(Roundtables roundtables, dk.kulturpuls.roundtable.conference.Conferences conferences) {
		this.roundtables = roundtables;
		this.conferences = conferences;
	}

	@GetMapping("/roundtable")
	String mine(Authentication authentication, Model model) {
		Roundtables.ParticipantView view = roundtables.forParticipant(authentication.getName());
		model.addAttribute("workshops", view.workshops());
		model.addAttribute("assignments", view.assignments());
		model.addAttribute("roundtableNames", view.roundtableNames());
		model.addAttribute("conferenceInvitations", conferences.invitationsOfUser(authentication.getName()));
		return "roundtable/mine";
	}

	@PostMapping("/roundtable/assignments/{id}/delivery")
	String deliver(@PathVariable UUID id, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		if (roundtables.assignment(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!roundtables.owns(id, authentication.getName())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		boolean hasFile = file != null && !file.isEmpty();
		if (!hasFile && (note == null || note.isBlank())) {
			redirect.addFlashAttribute("deliveryError", id);
			redirect.addFlashAttribute("deliveryNote", note);
			return "redirect:/roundtable#assignment-" + id;
		}
		if (hasFile && file.getSize() > MAX_FILE_BYTES) {
			redirect.addFlashAttribute("deliveryTooLarge", id);
			redirect.addFlashAttribute("deliveryNote", note);
			return "redirect:/roundtable#assignment-" + id;
		}
		String name = hasFile ? safeName(file.getOriginalFilename()) : null;
		roundtables.deliver(id, authentication.getName(), note == null || note.isBlank() ? null : note.trim(), name,
				hasFile ? file.getContentType() : null, hasFile ? file.getBytes() : null);
		redirect.addFlashAttribute("success", "roundtable.assignment.deliveredSaved");
		return "redirect:/roundtable";
	}

	@GetMapping("/roundtable/assignments/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id, Authentication authentication) {
		if (!roundtables.owns(id, authentication.getName())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return download(roundtables, id);
	}

	static ResponseEntity<byte[]> download(Roundtables roundtables, UUID id) {
		Roundtables.DeliveredFile file = roundtables.deliveredFile(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MediaType type = MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.body(file.content());
	}

	private static String safeName(String original) {
		if (original == null || original.isBlank()) {
			return "aflevering";
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
