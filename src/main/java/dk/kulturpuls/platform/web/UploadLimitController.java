package dk.kulturpuls.platform.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.kulturpuls.platform.Uploads;

/**
 * The pages for what was sent too large: an upload (see {@link UploadLimitFilter}) or a text over every limit (see
 * {@link ParameterLengthFilter}): the limits, and the way back.
 */
@Controller
class UploadLimitController {

	private final MultipartProperties multipart;
	private final Uploads uploads;

	UploadLimitController(MultipartProperties multipart, Uploads uploads) {
		this.multipart = multipart;
		this.uploads = uploads;
	}

	@GetMapping(UploadLimitFilter.PAGE)
	String tooLarge(@RequestParam(required = false) String from, Model model) {
		// the platform's one limit for a file (kulturpuls.files.max-size), which the container's limit is set from
		model.addAttribute("maxFile", uploads.maxMegabytes() + " MB");
		model.addAttribute("maxRequest", megabytes(multipart.getMaxRequestSize()));
		// only a path on this site: never send the user elsewhere
		boolean local = from != null && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/\\");
		model.addAttribute("back", local ? from : "/");
		return "error/upload-too-large";
	}

	/** The page for a request with a text over every field's limit (see {@link ParameterLengthFilter}). */
	@GetMapping(ParameterLengthFilter.PAGE)
	String textTooLong(@RequestParam(required = false) String from, Model model) {
		model.addAttribute("limit", java.text.NumberFormat.getIntegerInstance(
				org.springframework.context.i18n.LocaleContextHolder.getLocale())
			.format(dk.kulturpuls.platform.TextLimits.REQUEST_PARAMETER));
		boolean local = from != null && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/\\");
		model.addAttribute("back", local ? from : "/");
		return "error/text-too-long";
	}

	private static String megabytes(DataSize size) {
		return size == null || size.isNegative() ? "" : size.toMegabytes() + " MB";
	}
}
