package dk.kulturpuls.grants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts pages: the grantee enters the actual amounts against the grant's budget lines, explains the lines that
 * deviate, gives the declaration its size calls for, saves a draft and submits; the officer reads them and approves
 * or asks for changes. Another applicant's grant does not exist (404).
 */
@Controller
class GrantAccountsController {

	private final GrantAccounts accounts;
	private final MessageSource messages;
	private final AccountsSheet sheet;

	GrantAccountsController(GrantAccounts accounts, MessageSource messages, AccountsSheet sheet) {
		this.accounts = accounts;
		this.messages = messages;
		this.sheet = sheet;
	}

	@GetMapping("/applicant/grants/{id}/accounts/{obligation}/sheet.xlsx")
	ResponseEntity<byte[]> template(@PathVariable UUID id, @PathVariable UUID obligation, Authentication user,
			Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("regnskab.xlsx").build().toString())
			.body(sheet.write(accounts.forGrantee(user.getName(), id, obligation), locale));
	}

	/** The filled sheet, read back into the accounts as a draft; what is wrong is shown as if typed. */
	@PostMapping("/applicant/grants/{id}/accounts/{obligation}/sheet")
	String readSheet(@PathVariable UUID id, @PathVariable UUID obligation,
			@RequestParam(name = "sheet", required = false) MultipartFile file, Authentication user, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		GrantAccounts.Accounts current = accounts.forGrantee(user.getName(), id, obligation);
		GrantAccounts.AccountsForm form = null;
		try {
			if (file == null || file.isEmpty()) {
				throw new GrantException("grant.sheet.error.noFile");
			}
			Map<String, String> fields = new java.util.LinkedHashMap<>(sheet.read(file.getInputStream()));
			current.lines().forEach(l -> fields.putIfAbsent("e-" + l.id(), l.explanation()));
			fields.put("signer", current.signer());
			fields.put("sworn", String.valueOf(current.sworn()));
			form = GrantAccounts.AccountsForm.of(fields);
			Map<String, String> errors = accounts.save(user.getName(), id, obligation, form, null, false);
			if (!errors.isEmpty()) {
				model.addAttribute("accounts", accounts.asTyped(user.getName(), id, obligation, form));
				model.addAttribute("errors", errors);
				return "grants/applicant-accounts";
			}
		}
		catch (GrantException e) {
			model.addAttribute("accounts", form == null ? current : accounts.asTyped(user.getName(), id, obligation, form));
			model.addAttribute("errors", Map.of());
			model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "grants/applicant-accounts";
		}
		redirect.addFlashAttribute("success", "grant.sheet.read");
		return "redirect:/applicant/grants/" + id + "/accounts/" + obligation;
	}

	@GetMapping("/applicant/grants/{id}/accounts/{obligation}")
	String grantee(@PathVariable UUID id, @PathVariable UUID obligation, Authentication user, Model model) {
		model.addAttribute("accounts", accounts.forGrantee(user.getName(), id, obligation));
		model.addAttribute("errors", Map.of());
		return "grants/applicant-accounts";
	}

	@PostMapping("/applicant/grants/{id}/accounts/{obligation}")
	String save(@PathVariable UUID id, @PathVariable UUID obligation, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "save") String action,
			@RequestParam(name = "document", required = false) MultipartFile document, Authentication user,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		boolean submit = "submit".equals(action);
		GrantAccounts.AccountsForm form = GrantAccounts.AccountsForm.of(parameters);
		Map<String, String> errors;
		try {
			GrantAccounts.Upload upload = document == null || document.isEmpty() ? null
					: new GrantAccounts.Upload(document.getOriginalFilename(), document.getInputStream());
			errors = accounts.save(user.getName(), id, obligation, form, upload, submit);
		}
		catch (GrantException e) {
			model.addAttribute("accounts", accounts.asTyped(user.getName(), id, obligation, form));
			model.addAttribute("errors", Map.of());
			model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "grants/applicant-accounts";
		}
		if (!errors.isEmpty()) {
			model.addAttribute("accounts", accounts.asTyped(user.getName(), id, obligation, form));
			model.addAttribute("errors", errors);
			return "grants/applicant-accounts";
		}
		redirect.addFlashAttribute("success", submit ? "grant.accounts.submitted" : "grant.report.saved");
		return submit ? "redirect:/applicant/grants/" + id
				: "redirect:/applicant/grants/" + id + "/accounts/" + obligation;
	}

	@GetMapping("/applicant/grants/{id}/accounts/{obligation}/document")
	ResponseEntity<InputStreamResource> granteeDocument(@PathVariable UUID id, @PathVariable UUID obligation,
			Authentication user) throws IOException {
		return download(accounts.document(user.getName(), id, obligation));
	}

	@GetMapping("/officer/grants/{id}/accounts/{obligation}/document")
	ResponseEntity<InputStreamResource> officerDocument(@PathVariable UUID id, @PathVariable UUID obligation)
			throws IOException {
		return download(accounts.document(null, id, obligation));
	}

	private ResponseEntity<InputStreamResource> download(GrantAccounts.Document document) throws IOException {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(accounts.open(document)));
	}

	@GetMapping("/officer/grants/{id}/accounts/{obligation}")
	String officer(@PathVariable UUID id, @PathVariable UUID obligation, Model model) {
		model.addAttribute("accounts", accounts.forOfficer(id, obligation));
		return "grants/officer-accounts";
	}

	@PostMapping("/officer/grants/{id}/accounts/{obligation}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID obligation, Authentication user, Locale locale,
			RedirectAttributes redirect) {
		try {
			accounts.approve(user.getName(), id, obligation);
			redirect.addFlashAttribute("success", "grant.accounts.approved");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/officer/grants/" + id + "/accounts/" + obligation;
		}
	}

	@PostMapping("/officer/grants/{id}/accounts/{obligation}/changes")
	String requestChanges(@PathVariable UUID id, @PathVariable UUID obligation,
			@RequestParam(defaultValue = "") String message, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			accounts.requestChanges(user.getName(), id, obligation, message);
			redirect.addFlashAttribute("success", "grant.report.changesRequested");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("accounts", accounts.forOfficer(id, obligation));
			model.addAttribute("message", message);
			model.addAttribute("messageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "grants/officer-accounts";
		}
	}
}
