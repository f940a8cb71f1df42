package dk.kulturpuls.budget;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dk.kulturpuls.platform.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** One line of a budget: a category and text with a planned (and later actual) amount per year. */
@Entity
@Table(name = "budget_line")
class BudgetLine {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String text;

	@ElementCollection
	@CollectionTable(name = "budget_line_planned", joinColumns = @JoinColumn(name = "line_id"))
	@MapKeyColumn(name = "budget_year")
	@Column(name = "amount_ore", nullable = false)
	private Map<Integer, Long> planned = new TreeMap<>();

	@ElementCollection
	@CollectionTable(name = "budget_line_actual", joinColumns = @JoinColumn(name = "line_id"))
	@MapKeyColumn(name = "budget_year")
	@Column(name = "amount_ore", nullable = false)
	private Map<Integer, Long> actual = new TreeMap<>();

	protected BudgetLine() {
	}

	BudgetLine(String category, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a budget line needs a text");
		}
		this.id = UUID.randomUUID();
		this.category = category == null || category.isBlank() ? "other" : category;
		this.text = text;
	}

	UUID id() {
		return id;
	}

	String category() {
		return category;
	}

	String text() {
		return text;
	}

	void rename(String category, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a budget line needs a text");
		}
		this.category = category == null || category.isBlank() ? "other" : category;
		this.text = text;
	}

	void plan(int year, Money amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("a planned amount cannot be negative");
		}
		if (amount.ore() == 0) {
			planned.remove(year);
		}
		else {
			planned.put(year, amount.ore());
		}
	}

	void spend(int year, Money amount) {
		if (amount.ore() == 0) {
			actual.remove(year);
		}
		else {
			actual.put(year, amount.ore());
		}
	}

	Money planned(int year) {
		return new Money(planned.getOrDefault(year, 0L));
	}

	Money actual(int year) {
		return new Money(actual.getOrDefault(year, 0L));
	}

	boolean hasAmountOutside(int firstYear, int lastYear) {
		return planned.keySet().stream().anyMatch(y -> y < firstYear || y > lastYear)
				|| actual.keySet().stream().anyMatch(y -> y < firstYear || y > lastYear);
	}
}
