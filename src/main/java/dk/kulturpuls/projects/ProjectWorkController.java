package dk.kulturpuls.projects;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.projects.ProjectWorkForms.ActivityForm;
import dk.kulturpuls.projects.ProjectWorkForms.DocumentForm;
import dk.kulturpuls.projects.ProjectWorkForms.OutcomeForm;
import dk.kulturpuls.projects.ProjectWorkForms.PartnerForm;

/**
 * A project's page for the people who run it: officers at /officer/projects/{id} (every project), project leads at
 * /project-lead/projects/{id} (their own projects only; {@link ProjectWork} answers 403 for others).
 */
@Controller
class ProjectWorkController {

	private final ProjectWork work;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;

	ProjectWorkController(ProjectWork work, ProgrammeCatalogue catalogue, Municipalities municipalities) {
		this.work = work;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
	}

	private static String base(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/officer/") ? "/officer/projects"
				: "/project-lead/projects";
	}

	private static ProjectWork.Editor editor(Authentication authentication, HttpServletRequest request) {
		return new ProjectWork.Editor(authentication.getName(), base(request).startsWith("/officer"));
	}

	private static ProjectId id(String text) {
		try {
			return ProjectId.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping({ "/officer/projects/{id}", "/project-lead/projects/{id}" })
	String show(@PathVariable String id, Authentication authentication, HttpServletRequest request, Model model,
			Locale locale) {
		ProjectDetails details = work.details(id(id), editor(authentication, request));
		model.addAttribute("outcomeForm", OutcomeForm.of(details));
		model.addAttribute("partnerForm", PartnerForm.empty());
		model.addAttribute("activityForm", ActivityForm.empty());
		model.addAttribute("documentForm", DocumentForm.empty());
		return page(id(id), details, authentication, request, model, locale);
	}

	private String page(ProjectId id, ProjectDetails details, Authentication authentication,
			HttpServletRequest request, Model model, Locale locale) {
		ProjectWork.Editor editor = editor(authentication, request);
		model.addAttribute("details", details);
		model.addAttribute("documents", work.documents(id, editor));
		model.addAttribute("base", base(request) + "/" + id);
		model.addAttribute("officer", editor.officer());
		model.addAttribute("offerTypeName",
				catalogue.offerType(details.project().offerType()).map(c -> c.name().in(locale)).orElse(details.project().offerType()));
		model.addAttribute("targetGroupNames", details.project().targetGroups().stream()
			.map(code -> catalogue.targetGroup(code).map(c -> c.name().in(locale)).orElse(code)).sorted().toList());
		model.addAttribute("municipalityNames", municipalities.all().stream()
			.filter(m -> details.project().municipalities().contains(m.code().value())).map(m -> m.name()).toList());
		model.addAttribute("statuses", Arrays.stream(ProjectStatus.values()).map(Enum::name).toList());
		model.addAttribute("sectors", Arrays.stream(Sector.values()).map(Enum::name).toList());
		model.addAttribute("kinds", Arrays.stream(DocumentKind.values()).map(Enum::name).toList());
		model.addAttribute("maxDocumentSize", work.maxDocumentSizeMegabytes());
		return "projects/project";
	}

	@PostMapping({ "/officer/projects/{id}/outcome", "/project-lead/projects/{id}/outcome" })
	String outcome(@PathVariable String id, @Validated @ModelAttribute("outcomeForm") OutcomeForm form,
			BindingResult errors, Authentication authentication, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect) {
		ProjectWork.Editor editor = editor(authentication, request);
		if (errors.hasErrors()) {
			return again(id, editor, authentication, request, model, locale);
		}
		work.describeOutcome(id(id), editor, form.results(), form.lessons(), form.status(), form.publiclyVisible());
		redirect.addFlashAttribute("success", "project.outcome.saved");
		return "redirect:" + base(request) + "/" + id;
	}

	@PostMapping({ "/officer/projects/{id}/partners", "/project-lead/projects/{id}/partners" })
	String addPartner(@PathVariable String id, @Validated @ModelAttribute("partnerForm") PartnerForm form,
			BindingResult errors, Authentication authentication, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect) {
		ProjectWork.Editor editor = editor(authentication, request);
		if (!errors.hasErrors()) {
			try {
				work.addPartner(id(id), editor, new Partner(form.organisation(), form.role(), form.sector()));
				redirect.addFlashAttribute("success", "project.partner.added");
				return "redirect:" + base(request) + "/" + id + "#partners";
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("organisation", "project.partner.duplicate");
			}
		}
		return again(id, editor, authentication, request, model, locale);
	}

	@PostMapping({ "/officer/projects/{id}/partners/{index}/delete", "/project-lead/projects/{id}/partners/{index}/delete" })
	String removePartner(@PathVariable String id, @PathVariable int index, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		work.removePartner(id(id), editor(authentication, request), index);
		redirect.addFlashAttribute("success", "project.partner.removed");
		return "redirect:" + base(request) + "/" + id + "#partners";
	}

	@PostMapping({ "/officer/projects/{id}/activities", "/project-lead/projects/{id}/activities" })
	String addActivity(@PathVariable String id, @Validated @ModelAttribute("activityForm") ActivityForm form,
			BindingResult errors, Authentication authentication, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect) {
		ProjectWork.Editor editor = editor(authentication, request);
		if (form != null && !form.digital() && (form.place() == null || form.place().isBlank())) {
			// the form object is null when a field could not be converted: add the error without reading it
			errors.addError(new FieldError(errors.getObjectName(), "place", form.place(), false,
					new String[] { "project.activity.placeOrDigital" }, null, null));
		}
		if (errors.hasErrors()) {
			return again(id, editor, authentication, request, model, locale);
		}
		work.addActivity(id(id), editor,
				new Activity(form.activityTitle(), form.heldOn(), form.place(), form.digital(), form.participants()));
		redirect.addFlashAttribute("success", "project.activity.added");
		return "redirect:" + base(request) + "/" + id + "#activities";
	}

	@PostMapping({ "/officer/projects/{id}/activities/{index}/delete", "/project-lead/projects/{id}/activities/{index}/delete" })
	String removeActivity(@PathVariable String id, @PathVariable int index, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		work.removeActivity(id(id), editor(authentication, request), index);
		redirect.addFlashAttribute("success", "project.activity.removed");
		return "redirect:" + base(request) + "/" + id + "#activities";
	}

	@PostMapping({ "/officer/projects/{id}/documents", "/project-lead/projects/{id}/documents" })
	String addDocument(@PathVariable String id, @Validated @ModelAttribute("documentForm") DocumentForm form,
			BindingResult errors, Authentication authentication, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect) {
		ProjectWork.Editor editor = editor(authentication, request);
		byte[] content = null;
		if (form.file() != null && !form.file().isEmpty()) {
			try {
				content = form.file().getBytes();
			}
			catch (IOException e) {
				errors.rejectValue("file", "project.document.file.type");
			}
		}
		if (!errors.hasErrors()) {
			try {
				UUID added = work.addDocument(id(id), editor, new ProjectWork.NewDocument(form.kind(),
						form.documentTitle(), form.description(), form.publicItem(), form.link(),
						content == null ? null : form.file().getOriginalFilename(), content));
				redirect.addFlashAttribute("success",
						work.inKnowledgeBase(added) ? "project.document.addedAndPublished" : "project.document.added");
				return "redirect:" + base(request) + "/" + id + "#documents";
			}
			catch (DocumentFiles.RejectedFileException e) {
				errors.rejectValue(e.messageKey().startsWith("project.document.link") ? "link" : "file",
						e.messageKey(), new Object[] { work.maxDocumentSizeMegabytes() }, null);
			}
		}
		if (content != null) {
			model.addAttribute("chooseFileAgain", true);
		}
		return again(id, editor, authentication, request, model, locale);
	}

	@PostMapping({ "/officer/projects/{id}/documents/{document}/delete", "/project-lead/projects/{id}/documents/{document}/delete" })
	String removeDocument(@PathVariable String id, @PathVariable UUID document, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		work.removeDocument(id(id), editor(authentication, request), document);
		redirect.addFlashAttribute("success", "project.document.removed");
		return "redirect:" + base(request) + "/" + id + "#documents";
	}

	@PostMapping("/officer/projects/{id}/documents/{document}/publish")
	String publishDocument(@PathVariable String id, @PathVariable UUID document, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			work.publishDocument(id(id), editor(authentication, request), document);
			redirect.addFlashAttribute("success", "project.document.published");
		}
		catch (DocumentFiles.RejectedFileException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		catch (RuntimeException e) {
			if (e instanceof org.springframework.security.access.AccessDeniedException
					|| e instanceof ResponseStatusException) {
				throw e;
			}
			// the knowledge base could not read the file's text
			redirect.addFlashAttribute("error", "project.document.publish.failed");
		}
		return "redirect:" + base(request) + "/" + id + "#documents";
	}

	@GetMapping({ "/officer/projects/{id}/documents/{document}/{name}", "/project-lead/projects/{id}/documents/{document}/{name}" })
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable UUID document, Authentication authentication,
			HttpServletRequest request) {
		return download(work.file(id(id), document, editor(authentication, request))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	static ResponseEntity<byte[]> download(ProjectWork.StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String again(String id, ProjectWork.Editor editor, Authentication authentication,
			HttpServletRequest request, Model model, Locale locale) {
		ProjectDetails details = work.details(id(id), editor);
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", OutcomeForm.of(details));
		}
		if (!model.containsAttribute("partnerForm")) {
			model.addAttribute("partnerForm", PartnerForm.empty());
		}
		if (!model.containsAttribute("activityForm")) {
			model.addAttribute("activityForm", ActivityForm.empty());
		}
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", DocumentForm.empty());
		}
		return page(id(id), details, authentication, request, model, locale);
	}
}
