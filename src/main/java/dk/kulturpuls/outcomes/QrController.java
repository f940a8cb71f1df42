package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.projects.ProjectView;

/**
 * Printable QR codes: one new one-time link per active participant for a planned questionnaire and time point,
 * each as a QR code with the link written out beneath it. The page is made once (the tokens are not stored) and is
 * not cached; printed on A4 it gives one card per participant to hand out.
 */
@Controller
class QrController {

	private final ProjectAccess access;
	private final Participants participants;
	private final MeasurementPlans plans;
	private final InstrumentCatalogue instruments;
	private final QrCodes qrCodes;
	private final MessageSource messages;
	private final PublicUrl publicUrl;

	QrController(ProjectAccess access, Participants participants, MeasurementPlans plans,
			InstrumentCatalogue instruments, QrCodes qrCodes, MessageSource messages, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.access = access;
		this.participants = participants;
		this.plans = plans;
		this.instruments = instruments;
		this.qrCodes = qrCodes;
		this.messages = messages;
	}

	/** One printed card: the participant's code, the questionnaire, the link and its QR image. */
	public record Card(String code, String instrument, TimePoint timePoint, String link, String image) {
	}

	@GetMapping("/project-lead/outcomes/{projectId}/qr")
	String choose(@PathVariable UUID projectId, Authentication user, Model model) {
		ProjectView project = access.ownProject(projectId, user);
		model.addAttribute("project", project);
		model.addAttribute("collectable", plans.collectable(project.id()));
		model.addAttribute("active", participants.ofProject(project.id()).stream().filter(p -> !p.withdrawn()).count());
		return "outcomes/qr";
	}

	@PostMapping("/project-lead/outcomes/{projectId}/qr")
	String sheet(@PathVariable UUID projectId, @RequestParam(defaultValue = "") String measurement,
			Authentication user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ProjectView project = access.ownProject(projectId, user);
		MeasurementPlans.Entry entry = plans.collectable(project.id()).stream()
			.filter(e -> e.key().equals(measurement)).findFirst().orElse(null);
		if (entry == null) {
			redirect.addFlashAttribute("errorText", messages.getMessage("outcomes.qr.error.choose", null, locale));
			return "redirect:/project-lead/outcomes/" + projectId + "/qr";
		}
		List<Card> cards = new ArrayList<>();
		for (Participants.Participant p : participants.ofProject(project.id())) {
			if (p.withdrawn()) {
				continue;
			}
			String token = participants.issueLink(p.id(), entry.instrument(), entry.timePoint());
			String link = publicUrl.of("/public/q/{token}", token);
			cards.add(new Card(p.code(), entry.instrument(), entry.timePoint(), link, qrCodes.pngDataUri(link)));
		}
		response.setHeader("Cache-Control", "no-store");
		Instrument instrument = instruments.current(entry.instrument()).orElseThrow();
		model.addAttribute("project", project);
		model.addAttribute("cards", cards);
		model.addAttribute("instrumentName", instrument.name().in(locale));
		model.addAttribute("licence", instrument.licence() == null ? null : instrument.licence().in(locale));
		model.addAttribute("timePoint", entry.timePoint());
		return "outcomes/qr-sheet";
	}
}
