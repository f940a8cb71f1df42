package dk.kulturpuls.outcomes;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator switches the licensed scales (WEMWBS, SWEMWBS) on and off and loads their registered Danish
 * wording; each change is audited.
 */
@Controller
class InstrumentAdminController {

	/** A licensed scale's wording as the administrator sees it: what it has, and what a Danish wording must hold. */
	public record Wording(String code, String name, int answerCount, int itemCount, String englishAnswers,
			boolean danish, InstrumentWordings.Loaded loaded) {
	}

	/** What the administrator typed, kept when the wording is refused. */
	public record WordingForm(String code, String instruction, String answers, String items, String field,
			String error) {
	}

	private final InstrumentSettings settings;
	private final InstrumentCatalogue instruments;
	private final InstrumentWordings wordings;
	private final MessageSource messages;

	InstrumentAdminController(InstrumentSettings settings, InstrumentCatalogue instruments,
			InstrumentWordings wordings, MessageSource messages) {
		this.settings = settings;
		this.instruments = instruments;
		this.wordings = wordings;
		this.messages = messages;
	}

	@GetMapping("/admin/outcomes/instruments")
	String page(Model model, Locale locale) {
		model.addAttribute("settings", settings.licensedSettings(locale));
		model.addAttribute("wordings", settings.licensedSettings(locale).stream().map(s -> {
			Instrument instrument = instruments.current(s.code()).orElseThrow();
			return new Wording(s.code(), s.name(), instrument.answers().size(), instrument.items().size(),
					String.join(" · ", instrument.answers().stream().map(a -> a.en()).toList()),
					wordings.localised(instrument).hasDanishWording(), wordings.loaded(instrument).orElse(null));
		}).toList());
		return "outcomes/admin-instruments";
	}

	@PostMapping("/admin/outcomes/instruments/{code}/wording")
	String loadWording(@PathVariable String code, @RequestParam(required = false) String instruction,
			@RequestParam(required = false) String answers, @RequestParam(required = false) String items,
			Authentication user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Instrument instrument = instruments.current(code).filter(InstrumentSettings::licensed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			wordings.load(instrument, instruction, answers, items, user.getName());
		}
		catch (InstrumentWordings.InvalidWordingException e) {
			response.setStatus(422);
			model.addAttribute("wordingForm", new WordingForm(code, instruction, answers, items, e.field(),
					messages.getMessage(e.messageKey(), e.arguments(), locale)));
			return page(model, locale);
		}
		redirect.addFlashAttribute("notice", "outcomes.wording.loaded");
		redirect.addFlashAttribute("noticeArgument", code);
		return "redirect:/admin/outcomes/instruments#wording-" + code;
	}

	@PostMapping("/admin/outcomes/instruments/{code}")
	String switchTo(@PathVariable String code, @RequestParam boolean enabled, Authentication user,
			RedirectAttributes redirect) {
		try {
			settings.switchTo(code, enabled, user.getName());
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", enabled ? "outcomes.admin.switchedOn" : "outcomes.admin.switchedOff");
		redirect.addFlashAttribute("noticeArgument", code);
		return "redirect:/admin/outcomes/instruments";
	}
}
