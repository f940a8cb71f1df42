package dk.kulturpuls.grants;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.Option;

/**
 * The officer's follow-up of grants: the obligations of every grant in one table, a grant with its instalments
 * and obligations, releasing an instalment (four eyes above the pool's amount), and the released payments for the
 * finance system (CSV) marked paid.
 */
@Controller
class OfficerGrantsController {

	private final Grants grants;
	private final GrantSteps steps;
	private final FollowUp followUp;
	private final GrantDecisions funding;
	private final MessageSource messages;
	private final GrantReports reports;
	private final dk.kulturpuls.geography.Municipalities municipalities;
	private final GrantSettlement settlements;

	OfficerGrantsController(Grants grants, GrantSteps steps, FollowUp followUp, GrantDecisions funding,
			MessageSource messages, GrantReports reports, dk.kulturpuls.geography.Municipalities municipalities,
			GrantSettlement settlements) {
		this.settlements = settlements;
		this.municipalities = municipalities;
		this.grants = grants;
		this.reports = reports;
		this.steps = steps;
		this.followUp = followUp;
		this.funding = funding;
		this.messages = messages;
	}

	@GetMapping("/officer/grants")
	String followUp(@RequestParam(required = false) String pool, @RequestParam(required = false) String status,
			@RequestParam(required = false) String call, @RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		UUID poolId = parse(pool);
		UUID callId = parse(call);
		String code = municipality != null && municipality.matches("\\d{4}") ? municipality : null;
		List<GrantDecisions.PoolTerms> pools = funding.pools();
		model.addAttribute("page", followUp.page(new FollowUp.Filter(poolId, callId, code, status), page));
		model.addAttribute("pool", poolId == null ? "" : poolId.toString());
		model.addAttribute("call", callId == null ? "" : callId.toString());
		model.addAttribute("municipality", code == null ? "" : code);
		model.addAttribute("calls", funding.calls().stream()
			.map(c -> new Option(c.id().toString(), c.title().in(locale))).toList());
		model.addAttribute("municipalities", municipalities.all().stream()
			.map(m -> new Option(m.code().value(), m.name())).toList());
		model.addAttribute("status", status != null && FollowUp.FILTERS.contains(status) ? status : "");
		model.addAttribute("pools", pools.stream().map(p -> new Option(p.id().toString(), p.name().in(locale))).toList());
		model.addAttribute("poolNames", pools.stream().collect(java.util.stream.Collectors
			.toMap(GrantDecisions.PoolTerms::id, p -> p.name().in(locale))));
		model.addAttribute("statuses", FollowUp.FILTERS.stream()
			.map(s -> new Option(s, messages.getMessage("grant.filter." + s, null, locale))).toList());
		return "grants/officer-follow-up";
	}

	@GetMapping("/officer/grants/{id}")
	String grant(@PathVariable UUID id, Model model) {
		model.addAttribute("detail", grants.detail(id));
		model.addAttribute("settlement", settlements.find(id).orElse(null));
		return "grants/officer-grant";
	}

	/** The officer records a repayment received on the day given (dd.mm.åååå). */
	@PostMapping("/officer/grants/{id}/settlement/received")
	String received(@PathVariable UUID id, @RequestParam(required = false) String receivedOn, Authentication user,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			java.time.LocalDate day = receivedOn == null || receivedOn.isBlank() ? null
					: dk.kulturpuls.platform.Formats.parseDate(receivedOn)
						.orElseThrow(() -> new GrantException("grant.settlement.error.receivedOnFormat"));
			settlements.received(user.getName(), id, day);
			redirect.addFlashAttribute("success", "grant.settlement.received.done");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("receivedOn", receivedOn);
			model.addAttribute("receivedError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return grant(id, model);
		}
	}

