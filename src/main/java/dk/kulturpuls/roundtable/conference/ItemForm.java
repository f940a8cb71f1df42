package dk.kulturpuls.roundtable.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An item of the programme. */
record ItemForm(@NotBlank @Pattern(regexp = TimeOfDay.PATTERN) String itemTime,
		@NotBlank @Size(max = 200) String itemTitle, @Size(max = 200) String itemSpeaker) {

	static ItemForm empty() {
		return new ItemForm(null, null, null);
	}
}
