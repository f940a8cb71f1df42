package dk.kulturpuls.funding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The open calls as everybody sees them, without logging in. */
@Controller
class PublicCallsController {

	private final Calls calls;

	PublicCallsController(Calls calls) {
		this.calls = calls;
	}

	@GetMapping("/public/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.open());
		return "funding/calls";
	}

	@GetMapping("/public/calls/{id}")
	String call(@PathVariable String id, Model model) {
		model.addAttribute("call", calls.findPublic(new CallId(Calls.parse(id)))
			.orElseThrow(() -> new NotFoundException("call")));
		return "funding/call";
	}
}
