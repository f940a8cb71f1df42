package dk.kulturpuls.roundtable.mission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation's endorsement of a version, recorded by the secretariat. */
record EndorsementForm(@NotNull UUID version, @NotNull UUID organisation, @NotNull LocalDate endorsedOn,
		@NotBlank @Size(max = 200) String endorsedBy) {
}
