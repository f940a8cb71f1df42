package dk.kulturpuls.roundtable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.Money;

/** A funder's pledge (or application) for a year. */
record FundingForm(@NotBlank @Size(max = 200) String funder, @NotNull FunderKind kind, @NotNull Integer fundingYear,
		@NotNull Money amount, @NotNull FundingStatus status) {

	static FundingForm empty() {
		return new FundingForm(null, null, null, null, null);
	}
}
