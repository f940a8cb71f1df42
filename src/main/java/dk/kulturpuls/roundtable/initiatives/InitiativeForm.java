package dk.kulturpuls.roundtable.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new candidate initiative. */
record InitiativeForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 4000) String description,
		@Size(max = 200) String lead) {

	static InitiativeForm empty() {
		return new InitiativeForm(null, null, null);
	}
}
