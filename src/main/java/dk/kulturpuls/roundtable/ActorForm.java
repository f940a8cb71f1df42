package dk.kulturpuls.roundtable;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding an organisation to the actor map. */
record ActorForm(@NotNull UUID organisation, @NotNull SystemLevel level, @NotNull @Min(1) @Max(5) Integer influence,
		@NotNull @Min(1) @Max(5) Integer interest, @Size(max = 2000) String incentives,
		@Size(max = 2000) String frameConditions, boolean invited) {

	static ActorForm empty() {
		return new ActorForm(null, null, null, null, null, null, true);
	}
}
