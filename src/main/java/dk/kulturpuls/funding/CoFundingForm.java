package dk.kulturpuls.funding;

import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A co-funding source: who, what kind, which year, how much, and how far it has come. */
record CoFundingForm(long version, @NotBlank @Size(max = 200) String funder, @NotNull FunderKind kind,
		@NotNull Integer fundingYear, @NotNull Money fundingAmount, @NotNull FundingStatus status) {
}
