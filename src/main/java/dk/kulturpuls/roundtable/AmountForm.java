package dk.kulturpuls.roundtable;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import dk.kulturpuls.platform.Money;

/** A planned or actual amount of a budget line in a year. */
record AmountForm(@NotNull UUID line, @NotNull Integer year, @NotNull Money planned, Money actual) {

	static AmountForm empty() {
		return new AmountForm(null, null, null, null);
	}
}
