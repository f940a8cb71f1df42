package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.platform.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: the roundtable processes and their budgets, amounts in whole kroner. */
@RestController
@RequestMapping("/api/v1/roundtables")
@Tag(name = "Roundtables", description = "The national roundtable processes and their co-funded budgets")
class RoundtableApi {

	private final Roundtables roundtables;

	RoundtableApi(Roundtables roundtables) {
		this.roundtables = roundtables;
	}

	public record RoundtableSummary(UUID id, String name, String purpose, int firstYear, int lastYear,
			int workshops) {
	}

	public record BudgetLine(String text, List<Long> plannedPerYear, long plannedTotal, List<Long> actualPerYear,
			long actualTotal) {
	}

	public record Pledge(String funder, String kind, int year, long amount, String status) {
	}

	/**
	 * The co-funding rule; an anchor rule's two conditions are given apart: the anchor's share ({@code required},
	 * {@code secured}, {@code missing}, {@code requiredMet}) and the rest ({@code restRequired},
	 * {@code restSecured}, {@code restMissing}, {@code restMet}).
	 */
	public record Rule(String type, String funder, String anchorKind, int sharePercent, String restKind,
			boolean holds, long required, long secured, long missing, boolean requiredMet, long restRequired,
			long restSecured, long restMissing, boolean restMet, long unfundedRest) {
	}

	public record RoundtableBudget(UUID roundtableId, List<Integer> years, List<BudgetLine> lines,
			List<Long> plannedPerYear, long plannedTotal, List<Long> actualPerYear, long actualTotal,
			List<Pledge> funding, long securedTotal, long appliedTotal, long unfunded, List<Rule> rules) {
	}

	@GetMapping
	@Operation(summary = "The roundtable processes")
	List<RoundtableSummary> all() {
		return roundtables.all().stream().map(r -> new RoundtableSummary(r.id(), r.name(), r.purpose(), r.firstYear(),
				r.lastYear(), roundtables.workshops(r.id()).size())).toList();
	}

	@GetMapping("/{id}/budget")
	@Operation(summary = "A process's budget: lines × years, totals, funding and the co-funding rule's status, in whole kroner")
	RoundtableBudget budget(@PathVariable UUID id) {
		BudgetView b = roundtables.budget(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new RoundtableBudget(id, b.years(),
				b.lines().stream().map(l -> new BudgetLine(l.text(), kroner(l.planned()), kr(l.plannedTotal()),
						kroner(l.actual()), kr(l.actualTotal()))).toList(),
				kroner(b.plannedPerYear()), kr(b.plannedTotal()), kroner(b.actualPerYear()), kr(b.actualTotal()),
				b.fundings().stream().map(f -> new Pledge(f.funder(), f.kind().name(), f.year(), kr(f.amount()),
						f.status().name())).toList(),
				kr(b.securedTotal()), kr(b.appliedTotal()), kr(b.unfunded()),
				b.rules().stream().map(r -> new Rule(r.rule().type().name(), r.rule().funder(),
						r.rule().anchorKind() == null ? null : r.rule().anchorKind().name(),
						r.rule().shareBasisPoints() / 100, r.rule().restKind() == null ? null : r.rule().restKind().name(),
						r.holds(), kr(r.required()), kr(r.secured()), kr(r.shortfall()), r.requiredMet(),
						kr(r.restRequired()), kr(r.restSecured()), kr(r.restMissing()), r.restMet(), kr(r.gap())))
					.toList());
	}

	/** Whole kroner, rounded up so that a requirement is never understated. */
	static long kr(Money money) {
		return money.kroner().setScale(0, java.math.RoundingMode.CEILING).longValueExact();
	}

	private static List<Long> kroner(List<Money> amounts) {
		return amounts.stream().map(RoundtableApi::kr).toList();
	}
}