	/** The officer lowers or waives an open repayment claim, with a reason. */
	@PostMapping("/officer/grants/{id}/settlement/lower")
	String lower(@PathVariable UUID id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String reason, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		model.addAttribute("claimAmount", amount);
		model.addAttribute("claimReason", reason);
		dk.kulturpuls.platform.Money money = null;
		try {
			money = amount == null ? null : dk.kulturpuls.platform.Money.parse(amount);
		}
		catch (IllegalArgumentException e) {
			// reported below, with the reason checked too
		}
		boolean error = false;
		if (money == null || money.hasOre()) {
			model.addAttribute("amountError", messages.getMessage(
					amount == null || amount.isBlank() ? "grant.settlement.error.amountMissing"
							: "grant.settlement.error.amountFormat",
					null, locale));
			error = true;
		}
		if (reason == null || reason.isBlank()) {
			model.addAttribute("reasonError", messages.getMessage("grant.settlement.error.reason", null, locale));
			error = true;
		}
		if (error) {
			return grant(id, model);
		}
		try {
			settlements.lower(user.getName(), id, money, reason);
			redirect.addFlashAttribute("success",
					money.ore() == 0 ? "grant.settlement.lower.waived" : "grant.settlement.lower.done");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("amountError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return grant(id, model);
		}
	}

	@PostMapping("/officer/grants/{id}/instalments/{number}/release")
	String release(@PathVariable UUID id, @PathVariable int number, Authentication user, Locale locale,
			RedirectAttributes redirect) {
		try {
			GrantSteps.Release result = steps.release(user.getName(), id, number);
			redirect.addFlashAttribute("success", result == GrantSteps.Release.RELEASED ? "grant.instalment.released"
					: "grant.instalment.awaitingApproval");
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/officer/grants/" + id;
	}

	@GetMapping("/officer/grants/{id}/reports/{obligation}")
	String report(@PathVariable UUID id, @PathVariable UUID obligation, Model model) {
		model.addAttribute("report", reports.forOfficer(id, obligation));
		return "grants/officer-report";
	}

	@PostMapping("/officer/grants/{id}/reports/{obligation}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID obligation, Authentication user, Locale locale,
			RedirectAttributes redirect) {
		try {
			reports.approve(user.getName(), id, obligation);
			redirect.addFlashAttribute("success", "grant.report.approved");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			redirect.addFlashAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/officer/grants/" + id + "/reports/" + obligation;
		}
	}

	@PostMapping("/officer/grants/{id}/reports/{obligation}/changes")
	String requestChanges(@PathVariable UUID id, @PathVariable UUID obligation,
			@RequestParam(defaultValue = "") String message, Authentication user, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			reports.requestChanges(user.getName(), id, obligation, message);
			redirect.addFlashAttribute("success", "grant.report.changesRequested");
			return "redirect:/officer/grants/" + id;
		}
		catch (GrantException e) {
			model.addAttribute("report", reports.forOfficer(id, obligation));
			model.addAttribute("message", message);
			model.addAttribute("messageError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "grants/officer-report";
		}
	}

	@GetMapping("/officer/grants/payments")
	String payments(Model model) {
		model.addAttribute("payments", steps.releasedPayments());
		return "grants/officer-payments";
	}

	@GetMapping("/officer/grants/payments.csv")
	ResponseEntity<byte[]> export(Authentication user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"udbetalinger.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(steps.export(user.getName()));
	}

	@PostMapping("/officer/grants/payments/paid")
	String markPaid(@RequestParam(name = "instalment", required = false) List<UUID> instalments, Authentication user,
			RedirectAttributes redirect) {
		if (instalments == null || instalments.isEmpty()) {
			redirect.addFlashAttribute("error", "grant.error.noPayments");
		}
		else {
			int count = steps.markPaid(user.getName(), instalments);
			redirect.addFlashAttribute("paidCount", count);
			redirect.addFlashAttribute("success", "grant.payments.marked");
		}
		return "redirect:/officer/grants/payments";
	}

	private static UUID parse(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
