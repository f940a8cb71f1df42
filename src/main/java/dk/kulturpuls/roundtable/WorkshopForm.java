package dk.kulturpuls.roundtable;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat's form for planning a workshop. */
record WorkshopForm(@NotNull Integer iteration, @NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
		@NotBlank @Size(max = 200) String venue, @NotNull WorkshopTheme theme, @Size(max = 4000) String agenda) {

	static WorkshopForm empty() {
		return new WorkshopForm(null, null, null, null, null, null);
	}
}
