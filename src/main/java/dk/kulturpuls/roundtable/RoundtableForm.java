package dk.kulturpuls.roundtable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new roundtable process. */
record RoundtableForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 4000) String purpose,
		@NotNull @Min(2020) @Max(2100) Integer firstYear, @NotNull @Min(2020) @Max(2100) Integer lastYear) {

	static RoundtableForm empty() {
		return new RoundtableForm(null, null, null, null);
	}
}
