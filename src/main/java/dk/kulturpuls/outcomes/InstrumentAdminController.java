package dk.kulturpuls.outcomes;

import java.util.Locale;

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

/** The administrator switches the licensed scales (WEMWBS, SWEMWBS) on and off; each switch is audited. */
@Controller
class InstrumentAdminController {

	private final InstrumentSettings settings;

	InstrumentAdminController(InstrumentSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/admin/outcomes/instruments")
	String page(Model model, Locale locale) {
		model.addAttribute("settings", settings.licensedSettings(locale));
		return "outcomes/admin-instruments";
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
