package dk.kulturpuls.roundtable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new budget line. */
record LineForm(@NotBlank @Size(max = 200) String text) {

	static LineForm empty() {
		return new LineForm(null);
	}
}
