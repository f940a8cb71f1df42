package dk.kulturpuls.grants;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.kulturpuls.platform.Money;

/** The public list of awarded grants, linked from the public list of calls; a returned grant is not in the total. */
@Controller
class PublicGrantsController {

	private final Grants grants;

	PublicGrantsController(Grants grants) {
		this.grants = grants;
	}

	@GetMapping("/public/grants")
	String grants(Model model) {
		List<Grants.GrantView> all = grants.all();
		model.addAttribute("grants", all);
		model.addAttribute("total", all.stream().filter(g -> g.status().holdsMoney()).map(Grants.GrantView::amount).reduce(Money.ZERO, Money::plus));
		return "grants/public";
	}
}
