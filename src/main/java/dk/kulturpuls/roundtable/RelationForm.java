package dk.kulturpuls.roundtable;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A relation between two actors. */
record RelationForm(@NotNull UUID from, @NotNull UUID to, @NotNull RelationKind kind,
		@NotNull @Min(1) @Max(5) Integer strength) {

	static RelationForm empty() {
		return new RelationForm(null, null, null, 3);
	}
}
