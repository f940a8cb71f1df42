package dk.kulturpuls.funding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The programme as the public sees it, and the start page of the programme officer, which begins from the
 * programme and its pools.
 */
@Controller
class ProgrammeController {

	/** A call on the officer's start page with its counts. */
	public record CallWork(Calls.CallView call, long submitted, long toScreen) {
	}

	private final ProgrammeOverview overview;
	private final Calls calls;
	private final Inbox inbox;

	ProgrammeController(ProgrammeOverview overview, Calls calls, Inbox inbox) {
		this.overview = overview;
		this.calls = calls;
		this.inbox = inbox;
	}

	@GetMapping("/programme")
	String programme(Model model) {
		model.addAttribute("programme", overview.current().orElse(null));
		return "funding/programme";
	}

	@GetMapping("/officer")
	String officer(Model model) {
		model.addAttribute("programme", overview.current().orElse(null));
		var counts = inbox.counts();
		java.util.List<CallWork> work = calls.all().stream().filter(c -> counts.containsKey(c.id().value()))
			.map(c -> new CallWork(c, counts.get(c.id().value()).submitted(), counts.get(c.id().value()).toScreen()))
			.toList();
		model.addAttribute("work", work);
		model.addAttribute("submittedTotal", work.stream().mapToLong(CallWork::submitted).sum());
		model.addAttribute("toScreenTotal", work.stream().mapToLong(CallWork::toScreen).sum());
		return "funding/officer";
	}
}
