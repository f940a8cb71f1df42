package dk.kulturpuls.roundtable.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new version of the mission: its title, the formatted text (sanitised on save) and what changed. */
record VersionForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 50000) String text,
		@Size(max = 2000) String changeNote) {
}
