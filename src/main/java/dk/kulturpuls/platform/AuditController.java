package dk.kulturpuls.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for the administrator: every recorded change and read of individual data, filtered by who,
 * what kind of case, which case, a text and a period, 50 to a page, and as CSV for an inspection.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	/** At most this many events go into one CSV file; narrow the filter for more. */
	static final int EXPORT_LIMIT = 100_000;

	private final AuditTrail audit;
	private final MessageSource messages;

	AuditController(AuditTrail audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		// a date that cannot be read is shown again with a message and not used, so the rest of the filter works
		model.addAttribute("fromInvalid", from != null && !from.isBlank() && fromDay == null);
		model.addAttribute("toInvalid", to != null && !to.isBlank() && toDay == null);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		AuditTrail.AuditQuery query = new AuditTrail.AuditQuery(actor, subjectType, subjectId, text, fromDay, toDay);
		model.addAttribute("query", query);
		model.addAttribute("result", audit.search(query, page, PAGE_SIZE));
		model.addAttribute("subjectTypes", audit.subjectTypes().stream().map(type -> new Option(type, type)).toList());
		return "platform/audit";
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		AuditTrail.AuditQuery query = new AuditTrail.AuditQuery(actor, subjectType, subjectId, text, day(from),
				day(to));
		Csv csv = new Csv().row(List.of("admin.audit.time", "admin.audit.actor", "admin.audit.subject",
				"admin.audit.subjectId", "admin.audit.action", "admin.audit.detail").stream()
			.map(key -> messages.getMessage(key, null, locale)).toList());
		for (AuditTrail.AuditEvent event : audit.search(query, 0, EXPORT_LIMIT).events()) {
			csv.row(java.util.Arrays.asList(Formats.dateTime(event.occurredAt()), event.actor(), event.subjectType(),
					event.subjectId(), event.action(), event.detail()));
		}
		audit.record("audit", "export", "exported", describe(query));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("revisionsspor.csv").build().toString())
			.body(csv.bytes());
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim(), DAY);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	private static String describe(AuditTrail.AuditQuery query) {
		return "actor=" + query.actor() + ", type=" + query.subjectType() + ", id=" + query.subjectId() + ", text="
				+ query.detail() + ", from=" + query.from() + ", to=" + query.to();
	}
}
