package dk.kulturpuls.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.platform.PdfDocuments;

/** The yearly spread report as a web page and as an accessible (tagged) PDF. */
@Controller
class SpreadReportController {

	private final SpreadReport report;
	private final PdfDocuments pdf;
	private final Clock clock;

	SpreadReportController(SpreadReport report, PdfDocuments pdf, Clock clock) {
		this.report = report;
		this.pdf = pdf;
		this.clock = clock;
	}

	private int checkedYear(Integer year) {
		int current = LocalDate.now(clock).getYear();
		int chosen = year == null ? current : year;
		if (chosen < 2015 || chosen > current + 5) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return chosen;
	}

	@GetMapping("/public/projects/report")
	String page(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		int chosen = checkedYear(year);
		model.addAttribute("figures", report.of(chosen));
		model.addAttribute("years", IntStream.rangeClosed(2020, LocalDate.now(clock).getYear() + 1).boxed()
			.sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("locale", locale);
		return "projects/report";
	}

	@GetMapping("/public/projects/report/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
		int chosen = checkedYear(year);
		byte[] body = pdf.render("projects/report-pdf", Map.of("figures", report.of(chosen), "locale", locale), locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("spredning-" + chosen + ".pdf").build().toString())
			.body(body);
	}
}
