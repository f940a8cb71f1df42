package dk.kulturpuls.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
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
	private final JdbcClient jdbc;

	Budgets(BudgetRepository repository, AuditTrail audit, JdbcClient jdbc) {
		this.repository = repository;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * For every budget of an owner type, in one query: its planned total less all its funding sources (secured and
	 * applied for), by owner id; what the owner still needs from elsewhere (negative when over-funded).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Money> plannedLessFunding(String ownerType) {
		Map<UUID, Money> result = new HashMap<>();
		jdbc.sql("""
				select b.owner_id,
				  coalesce((select sum(p.amount_ore) from budget_line l join budget_line_planned p on p.line_id = l.id
				            where l.budget_id = b.id and p.budget_year between b.first_year and b.last_year), 0)
				  - coalesce((select sum(f.amount_ore) from budget_funding f where f.budget_id = b.id), 0)
				from budget_budget b where b.owner_type = :type""").param("type", ownerType)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Money(rs.getLong(2)))).list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
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

	/**
	 * Records the actual amounts of several lines and years in one change (a grant's accounts); an amount of zero
	 * clears the cell. A line or year outside the budget is refused.
	 */
	public void recordActuals(BudgetId id, Map<UUID, Map<Integer, Money>> actuals) {
		change(id, "actuals recorded for " + actuals.size() + " lines",
				b -> actuals.forEach((line, years) -> years.forEach((year, amount) -> b.spend(line, year, amount))));
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
