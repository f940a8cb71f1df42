package dk.kulturpuls.funding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Option;

/**
 * The programme officer's calls (publish, close), the inbox of each call with filters and export, and the page of
 * one application with its screening and audit trail.
 */
@Controller
class OfficerController {

	private final Calls calls;
	private final Inbox inbox;
	private final Applications applications;
	private final AttachmentRepository attachments;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final CaseHistory history;

	OfficerController(Calls calls, Inbox inbox, Applications applications, AttachmentRepository attachments,
			ProgrammeCatalogue catalogue, Municipalities municipalities, AuditTrail audit, MessageSource messages,
			CaseHistory history) {
		this.history = history;
		this.calls = calls;
		this.inbox = inbox;
		this.applications = applications;
		this.attachments = attachments;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/officer/calls")
	String calls(Model model) {
		model.addAttribute("calls", calls.all());
		return "funding/officer-calls";
	}

	@PostMapping("/officer/calls/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return change(redirect, "call.published", () -> calls.publish(new CallId(id)));
	}

	/** Closing asks first: what closing means for this call (applicants can no longer submit, drafts stay unsent). */
	@GetMapping("/officer/calls/{id}/close")
	String confirmClose(@PathVariable UUID id, Model model) {
		Calls.CallView call = calls.find(new CallId(id)).filter(c -> c.status() == CallStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("call"));
		model.addAttribute("call", call);
		model.addAttribute("drafts", calls.drafts(call.id()));
		model.addAttribute("beforeDeadline", call.open() || call.upcoming());
		return "funding/officer-call-close";
	}

	/** Closes the call once the officer has confirmed on the page above; without the confirmation, it asks. */
	@PostMapping("/officer/calls/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			return "redirect:/officer/calls/" + id + "/close";
		}
		return change(redirect, "call.closed", () -> calls.close(new CallId(id)));
	}

