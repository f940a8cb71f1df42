package dk.kulturpuls.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Option;

/**
 * The programme officer edits a pool's rules: name, description, budget per year, grant limits, duration, who may
 * apply, co-funding share and documentation duty. Every change is in the audit trail.
 */
@Controller
class PoolController {

	/** A pool as the pages show it. */
	record PoolRow(UUID id, LocalizedText name, Map<Integer, Money> years, Money minGrant, Money maxGrant,
			Integer minDurationMonths, Integer maxDurationMonths, int coFundingPercent) {

		static PoolRow of(Pool pool) {
			return new PoolRow(pool.id().value(), pool.name(), pool.yearBudgets(), pool.minGrant(), pool.maxGrant(),
					pool.minDurationMonths(), pool.maxDurationMonths(), pool.coFundingPercent());
		}
	}

	private static final Pattern REMOVE = Pattern.compile("remove-year-(\\d{1,3})");

	private final PoolRepository pools;
	private final Decisions decisions;
	private final AuditTrail audit;
	private final org.springframework.context.MessageSource messages;

	PoolController(PoolRepository pools, Decisions decisions, AuditTrail audit,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.pools = pools;
		this.decisions = decisions;
		this.audit = audit;
	}

	@GetMapping("/officer/pools")
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("pools", pools.findAll().stream()
			.sorted(java.util.Comparator.comparing((Pool p) -> p.name().da())).map(PoolRow::of).toList());
		return "funding/officer-pools";
	}

	@GetMapping("/officer/pools/{id}")
	@Transactional(readOnly = true)
	String form(@PathVariable UUID id, Model model, Locale locale) {
		Pool pool = pool(id);
		model.addAttribute("form", PoolForm.of(pool));
		return show(pool, model, locale);
	}

	/** "Add year" and "remove" post the whole form back, so that nothing typed is lost. */
	@PostMapping(path = "/officer/pools/{id}", params = "rows")
	@Transactional(readOnly = true)
	String rows(@PathVariable UUID id, @ModelAttribute("form") PoolForm form, BindingResult errors,
			@RequestParam String rows, Model model, Locale locale) {
		Pool pool = pool(id);
		Matcher remove = REMOVE.matcher(rows);
		if ("add-year".equals(rows)) {
			form.getYears().add(new PoolForm.YearRow());
		}
		else if (remove.matches() && Integer.parseInt(remove.group(1)) < form.getYears().size()) {
			form.getYears().remove(Integer.parseInt(remove.group(1)));
		}
		return show(pool, model, locale);
	}

	@PostMapping("/officer/pools/{id}")
	@Transactional
	String save(@PathVariable UUID id, @Validated @ModelAttribute("form") PoolForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Pool pool = pool(id);
		if (form.getVersion() != pool.version()) {
			errors.reject("poolForm.stale");
			form.setVersion(pool.version());
		}
		Map<Integer, Money> budgets = new TreeMap<>();
		for (int i = 0; i < form.getYears().size(); i++) {
			PoolForm.YearRow row = form.getYears().get(i);
			String path = "years[" + i + "].";
			if (row.isBlank() || errors.hasFieldErrors(path + "year") || errors.hasFieldErrors(path + "amount")) {
				continue;
			}
			Object[] number = { i + 1 };
			if (row.getYear() == null || row.getYear() < 2020 || row.getYear() > 2100) {
				errors.rejectValue(path + "year", "poolForm.year.invalid", number, null);
			}
			else if (budgets.containsKey(row.getYear())) {
				errors.rejectValue(path + "year", "poolForm.year.duplicate", new Object[] { String.valueOf(row.getYear()) },
						null);
			}
			if (row.getAmount() == null || row.getAmount().isNegative()) {
				errors.rejectValue(path + "amount", "poolForm.amount.invalid", number, null);
			}
			if (!errors.hasFieldErrors(path + "year") && !errors.hasFieldErrors(path + "amount")) {
				budgets.put(row.getYear(), row.getAmount());
			}
		}
		if (form.getYears().stream().allMatch(PoolForm.YearRow::isBlank)) {
			errors.rejectValue("years", "poolForm.years.required");
		}
		Map<Integer, Money> committed = decisions.committedPerYear(pool.id());
		for (Map.Entry<Integer, Money> year : committed.entrySet()) {
			Money budget = budgets.get(year.getKey());
			if (!errors.hasFieldErrors("years*") && (budget == null || budget.isLessThan(year.getValue()))) {
				errors.rejectValue("years", "poolForm.years.belowCommitted",
						new Object[] { String.valueOf(year.getKey()), Formats.dkk(year.getValue()) }, null);
			}
		}
		if (form.getMinGrant() != null && form.getMaxGrant() != null) {
			if (form.getMinGrant().isNegative()) {
				errors.rejectValue("minGrant", "poolForm.minGrant.negative");
			}
			else if (form.getMaxGrant().isLessThan(form.getMinGrant())) {
				errors.rejectValue("maxGrant", "poolForm.maxGrant.belowMin", new Object[] { Formats.dkk(form.getMinGrant()) },
						null);
			}
			Money total = budgets.values().stream().reduce(Money.ZERO, Money::plus);
			if (!budgets.isEmpty() && !errors.hasFieldErrors("years*") && total.isLessThan(form.getMaxGrant())) {
				errors.rejectValue("years", "poolForm.years.belowMaxGrant",
						new Object[] { Formats.dkk(total), Formats.dkk(form.getMaxGrant()) }, null);
			}
		}
		if (form.getMinDurationMonths() != null && form.getMaxDurationMonths() != null
				&& form.getMaxDurationMonths() < form.getMinDurationMonths()) {
			errors.rejectValue("maxDurationMonths", "poolForm.duration.order",
					new Object[] { form.getMinDurationMonths() }, null);
		}
		if (form.eligible().isEmpty()) {
			errors.rejectValue("applicantTypes", "poolForm.applicantTypes.required");
		}
		if (errors.hasErrors()) {
			return show(pool, model, locale);
		}
		pool.revise(LocalizedText.of(form.getNameDa().strip(), strip(form.getNameEn())),
				LocalizedText.of(form.getDescriptionDa().strip(), strip(form.getDescriptionEn())), budgets,
				form.getMinGrant(), form.getMaxGrant(), form.getMinDurationMonths(), form.getMaxDurationMonths(),
				form.eligible(), form.getCoFundingPercent(),
				strip(form.getDocumentationDutyDa()) == null ? null
						: LocalizedText.of(form.getDocumentationDutyDa().strip(), strip(form.getDocumentationDutyEn())));
		pools.save(pool);
		List<String> years = new ArrayList<>();
		budgets.forEach((year, amount) -> years.add(year + ": " + Formats.dkk(amount)));
		audit.record("pool", id.toString(), "rules changed",
				"%s; budget %s; grant %s–%s; months %s–%s; applicants %s; co-funding %d %%".formatted(
						form.getNameDa().strip(), String.join(", ", years), Formats.dkk(form.getMinGrant()),
						Formats.dkk(form.getMaxGrant()), form.getMinDurationMonths() == null ? "" : form.getMinDurationMonths(),
						form.getMaxDurationMonths() == null ? "" : form.getMaxDurationMonths(), form.eligible(),
						form.getCoFundingPercent()));
		redirect.addFlashAttribute("success", "poolForm.saved");
		return "redirect:/officer/pools";
	}

	private Pool pool(UUID id) {
		return pools.findById(id).orElseThrow(() -> new NotFoundException("pool"));
	}

	private String show(Pool pool, Model model, Locale locale) {
		model.addAttribute("pool", PoolRow.of(pool));
		model.addAttribute("committed", decisions.committedPerYear(pool.id()));
		model.addAttribute("applicantKinds", java.util.Arrays.stream(ApplicantKind.values())
			.map(kind -> new Option(kind.name(), messages.getMessage(kind.messageKey(), null, locale))).toList());
		return "funding/officer-pool-form";
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
