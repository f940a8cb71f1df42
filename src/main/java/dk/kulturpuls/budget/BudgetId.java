package dk.kulturpuls.budget;

import java.util.UUID;

public record BudgetId(UUID value) {

	public BudgetId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
