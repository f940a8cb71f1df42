package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A budget line with its amount in one year. */
record BudgetLineForm(long version, @NotBlank String category, @NotBlank @Size(max = 200) String text,
		@NotNull Integer year, @NotNull Money amount) {
}
