package dk.kulturpuls.funding;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
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

import dk.kulturpuls.platform.PdfDocuments;

/**
 * The applicant's start page with its organisation's applications and the open calls; the eligibility questions
 * that come before the form; submission, receipt, withdrawal, answers to the officer, and attachment downloads.
 */
@Controller
class ApplicantController {

	private final Applications applications;
	private final Submission submission;
	private final Calls calls;
	private final PdfDocuments pdf;

	ApplicantController(Applications applications, Submission submission, Calls calls, PdfDocuments pdf) {
		this.applications = applications;
		this.submission = submission;
		this.calls = calls;
		this.pdf = pdf;
	}

	@GetMapping("/applicant")
	String start(Authentication user, Model model) {
		model.addAttribute("applications", applications.mine(user.getName()));
		model.addAttribute("calls", calls.open());
		model.addAttribute("registered", applications.applicant(user.getName()).isPresent());
		return "funding/applicant";
	}

	@GetMapping("/applicant/calls/{callId}/apply")
	String eligibility(@PathVariable UUID callId, Model model) {
		model.addAttribute("call", calls.find(new CallId(callId)).filter(Calls.CallView::open)
			.orElseThrow(() -> new NotFoundException("call")));
		return "funding/eligibility";
	}

	@PostMapping("/applicant/calls/{callId}/apply")
	String answer(@PathVariable UUID callId, @RequestParam Map<String, String> parameters, Authentication user,
			Model model) {
		Calls.CallView call = calls.find(new CallId(callId)).filter(Calls.CallView::open)
			.orElseThrow(() -> new NotFoundException("call"));
		Map<Integer, Boolean> answers = new HashMap<>();
		for (int i = 0; i < call.questions().size(); i++) {
			String value = parameters.get("answer" + i);
			if ("yes".equals(value) || "no".equals(value)) {
				answers.put(i, "yes".equals(value));
			}
		}
		model.addAttribute("call", call);
		model.addAttribute("answers", answers);
		try {
			Applications.Start start = applications.start(user.getName(), new CallId(callId), answers);
			if (start.applicationId() != null) {
				return "redirect:/applicant/applications/" + start.applicationId() + "/project";
			}
			model.addAttribute("excludedBy", start.excludedBy());
		}
		catch (FundingException e) {
			model.addAttribute("error", e.messageKey());
		}
		return "funding/eligibility";
	}

	@GetMapping("/applicant/applications/{id}")
	String application(@PathVariable UUID id, Authentication user, Model model) {
		Applications.ApplicationView view = applications.get(user.getName(), id);
		if (view.application().status() == ApplicationStatus.DRAFT) {
			return "redirect:/applicant/applications/" + id + "/project";
		}
		model.addAttribute("view", view);
		return "funding/application";
	}

	@PostMapping("/applicant/applications/{id}/submit")
	String submit(@PathVariable UUID id, Authentication user, Locale locale, RedirectAttributes redirect) {
		try {
			submission.submit(user.getName(), id, locale);
			return "redirect:/applicant/applications/" + id + "/receipt";
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
			return "redirect:/applicant/applications/" + id + "/review";
		}
	}

	@GetMapping("/applicant/applications/{id}/receipt")
	String receipt(@PathVariable UUID id, Authentication user, Model model) {
		Applications.ApplicationView view = applications.get(user.getName(), id);
		if (view.application().receiptNumber() == null) {
			return "redirect:/applicant/applications/" + id + "/review";
		}
		model.addAttribute("view", view);
		model.addAttribute("email", applications.applicant(user.getName()).map(Applicant::email).orElse(""));
		return "funding/receipt";
	}

	@PostMapping("/applicant/applications/{id}/withdraw")
	String withdraw(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
		try {
			applications.withdraw(user.getName(), id);
			redirect.addFlashAttribute("success", "application.withdrawn");
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/applicant/applications/" + id;
	}

	@PostMapping("/applicant/applications/{id}/answer")
	String answerRequest(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Authentication user,
			Model model, RedirectAttributes redirect) throws IOException {
		answer = java.util.Objects.toString(answer, "");
		try {
			if (file == null || file.isEmpty()) {
				applications.answer(user.getName(), id, answer);
			}
			else {
				try (InputStream content = file.getInputStream()) {
					applications.answer(user.getName(), id, answer, file.getOriginalFilename(), content);
				}
			}
			redirect.addFlashAttribute("success", "application.answered");
			return "redirect:/applicant/applications/" + id;
		}
		catch (FundingException e) {
			model.addAttribute("view", applications.get(user.getName(), id));
			model.addAttribute("answerError", e.messageKey());
			model.addAttribute("answerErrorArguments", e.arguments());
			model.addAttribute("answer", answer);
			return "funding/application";
		}
	}

	@GetMapping("/applicant/applications/{id}/attachments/{attachment}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachment,
			Authentication user) throws IOException {
		Attachment file = applications.attachment(user.getName(), id, attachment);
		return file(file, applications.open(file));
	}

	/** The application as a PDF, the same copy as the receipt mail's, as it stands now. */
	@GetMapping("/applicant/applications/{id}/application.pdf")
	ResponseEntity<byte[]> copy(@PathVariable UUID id, Authentication user, Locale locale) {
		Applications.ApplicationView view = applications.get(user.getName(), id);
		byte[] document = pdf.render("funding/pdf", Map.of("view", view), locale);
		String name = "ansoegning-" + (view.application().receiptNumber() == null ? "kladde"
				: view.application().receiptNumber()) + ".pdf";
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(document);
	}

	static ResponseEntity<InputStreamResource> file(Attachment file, InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}
}
