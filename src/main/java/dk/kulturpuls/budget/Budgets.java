package dk.kulturpuls.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;

/**
 * Budgets for every module: create one for an owner (an application, a grant, a roundtable process), change its
 * lines, amounts, funding sources and rules, and read it with its totals computed. Every change is audited.
 */
@Service
@Transactional
public class Budgets {

	private final BudgetRepository repository;
	private final AuditTrail audit;

	Budgets(BudgetRepository repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	public BudgetId create(String ownerType, UUID ownerId, int firstYear, int lastYear) {
		if (repository.findByOwnerTypeAndOwnerId(ownerType, ownerId).isPresent()) {
			throw new BudgetException("budget.error.exists");
		}
		Budget budget = repository.save(new Budget(ownerType, ownerId, firstYear, lastYear));
		audit.record("budget", budget.id().toString(), "created", ownerType + " " + ownerId);
		return budget.id();
	}

	@Transactional(readOnly = true)
	public Optional<BudgetView> find(BudgetId id) {
		return repository.findById(id.value()).map(Budget::view);
	}

	@Transactional(readOnly = true)
	public Optional<BudgetView> findByOwner(String ownerType, UUID ownerId) {
		return repository.findByOwnerTypeAndOwnerId(ownerType, ownerId).map(Budget::view);
	}

	public void changeYears(BudgetId id, int firstYear, int lastYear) {
		change(id, "years " + firstYear + "-" + lastYear, b -> b.changeYears(firstYear, lastYear));
	}

	public UUID addLine(BudgetId id, String category, String text) {
		Budget budget = load(id);
		UUID line = budget.addLine(category, text);
		audit.record("budget", id.toString(), "line added", text);
		return line;
	}

	public void changeLine(BudgetId id, UUID line, String category, String text) {
		change(id, "line changed " + text, b -> b.changeLine(line, category, text));
	}

	public void removeLine(BudgetId id, UUID line) {
		change(id, "line removed " + line, b -> b.removeLine(line));
	}

	public void plan(BudgetId id, UUID line, int year, Money amount) {
		change(id, "planned " + year + " " + amount, b -> b.plan(line, year, amount));
	}

	public void spend(BudgetId id, UUID line, int year, Money amount) {
		change(id, "spent " + year + " " + amount, b -> b.spend(line, year, amount));
	}

	public UUID addFunding(BudgetId id, String funder, FunderKind kind, int year, Money amount,
			FundingStatus status) {
		Budget budget = load(id);
		UUID funding = budget.addFunding(funder, kind, year, amount, status);
		audit.record("budget", id.toString(), "funding added", funder + " " + year + " " + amount + " " + status);
		return funding;
	}

	public void changeFunding(BudgetId id, UUID funding, Money amount, FundingStatus status) {
		change(id, "funding changed " + amount + " " + status, b -> b.changeFunding(funding, amount, status));
	}

	public void removeFunding(BudgetId id, UUID funding) {
		change(id, "funding removed " + funding, b -> b.removeFunding(funding));
	}

	public void replaceRules(BudgetId id, List<CoFundingRule> rules) {
		change(id, "rules " + rules, b -> b.replaceRules(rules));
	}

	private void change(BudgetId id, String detail, Consumer<Budget> change) {
		change.accept(load(id));
		audit.record("budget", id.toString(), "changed", detail);
	}

	private Budget load(BudgetId id) {
		return repository.findById(id.value()).orElseThrow(() -> new BudgetException("budget.error.notFound"));
	}
}
