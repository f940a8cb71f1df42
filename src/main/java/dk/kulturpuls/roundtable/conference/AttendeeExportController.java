package dk.kulturpuls.roundtable.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The attendee list of a conference for the secretariat, as CSV (semicolon-separated, UTF-8 with BOM, for Excel in
 * Danish) and XLSX. Each export is audited, since the list holds names, addresses and needs.
 */
@Controller
class AttendeeExportController {

	private static final String[] HEADER = { "rtc.attendee.name", "rtc.attendee.organisation", "rtc.attendee.email",
			"rtc.attendee.kind", "rtc.attendee.needs", "rtc.attendee.consent" };

	private final Conferences conferences;
	private final MessageSource messages;
	private final AuditTrail audit;

	AttendeeExportController(Conferences conferences, MessageSource messages, AuditTrail audit) {
		this.conferences = conferences;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/secretariat/conferences/{id}/attendees.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", header(locale).stream().map(AttendeeExportController::csvCell).toList()))
			.append("\r\n");
		for (List<String> row : rows(id, locale)) {
			csv.append(String.join(";", row.stream().map(AttendeeExportController::csvCell).toList())).append("\r\n");
		}
		audit.record("roundtable-conference", id.toString(), "attendee list exported", "csv");
		return download(csv.toString().getBytes(StandardCharsets.UTF_8), filename(locale) + ".csv",
				"text/csv;charset=UTF-8");
	}

	@GetMapping("/secretariat/conferences/{id}/attendees.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) throws IOException {
		List<List<String>> rows = rows(id, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Kulturpuls", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("rtc.attendees.heading", null, locale));
		List<String> header = header(locale);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.value(r + 1, c, rows.get(r).get(c));
			}
		}
		workbook.finish();
		audit.record("roundtable-conference", id.toString(), "attendee list exported", "xlsx");
		return download(out.toByteArray(), filename(locale) + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private List<String> header(Locale locale) {
		return java.util.Arrays.stream(HEADER).map(k -> messages.getMessage(k, null, locale)).toList();
	}

	private List<List<String>> rows(UUID id, Locale locale) {
		conferences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String yes = messages.getMessage("rtc.yes", null, locale);
		String no = messages.getMessage("rtc.no", null, locale);
		String invited = messages.getMessage("rtc.attendee.invited", null, locale);
		String registered = messages.getMessage("rtc.attendee.registered", null, locale);
		return conferences.attendees(id).stream().map(a -> List.of(a.name(), nz(a.organisation()), a.email(),
				a.invited() ? invited : registered, nz(a.needs()), a.consent() ? yes : no)).toList();
	}

	private String filename(Locale locale) {
		return messages.getMessage("rtc.attendees.filename", null, locale);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/** Quotes a cell and defuses formulas (a cell starting with = + - @ is kept as text). */
	static String csvCell(String value) {
		String safe = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
