package dk.kulturpuls.grants;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's page of the random samples of sworn statements: draw a pool's sample, read every draw kept. */
@Controller
class GrantSamplesController {

	private final GrantSamples samples;
	private final MessageSource messages;

	GrantSamplesController(GrantSamples samples, MessageSource messages) {
		this.samples = samples;
		this.messages = messages;
	}

	@GetMapping("/officer/grants/samples")
	String page(Model model, Locale locale) {
		List<GrantSamples.PoolSample> pools = samples.pools(locale);
		model.addAttribute("pools", pools);
		model.addAttribute("draws", pools.stream().flatMap(p -> samples.samples(p.poolId()).stream()).toList());
		model.addAttribute("poolNames", pools.stream().collect(java.util.stream.Collectors
			.toMap(GrantSamples.PoolSample::poolId, GrantSamples.PoolSample::poolName)));
		return "grants/officer-samples";
	}

	@PostMapping("/officer/grants/samples/{pool}/draw")
	String draw(@PathVariable UUID pool, Authentication user, Locale locale, RedirectAttributes redirect) {
		try {
			GrantSamples.Sample sample = samples.drawNow(pool, user.getName());
			redirect.addFlashAttribute("success", "grant.sample.drawn");
			return "redirect:/officer/grants/samples#sample-" + sample.id();
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/officer/grants/samples";
		}
	}
}