	private static String change(RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (FundingException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/officer/calls";
	}

	@GetMapping("/officer/calls/{id}/applications")
	String inbox(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String targetGroup, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
		Calls.CallView call = calls.find(new CallId(id)).orElseThrow(() -> new NotFoundException("call"));
		Inbox.Filter filter = filter(municipality, targetGroup, offerType, status, q);
		int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		model.addAttribute("call", call);
		model.addAttribute("filter", filter);
		model.addAttribute("result", inbox.page(call.id(), filter, number, Inbox.Sort.parse(sort), "desc".equals(dir)));
		model.addAttribute("municipalityOptions", municipalities.inRegion(Municipalities.NORTH_JUTLAND).stream()
			.map(m -> new Option(m.code().value(), m.name())).toList());
		model.addAttribute("targetGroups", catalogue.targetGroups().stream()
			.map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("offerTypes", call.offerTypes().stream()
			.map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isSubmitted)
			.map(s -> new Option(s.name(), messages.getMessage(s.messageKey(), null, locale))).toList());
		return "funding/inbox";
	}

	@GetMapping("/officer/calls/{id}/applications.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String targetGroup, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", header(locale))).append("\r\n");
		for (List<String> row : rows(id, filter(municipality, targetGroup, offerType, status, q), locale)) {
			csv.append(String.join(";", row.stream().map(OfficerController::csvCell).toList())).append("\r\n");
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8), "ansoegninger.csv",
				"text/csv;charset=UTF-8");
	}

	@GetMapping("/officer/calls/{id}/applications.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String targetGroup, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q, Locale locale)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Kulturpuls", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("inbox.heading", null, locale));
		List<String> header = header(locale);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (List<String> row : rows(id, filter(municipality, targetGroup, offerType, status, q), locale)) {
			for (int c = 0; c < row.size(); c++) {
				sheet.value(r, c, row.get(c));
			}
			r++;
		}
		workbook.finish();
		return download(out.toByteArray(), "ansoegninger.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private List<String> header(Locale locale) {
		return Arrays.stream(new String[] { "inbox.receipt", "application.title", "inbox.organisation", "inbox.cvr",
				"application.offerType", "application.targetGroups", "application.municipalities", "inbox.requested",
				"inbox.status", "inbox.submittedAt" }).map(k -> messages.getMessage(k, null, locale)).toList();
	}

	private List<List<String>> rows(UUID id, Inbox.Filter filter, Locale locale) {
		Calls.CallView call = calls.find(new CallId(id)).orElseThrow(() -> new NotFoundException("call"));
		java.util.Map<String, String> groups = new java.util.HashMap<>();
		catalogue.targetGroups().forEach(c -> groups.put(c.code(), c.name().in(locale)));
		java.util.Map<String, String> places = new java.util.HashMap<>();
		municipalities.all().forEach(m -> places.put(m.code().value(), m.name()));
		return inbox.all(call.id(), filter).stream().map(row -> List.of(nz(row.receiptNumber()), nz(row.title()),
				nz(row.organisation()), nz(row.cvr()), row.offerType() == null ? "" : call.offerTypeName(row.offerType(), locale),
				names(row.targetGroups(), groups), names(row.municipalities(), places),
				Formats.dkk(row.requested()),
				messages.getMessage(row.status().messageKey(), null, locale), Formats.dateTime(row.submittedAt())))
			.toList();
	}

	/** Codes separated by spaces as their names, comma-separated (an unknown code as itself). */
	private static String names(String codes, java.util.Map<String, String> names) {
		if (codes == null || codes.isBlank()) {
			return "";
		}
		return Arrays.stream(codes.split(" ")).map(c -> names.getOrDefault(c, c)).sorted()
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static String csvCell(String value) {
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private static Inbox.Filter filter(String municipality, String targetGroup, String offerType, String status,
			String query) {
		ApplicationStatus parsed = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status))
			.findFirst().orElse(null);
		return new Inbox.Filter(blank(municipality), blank(targetGroup), blank(offerType), parsed, blank(query));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	@GetMapping("/officer/applications/{id}")
	String application(@PathVariable UUID id, Model model, Locale locale) {
		Applications.ApplicationView view = inbox.application(id);
		model.addAttribute("view", view);
		model.addAttribute("events", history.of(audit.eventsFor("application", id.toString()), view, locale));
		return "funding/officer-application";
	}

	@PostMapping("/officer/applications/{id}/screen")
	String screen(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String text, Model model, Locale locale, RedirectAttributes redirect) {
		outcome = Objects.toString(outcome, "");
		text = Objects.toString(text, "");
		ApplicationStatus status = switch (outcome) {
			case "ELIGIBLE" -> ApplicationStatus.ELIGIBLE;
			case "INELIGIBLE" -> ApplicationStatus.INELIGIBLE;
			case "INFO_REQUESTED" -> ApplicationStatus.INFO_REQUESTED;
			default -> null;
		};
		try {
			if (status == null) {
				throw new FundingException("screening.error.outcomeRequired");
			}
			inbox.screen(id, status, text);
			redirect.addFlashAttribute("success", "screening.saved");
			return "redirect:/officer/applications/" + id;
		}
		catch (FundingException e) {
			Applications.ApplicationView view = inbox.application(id);
			model.addAttribute("view", view);
			model.addAttribute("events", history.of(audit.eventsFor("application", id.toString()), view, locale));
			model.addAttribute("screeningError", e.messageKey());
			model.addAttribute("outcome", outcome);
			model.addAttribute("text", text);
			return "funding/officer-application";
		}
	}

	@GetMapping("/officer/applications/{id}/attachments/{attachment}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachment)
			throws IOException {
		inbox.application(id);
		Attachment file = attachments.findById(attachment).filter(a -> a.applicationId().equals(id))
			.orElseThrow(() -> new NotFoundException("attachment"));
		return ApplicantController.file(file, applications.open(file));
	}
}
