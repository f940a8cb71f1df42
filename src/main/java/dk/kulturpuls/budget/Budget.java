package dk.kulturpuls.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.kulturpuls.platform.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A budget: years × lines with planned and actual amounts, funding sources per year with their status, and
 * co-funding rules. It belongs to something in another module (an application, a grant, a roundtable process),
 * named by type and id. Every total is computed from the lines; nothing is typed twice.
 */
@Entity
@Table(name = "budget_budget")
class Budget {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "owner_type", nullable = false)
	private String ownerType;

	@Column(name = "owner_id", nullable = false)
	private UUID ownerId;

	@Column(name = "first_year", nullable = false)
	private int firstYear;

	@Column(name = "last_year", nullable = false)
	private int lastYear;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "budget_id", nullable = false)
	@OrderColumn(name = "position")
	private List<BudgetLine> lines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "budget_id", nullable = false)
	@OrderColumn(name = "position")
	private List<Funding> fundings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "budget_rule", joinColumns = @JoinColumn(name = "budget_id"))
	@OrderColumn(name = "position")
	private List<CoFundingRule> rules = new ArrayList<>();

	protected Budget() {
	}

	Budget(String ownerType, UUID ownerId, int firstYear, int lastYear) {
		requireYears(firstYear, lastYear);
		this.id = UUID.randomUUID();
		this.ownerType = Objects.requireNonNull(ownerType);
		this.ownerId = Objects.requireNonNull(ownerId);
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	private static void requireYears(int firstYear, int lastYear) {
		if (firstYear < 2000 || lastYear > 2100 || lastYear < firstYear || lastYear - firstYear > 9) {
			throw new IllegalArgumentException("a budget spans 1 to 10 years between 2000 and 2100");
		}
	}

	BudgetId id() {
		return new BudgetId(id);
	}

	String ownerType() {
		return ownerType;
	}

	UUID ownerId() {
		return ownerId;
	}

	List<Integer> years() {
		return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
	}

	/** Changes the years; refused while a line or funding source has an amount in a year that would be dropped. */
	void changeYears(int first, int last) {
		requireYears(first, last);
		if (lines.stream().anyMatch(l -> l.hasAmountOutside(first, last))
				|| fundings.stream().anyMatch(f -> f.year() < first || f.year() > last)) {
			throw new BudgetException("budget.error.yearsInUse");
		}
		this.firstYear = first;
		this.lastYear = last;
	}

	UUID addLine(String category, String text) {
		BudgetLine line = new BudgetLine(category, text);
		lines.add(line);
		return line.id();
	}

	void changeLine(UUID lineId, String category, String text) {
		line(lineId).rename(category, text);
	}

	void removeLine(UUID lineId) {
		lines.remove(line(lineId));
	}

	void plan(UUID lineId, int year, Money amount) {
		requireYear(year);
		line(lineId).plan(year, amount);
	}

	void spend(UUID lineId, int year, Money amount) {
		requireYear(year);
		line(lineId).spend(year, amount);
	}

	UUID addFunding(String funder, FunderKind kind, int year, Money amount, FundingStatus status) {
		requireYear(year);
		Funding funding = new Funding(funder, kind, year, amount, status);
		fundings.add(funding);
		return funding.id();
	}

	void changeFunding(UUID fundingId, Money amount, FundingStatus status) {
		funding(fundingId).change(amount, status);
	}

	void removeFunding(UUID fundingId) {
		fundings.remove(funding(fundingId));
	}

	void replaceRules(List<CoFundingRule> newRules) {
		rules.clear();
		rules.addAll(newRules);
	}

	private void requireYear(int year) {
		if (year < firstYear || year > lastYear) {
			throw new BudgetException("budget.error.yearOutside");
		}
	}

	private BudgetLine line(UUID lineId) {
		return lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
			.orElseThrow(() -> new BudgetException("budget.error.noSuchLine"));
	}

	private Funding funding(UUID fundingId) {
		return fundings.stream().filter(f -> f.id().equals(fundingId)).findFirst()
			.orElseThrow(() -> new BudgetException("budget.error.noSuchFunding"));
	}

	/** The budget with every total computed and every rule evaluated. */
	BudgetView view() {
		List<Integer> years = years();
		List<BudgetView.Line> lineViews = lines.stream()
			.map(l -> new BudgetView.Line(l.id(), l.category(), l.text(),
					years.stream().map(l::planned).toList(), years.stream().map(l::actual).toList()))
			.toList();
		List<BudgetView.FundingView> fundingViews = fundings.stream()
			.map(f -> new BudgetView.FundingView(f.id(), f.funder(), f.kind(), f.year(), f.amount(), f.status()))
			.toList();
		return BudgetView.of(id(), ownerType, ownerId, years, lineViews, fundingViews, List.copyOf(rules));
	}
}
