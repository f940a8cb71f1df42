package dk.kulturpuls.roundtable.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.PdfDocuments;
import dk.kulturpuls.roundtable.initiatives.Criterion;

/**
 * The final report and the mid-term evaluation, as web pages and as accessible (tagged) PDF; the evaluation's
 * PDF on demand is a draft that follows the data, an issued one is kept as it was issued.
 */
@Controller
class ReportController {

	private final RoundtableReports reports;
	private final EvaluationSnapshots snapshots;
	private final PdfDocuments pdf;
	private final AuditTrail audit;

	ReportController(RoundtableReports reports, EvaluationSnapshots snapshots, PdfDocuments pdf, AuditTrail audit) {
		this.reports = reports;
		this.snapshots = snapshots;
		this.pdf = pdf;
		this.audit = audit;
	}

	@GetMapping("/secretariat/roundtables/{id}/report")
	String report(@PathVariable UUID id, Model model) {
		model.addAttribute("report", report(id));
		model.addAttribute("criteria", Criterion.values());
		return "roundtable/report";
	}

	@GetMapping("/secretariat/roundtables/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable UUID id, Locale locale) {
		RoundtableReports.Report report = report(id);
		byte[] document = pdf.render("roundtable/report-pdf", Map.of("report", report, "criteria", Criterion.values(),
				"artefactImages", reports.pdfImages(id)), locale);
		audit.record("roundtable", id.toString(), "report downloaded", "final report PDF");
		return pdfResponse(document, "rapport-" + report.date() + ".pdf");
	}

	@GetMapping("/secretariat/roundtables/{id}/evaluation")
	String evaluation(@PathVariable UUID id, Model model) {
		model.addAttribute("evaluation", evaluation(id));
		model.addAttribute("snapshots", snapshots.issued(id));
		return "roundtable/report-evaluation";
	}

	/** Issues the evaluation as it stands today: a PDF kept as it is, listed on the evaluation page. */
	@PostMapping("/secretariat/roundtables/{id}/evaluation/snapshots")
	String issue(@PathVariable UUID id, Authentication user, Locale locale, RedirectAttributes redirect) {
		snapshots.issue(id, user.getName(), locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("success", "rt.evaluation.issuedMessage");
		return "redirect:/secretariat/roundtables/" + id + "/evaluation";
	}

	@GetMapping("/secretariat/roundtables/{id}/evaluation/snapshots/{snapshot}")
	ResponseEntity<byte[]> issued(@PathVariable UUID id, @PathVariable UUID snapshot) throws IOException {
		EvaluationSnapshots.SnapshotView view = snapshots.issued(id).stream().filter(s -> s.id().equals(snapshot))
			.findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] document = snapshots.document(id, snapshot)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdfResponse(document, "midtvejsevaluering-" + view.asOf() + "-udstedt.pdf");
	}

	@GetMapping("/secretariat/roundtables/{id}/evaluation.pdf")
	ResponseEntity<byte[]> evaluationPdf(@PathVariable UUID id, Locale locale) {
		RoundtableReports.Evaluation evaluation = evaluation(id);
		byte[] document = pdf.render("roundtable/report-evaluation-pdf", Map.of("evaluation", evaluation), locale);
		audit.record("roundtable", id.toString(), "report downloaded", "mid-term evaluation PDF");
		return pdfResponse(document, "midtvejsevaluering-" + evaluation.date() + ".pdf");
	}

	private static ResponseEntity<byte[]> pdfResponse(byte[] document, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(document);
	}

	private RoundtableReports.Report report(UUID id) {
		return reports.report(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoundtableReports.Evaluation evaluation(UUID id) {
		return reports.evaluation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
